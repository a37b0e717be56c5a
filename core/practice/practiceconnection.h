#pragma once

#include "practice/practicemessage.h"
#include "practice/practicescenario.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSslSocket;

namespace mailflow {

class PracticeServer;

/**
 * One client of the practice server: reads lines (several at once when the client pipelines), answers
 * each in turn as the scenario says, and hangs up with a 5xx on a client that breaks the bounds.
 */
class PracticeConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxCommandLine = 2048;
    static constexpr qsizetype MaxDataLine = 4096;
    static constexpr int MaxRecipients = 100;
    static constexpr int MaxErrors = 20;
    static constexpr int IdleTimeoutMs = 300'000;

    /** Takes the connected socket (reparented to this); deletes itself when the client is gone. */
    PracticeConnection(QSslSocket *socket, PracticeServer *server);

private:
    enum class State { Greeting, Command, Refused, Data, AuthPlain, AuthUser, AuthPassword, TlsStarting, Closing };

    void greet();
    void readClient();
    void processLines();
    void handleCommand(const QByteArray &line);
    void handleDataLine(const QByteArray &line);
    void handleAuthLine(const QByteArray &line);
    void ehlo(const QByteArray &verb, const QString &argument);
    void startTls(const QString &argument);
    void auth(const QString &argument);
    void mail(const QString &argument);
    void rcpt(const QString &argument);
    void data(const QString &argument);
    void endOfData();
    void finishAuth(const QString &user, const QString &password);
    void resetTransaction();

    /** The scenario's fault at stage when it applies now; nullptr otherwise. */
    const PracticeFault *faultAt(PracticeStage stage, const QString &recipient = {});
    /** Sends the fault's reply with its placeholders filled; closes when the fault says so. */
    void sendFault(const PracticeFault &fault, const QString &first, const QString &second = {});
    void reply(const QByteArray &text);
    /** A reply that counts as an error; too many errors close the connection. */
    void error(const QByteArray &text);
    void hangUp(const QByteArray &text);

    QSslSocket *m_socket;
    PracticeServer *m_server;
    const PracticeScenario &m_scenario;
    QTimer m_idle;
    State m_state = State::Greeting;
    QByteArray m_buffer;
    int m_errors = 0;

    QString m_heloName;
    bool m_esmtp = false;
    bool m_tls = false;
    QString m_authUser;
    QString m_loginUser;

    bool m_inTransaction = false;
    PracticeMessage m_message;
    qint64 m_dataSize = 0;
    bool m_tooBig = false;
    bool m_dataStarted = false;
};

} // namespace mailflow
