#include "practicerun.h"

#include "practice/practiceclient.h"

namespace mailflow::test {

PracticeRun::PracticeRun(const PracticeScenario &scenario, const PracticeTiming &timing)
    : server(scenario)
{
    server.setTiming(timing);
}

bool PracticeRun::prepare(QString *error)
{
    if (!server.start(QHostAddress(QHostAddress::LocalHost), 0, error) || !writeCertificateFile(server, &caFile, error))
        return false;
    SessionOptions options;
    Credentials credentials;
    applyPracticeClient(server.scenario(), server, caFile.fileName(), false, &options, &credentials);
    harness.session.setOptions(options);
    harness.session.setCredentials(credentials);
    return true;
}

} // namespace mailflow::test
