#pragma once

#include "smtp/diagnosisdata.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>

namespace mailflow {

/**
 * postfix's XCLIENT (XCLIENT_README): after EHLO (and STARTTLS, AUTH) the client names another client
 * (address, name, HELO…) for the server to judge; the server answers with a new 220 greeting and the
 * conversation starts over with EHLO, which this step sends too. One checklist row covers both. Several
 * commands go one after another, each answered with 220, and EHLO follows the last.
 */
class XclientStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void start();
    bool tried() const { return m_tried; }
    bool accepted() const { return m_accepted; }
    /** Accepted, or not used and the options say to go on without it. */
    bool goesOn() const { return m_accepted || m_excused; }

    void handleReply(const SmtpReply &reply) override;
    void reset() override;

private:
    enum class Stage { None, Xclient, Ehlo };

    static Diagnosis refusalMeaning(const SmtpReply &reply);
    void fail(const QString &why, const Diagnosis &diagnosis);
    bool excuse(bool unused, const QString &why);
    void sendNext();
    void handleXclientReply(const SmtpReply &reply);
    void handleEhloReply(const SmtpReply &reply);

    Stage m_stage = Stage::None;
    SmtpReply m_xclientReply;
    QList<QByteArray> m_commands;
    qsizetype m_next = 0;
    bool m_tried = false;
    bool m_accepted = false;
    bool m_excused = false;
};

} // namespace mailflow
