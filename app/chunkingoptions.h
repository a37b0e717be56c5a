#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** The message in BDAT chunks (CHUNKING, RFC 3030): --bdat auto|force|off and --bdat-chunk-size BYTES. */
class ChunkingCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    ChunkingCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    /** "65536", "64k", "1M" as bytes; false for anything else or zero. */
    static bool parseByteCount(const QString &text, qint64 *bytes);

private:
    QCommandLineOption m_bdat;
    QCommandLineOption m_chunkSize;
};

} // namespace mailflow
