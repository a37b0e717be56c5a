#pragma once

class QCommandLineParser;
class QString;

namespace mailflow {

struct CliOptions;

/**
 * One family of mailflow-cli's options. CliParser adds every group's options to one parser, then
 * reads the groups back in the order they were given, so a group may use what an earlier one filled
 * (the MX group reads the recipients, the security group the port).
 */
class CliOptionGroup
{
public:
    virtual ~CliOptionGroup() = default;

    virtual void addTo(QCommandLineParser *parser) const = 0;
    /** Reads the group's options into options; false with a one-line error for a bad value. */
    virtual bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const = 0;
};

} // namespace mailflow
