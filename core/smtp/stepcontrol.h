#pragma once

#include "smtp/sessionstep.h"

#include <QCoreApplication>
#include <QString>

namespace mailflow {

/** QUIT, RSET, NOOP and any other command the console sends that no other step knows. */
class ControlStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void quit();
    /** Closes the connection without QUIT; the Quit milestone is skipped, saying so. */
    void drop();
    void sendQuit(const QByteArray &command, const QString &shown);
    /** Any other command; verb (upper case) says what a positive reply means (RSET clears the envelope). */
    void sendOther(const QString &verb, const QByteArray &command, const QString &shown);
    bool isQuitting() const;
    /** The connection closed with QUIT outstanding: a warning, not a failure. */
    void closedDuringQuit();

    void handleReply(const SmtpReply &reply) override;
    bool handleTimeout(const QString &message) override;

private:
    enum class Stage { None, Quit, Other };

    Stage m_stage = Stage::None;
    QString m_verb;
};

/** The expert console: one typed line, dispatched to the step of its command. */
class ConsoleStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    explicit ConsoleStep(SessionCore &core)
        : m_core(core)
    { }

    /** Returns false with why when the line was not sent. */
    bool send(const QString &line, QString *why);

private:
    SessionCore &m_core;
};

} // namespace mailflow
