#include "practice/practiceclient.h"

namespace mailflow {

bool writeCertificateFile(const PracticeServer &server, QTemporaryFile *file, QString *error)
{
    if (!file->open() || file->write(server.certificate().certificate.toPem()) < 0 || !file->flush()) {
        *error = file->errorString();
        return false;
    }
    return true;
}

void applyPracticeClient(const PracticeScenario &scenario, PracticeServer &server, const QString &caFile,
                         bool keepTlsMode, SessionOptions *session, Credentials *credentials)
{
    const PracticeClient &client = scenario.client;
    session->host = server.serverAddress().toString();
    session->port = server.serverPort();
    if (session->mailFrom.isEmpty())
        session->mailFrom = PracticeAccount::sender();
    if (session->recipients.isEmpty())
        session->recipients.append(Recipient {PracticeAccount::recipient(), {}, {}});
    if (!keepTlsMode)
        session->tls.mode = client.tls;
    if (client.trustCertificate && session->tls.caFile.isEmpty())
        session->tls.caFile = caFile;
    if (client.logIn && !session->auth.isEnabled()) {
        session->auth.mechanism = AuthMechanism::Auto;
        session->auth.user = PracticeAccount::user();
        credentials->password = PracticeAccount::password();
    }
    for (Recipient &recipient : session->recipients)
        if (client.notifySuccess && !recipient.notify)
            recipient.notify = DsnNotify::Success | DsnNotify::Failure;
    if (client.forceDsn)
        session->dsnMode = DsnMode::Force;
    if (client.impatient)
        session->timeouts.greetingMs = server.timing().tarpitMs / 2;
    if (client.sentUpToLimit && server.sessionMessageCount() < server.messageLimit())
        server.countEarlierMessages(server.messageLimit() - server.sessionMessageCount());
}

bool expectedMilestone(const PracticeScenario &scenario, MilestoneKind *kind, MilestoneState *state)
{
    bool kindFound = false;
    bool stateFound = false;
    for (int i = int(MilestoneKind::Dns); i <= int(MilestoneKind::Quit); ++i) {
        if (Checklist::kindKey(MilestoneKind(i)) == QLatin1StringView(scenario.expectStage)) {
            *kind = MilestoneKind(i);
            kindFound = true;
        }
    }
    for (int i = int(MilestoneState::Pending); i <= int(MilestoneState::Skipped); ++i) {
        if (Checklist::stateKey(MilestoneState(i)) == QLatin1StringView(scenario.expectState)) {
            *state = MilestoneState(i);
            stateFound = true;
        }
    }
    return kindFound && stateFound;
}

bool lessonSeen(const PracticeScenario &scenario, const Checklist &checklist)
{
    MilestoneKind kind;
    MilestoneState state;
    if (!expectedMilestone(scenario, &kind, &state))
        return false;
    const int index = checklist.indexOf(kind);
    return index >= 0 && checklist.at(index).state == state;
}

} // namespace mailflow
