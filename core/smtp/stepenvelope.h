#pragma once

#include "smtp/sessionoptions.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>
#include <QList>

namespace mailflow {

/** The envelope: MAIL FROM (SIZE, BODY, SMTPUTF8, RET, ENVID) and RCPT TO (NOTIFY, ORCPT). */
class EnvelopeStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void mailFrom();
    /** Checks the sender, measures the message and starts the MAIL milestone; false when it failed already. */
    bool beginMail();
    QByteArray mailCommand() const;
    QByteArray rcptCommand(const Recipient &recipient) const;
    /** The replies to MAIL and RCPT, judged (the milestone in progress), without going on with the plan. */
    void judgeMail(const SmtpReply &reply);
    void judgeRcpt(const SmtpReply &reply);
    /** Every recipient of the options was given in one batch. */
    void markAllRecipientsTried();
    void rcptTo(int index);
    /** Sends a MAIL line for the milestone with subject (planned or typed). */
    void sendMail(const QString &subject, const QByteArray &command, const QString &shown);
    void sendRcpt(const QString &subject, const QByteArray &command, const QString &shown);

    bool mailTried() const { return m_mailTried; }
    const QList<int> &rcptTried() const { return m_rcptTried; }
    /** RSET: the envelope can be given again. */
    void forgetTransaction();

    void handleReply(const SmtpReply &reply) override;
    void reset() override { forgetTransaction(); }

private:
    enum class Stage { None, Mail, Rcpt };

    void send(Stage stage, const QByteArray &command, const QString &shown);
    bool dsnWanted() const;
    /** The sender or a recipient needs SMTPUTF8. */
    bool international() const;
    /** Without SMTPUTF8 on offer: says which address cannot pass and its ASCII form where one exists. */
    void warnWithoutSmtpUtf8() const;

    Stage m_stage = Stage::None;
    bool m_mailTried = false;
    QList<int> m_rcptTried;
};

} // namespace mailflow
