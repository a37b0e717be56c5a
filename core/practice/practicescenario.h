#pragma once

#include "tls/tlsoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace mailflow {

/** Where in a conversation the practice server answers with a scenario's fault. */
enum class PracticeStage { None, Greeting, Ehlo, Auth, Mail, Rcpt, DataContent, EndOfData };

/** When a fault applies. */
enum class PracticeWhen {
    Always,
    BeforeTls, ///< until the client has done STARTTLS
    BeforeAuth, ///< until the client has logged in
    FirstAttempt, ///< greylisting: until the same sender and recipient come back after the retry interval
    OverLimit, ///< once the server has accepted its message limit
};

struct PracticeFault
{
    PracticeStage stage = PracticeStage::None;
    /**
     * The reply, lines separated by '\n', sent as written (server text is never translated). %1 is the
     * recipient at RCPT, the sender's domain after the dot, the EHLO name at EHLO; %2 the recipient's domain.
     * Empty with closes: the server hangs up without a word.
     */
    const char *reply = "";
    /** The server closes the connection after the reply. */
    bool closes = false;
    PracticeWhen when = PracticeWhen::Always;
};

/** What the practice server offers and how it misbehaves. */
struct PracticeBehaviour
{
    /** The 220 greeting text after the code; nullptr for the usual Postfix-style banner. */
    const char *banner = nullptr;
    /** The greeting comes only after the tarpit delay (PracticeTiming::tarpitMs). */
    bool slowGreeting = false;
    bool startTls = true;
    bool auth = true;
    bool dsn = true;
    /** SIZE advertised and enforced, in bytes. */
    qint64 sizeLimit = 10'240'000;
    /**
     * An OverLimit fault's N: the server accepts this many messages from its client in a session (over all
     * its connections, as a per-client rate limit counts), then answers the fault.
     */
    int messageLimit = 0;
    PracticeFault fault;
};

/** How the practice run's client is set up so that the learner meets the scenario's lesson. */
struct PracticeClient
{
    TlsMode tls = TlsMode::Optional;
    /** The client trusts the practice certificate (it is given as the CA file). */
    bool trustCertificate = true;
    /** Log in with the practice account. */
    bool logIn = false;
    /** NOTIFY=SUCCESS,FAILURE on the recipient. */
    bool notifySuccess = false;
    /** DSN parameters sent even when not advertised, as KB 153119 types them. */
    bool forceDsn = false;
    /** Waits for the greeting only half the tarpit delay. */
    bool impatient = false;
    /**
     * The server counts the scenario's messageLimit as already sent by this client, so that the one
     * test the learner runs is message N+1; a trainer's client (--serve-practice) starts from none.
     */
    bool sentUpToLimit = false;
};

/**
 * One practice scenario: a row of practiceScenarios(). expectStage and expectState are the checklist
 * row the learner should see (Checklist::kindKey, Checklist::stateKey); cause is the diagnosis cause key
 * the whole test should name.
 */
struct PracticeScenario
{
    const char *key;
    const char *description;
    const char *lesson;
    PracticeBehaviour server;
    PracticeClient client;
    const char *expectStage;
    const char *expectState;
    const char *cause;

    QString name() const { return QString::fromLatin1(key); }
    QString descriptionText() const;
    QString lessonText() const;
};

/** Timings a test may shorten. */
struct PracticeTiming
{
    /** Greylisting accepts the same sender and recipient again after this long. */
    int greylistRetryMs = 5'000;
    /** How long the slow greeting waits before its 220. */
    int tarpitMs = 10'000;
};

/** The practice account every AUTH scenario accepts (but the wrong-password one). */
struct PracticeAccount
{
    static QString user() { return QStringLiteral("learner"); }
    static QString password() { return QStringLiteral("practice"); }
    static QString sender() { return QStringLiteral("learner@practice.mailflow.test"); }
    static QString recipient() { return QStringLiteral("friend@example.net"); }
};

const QList<PracticeScenario> &practiceScenarios();
/** The scenario of that name (any case), or nullptr. */
const PracticeScenario *findPracticeScenario(QStringView key);
/** Every scenario, one a line: the name as typed on the command line, then the description. */
QString practiceScenarioList();

class PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::PracticeScenario)
};

} // namespace mailflow
