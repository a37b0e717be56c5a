#pragma once

#include "checks/check.h"
#include "checks/checkfinding.h"
#include "cliparser.h"
#include "dns/mxresolver.h"

#include <QObject>
#include <QSet>
#include <QTextStream>

namespace mailflow {

class MxTestRunner;

/** mailflow-cli --all-mx: tests every MX with an MxTestRunner, prints each row's transcript, the matrix and the
 * delivery verdict. */
class AllMxRunner : public QObject
{
    Q_OBJECT
public:
    explicit AllMxRunner(const CliOptions &options, QObject *parent = nullptr);

    void start(const MxLookupResult &lookup);
    MxTestRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void onRowChanged(int row);
    void onFinished();
    void printRow(int row);
    void printMatrix();
    void printJson();
    QString columnHeader(int column) const;
    /** Seconds before the one retry of the rows a server deferred on purpose, -1 for none. */
    int retryDelaySeconds(const QList<int> &rows) const;
    void printAttempts();
    /** The port probe when every MX timed out on 25, and IPv4 against IPv6; then report(). */
    void runChecks();
    /** Runs the checks ids from context; the report waits until every set has finished. */
    void runCheckSet(const QStringList &ids, const CheckContext &context);
    void report();

    CliOptions m_options;
    MxTestRunner *m_runner;
    QSet<int> m_printed;
    /** --retry-deferred: the deferred rows run a second time; never a third. */
    bool m_retrying = false;
    CheckFindings m_findings;
    QList<CheckFindings> m_checkSets;
    int m_pendingRunners = 0;
    QTextStream m_out;
};

} // namespace mailflow
