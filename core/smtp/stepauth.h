#pragma once

#include "smtp/diagnosisdata.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>

#include <memory>

namespace mailflow {

class Authenticator;

/** AUTH with the options and the credentials, or typed in the console (challenges answered by hand). */
class AuthStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    explicit AuthStep(SessionCore &core);
    ~AuthStep() override;

    void authenticate();
    /** An AUTH line typed in the console; credentials in it are hidden in the transcript. */
    void sendTyped(const QString &line);
    /** The console's answer to a 334 challenge: sent, never shown. */
    void answerChallenge(const QString &line);
    /** A typed AUTH is under way: the next console line answers a challenge. */
    bool isAnsweringChallenge() const { return m_typed; }

    bool tried() const { return m_tried; }
    bool authenticated() const { return m_authenticated; }
    /** AUTH was optional and did not succeed: the test goes on unauthenticated. */
    bool wentOnWithout() const { return m_wentOnWithout; }
    /** The connection ended: drop the exchange in progress. */
    void close();

    void handleReply(const SmtpReply &reply) override;
    void reset() override;

private:
    enum class Stage { None, Auth, Typed };

    void failLocally(FailureKind failure, const QString &why, const Diagnosis &diagnosis);
    void handleTypedReply(const SmtpReply &reply);
    /** With optional AUTH: finishes the row as a warning and goes on; false when AUTH is required here. */
    bool goOnWithout(bool offered, const QString &why, const SmtpReply &reply = {});

    Stage m_stage = Stage::None;
    std::unique_ptr<Authenticator> m_authenticator;
    Diagnosis m_refusal;
    bool m_tried = false;
    bool m_authenticated = false;
    bool m_wentOnWithout = false;
    bool m_typed = false;
};

} // namespace mailflow
