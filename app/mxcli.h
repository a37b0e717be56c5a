#pragma once

#include "cliparser.h"
#include "dns/mxresolver.h"
#include "smtp/sessionoptions.h"

#include <QObject>
#include <QTextStream>

namespace mailflow {

class AllMxRunner;
class CliRunner;
class DnsMxResolver;

/**
 * mailflow-cli in MX mode: looks up the MX records of a domain, then tests the most preferred
 * mail server with a CliRunner, or every one with an AllMxRunner (--all-mx). DNS failures end
 * with ExitDns and the plain-language message.
 */
class MxCli : public QObject
{
    Q_OBJECT
public:
    explicit MxCli(const CliOptions &options, QObject *parent = nullptr);

    void start();
    /** The AUTH password for the single-MX run. */
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    /** The single-MX run belongs to this saved profile (history and compare). */
    void setProfileName(const QString &name) { m_profileName = name; }
    /** Prints there instead of standard output (several profiles at a time). Not owned. */
    void setOutputDevice(QIODevice *device);
    /** The single-MX run, once the lookup chose a server; null before, and with --all-mx. */
    const CliRunner *singleRunner() const { return m_single; }

Q_SIGNALS:
    void done(int exitCode);

private:
    Credentials m_credentials;
    QString m_profileName;
    void onLookup(const MxLookupResult &result);
    void printLookup(const MxLookupResult &result);
    void runFirst(const MxLookupResult &result);
    void runAll(const MxLookupResult &result);
    void failDns(const MxLookupResult &result, const QString &why);

    CliOptions m_options;
    DnsMxResolver *m_resolver;
    CliRunner *m_single = nullptr;
    AllMxRunner *m_all = nullptr;
    QTextStream m_out;
    QIODevice *m_device = nullptr;
};

} // namespace mailflow
