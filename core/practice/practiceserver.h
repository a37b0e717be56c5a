#pragma once

#include "practice/practicecertificate.h"
#include "practice/practicemessage.h"
#include "practice/practicescenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>

namespace mailflow {

/**
 * A small SMTP server inside the program, for practice: it speaks the scenario it was given, on
 * loopback only, in the thread's event loop (never blocking). Every connection is a
 * PracticeConnection; the accepted messages are kept in memory, the oldest dropped past the bound.
 */
class PracticeServer : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr int DefaultStoredMessages = 100;
    static constexpr int MaxConnections = 20;

    explicit PracticeServer(const PracticeScenario &scenario, QObject *parent = nullptr);

    /**
     * Makes the certificate and listens; port 0 picks a free one. A non-loopback address is refused.
     * False with a sentence in error (the port in use, the address refused).
     */
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0,
               QString *error = nullptr);

    const PracticeScenario &scenario() const { return m_scenario; }
    static QString hostName() { return QStringLiteral("practice.mailflow.test"); }
    /** "127.0.0.1:2525", "[::1]:2525". */
    static QString endpointText(const QHostAddress &address, quint16 port);
    const PracticeCertificate &certificate() const { return m_certificate; }

    void setTiming(const PracticeTiming &timing) { m_timing = timing; }
    const PracticeTiming &timing() const { return m_timing; }
    /**
     * An OverLimit fault (the rate-limited scenario) comes once this many messages were accepted in the
     * session (0: at once); the scenario's messageLimit unless set.
     */
    void setMessageLimit(int limit) { m_messageLimit = qMax(0, limit); }
    /** Counts count messages as accepted earlier in the session, towards the message limit only. */
    void countEarlierMessages(int count) { m_earlier += qMax(0, count); }
    void setMaxStoredMessages(int count) { m_maxStored = qMax(1, count); }

    /** The accepted messages, oldest first. */
    const QList<PracticeMessage> &messages() const { return m_messages; }
    int acceptedCount() const { return m_accepted; }
    int messageLimit() const { return m_messageLimit; }
    /** The messages the message limit counts: those accepted, and the earlier ones counted. */
    int sessionMessageCount() const { return m_accepted + m_earlier; }

    // For the connections.
    /** Greylisting: false on the first try of this sender and recipient and until the retry interval passed. */
    bool greylistPasses(const QString &sender, const QString &recipient);
    QString nextQueueId();
    void accept(PracticeMessage message);

Q_SIGNALS:
    void messageAccepted(const mailflow::PracticeMessage &message);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    PracticeScenario m_scenario;
    PracticeCertificate m_certificate;
    PracticeTiming m_timing;
    int m_messageLimit;
    int m_earlier = 0;
    int m_maxStored = DefaultStoredMessages;
    int m_accepted = 0;
    QList<PracticeMessage> m_messages;
    QHash<QString, qint64> m_greylist;
    QElapsedTimer m_clock;
};

class PracticeServerText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::PracticeServer)
};

} // namespace mailflow
