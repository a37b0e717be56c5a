#pragma once
// Small private helpers for the GUI tests: a postfix smtp-sink started at once, a scripted SMTP
// server, and a driver that clicks through the wizard. (Reusable fixtures live elsewhere.)

#include "mainwindow.h"
#include "smtp/checklist.h"
#include "smtp/smtpsession.h"
#include "smtpsinkfixture.h"
#include "wizardpanel.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

namespace mailflow::test {

/** The support fixture's smtp-sink on 127.0.0.1, started at construction for the GUI tests' short scopes. */
class SmtpSink : public SmtpSinkFixture
{
public:
    explicit SmtpSink(const QStringList &extra = {})
        : SmtpSinkFixture(extra)
        , m_ready(start())
    { }
    bool isReady() const { return m_ready; }
    static bool available() { return QFileInfo(program()).isExecutable(); }

private:
    bool m_ready;
};

/** A one-connection-at-a-time SMTP server on loopback whose replies come from a function. */
class ScriptedServer : public QObject
{
public:
    /** Gets each command line (without CRLF); returns the reply with CRLF, or "CLOSE" to hang up. */
    using Responder = std::function<QByteArray(const QByteArray &line)>;

    ScriptedServer(Responder responder, bool greet = true, bool dropInData = false)
        : m_responder(std::move(responder))
        , m_greet(greet)
        , m_dropInData(dropInData)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_socket = socket;
                m_inData = false;
                ++m_connections;
                if (m_greet)
                    socket->write("220 scripted.test ESMTP ready\r\n");
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QList<QByteArray> commands() const { return m_commands; }

private:
    void onRead(QTcpSocket *socket)
    {
        while (socket->canReadLine()) {
            QByteArray line = socket->readLine();
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            if (m_inData) {
                if (m_dropInData) {
                    socket->abort();
                    return;
                }
                if (line == ".") {
                    m_inData = false;
                    socket->write("250 2.0.0 Ok: queued as SCRIPT1\r\n");
                }
                continue;
            }
            m_commands << line;
            const QByteArray reply = m_responder(line);
            if (reply == "CLOSE") {
                socket->disconnectFromHost();
                return;
            }
            socket->write(reply);
            if (reply.startsWith("354"))
                m_inData = true;
            if (reply.startsWith("221"))
                socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    Responder m_responder;
    QTcpSocket *m_socket = nullptr;
    bool m_greet = true;
    bool m_dropInData = false;
    bool m_inData = false;
    int m_connections = 0;
    QList<QByteArray> m_commands;
};

/** A plain well-behaved responder; refuses RCPT for addresses starting with "nobody@". */
inline QByteArray politeReply(const QByteArray &line)
{
    const QByteArray verb = line.left(4).toUpper();
    if (verb == "EHLO")
        return "250-scripted.test\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n";
    if (verb == "HELO" || verb == "MAIL" || verb == "RSET" || verb == "NOOP")
        return "250 2.0.0 Ok\r\n";
    if (verb == "RCPT")
        return line.toLower().contains("<nobody@") ? "550 5.1.1 <nobody@example.com>: Recipient address rejected: "
                                                     "User unknown\r\n"
                                                   : "250 2.1.5 Ok\r\n";
    if (verb == "DATA")
        return "354 End data with <CR><LF>.<CR><LF>\r\n";
    if (verb == "QUIT")
        return "221 2.0.0 Bye\r\n";
    return "502 5.5.2 Error: command not recognized\r\n";
}

inline int lastOf(const Checklist *checklist, MilestoneKind kind)
{
    return checklist->lastReached(kind);
}

inline bool finished(const SmtpSession *session, MilestoneKind kind, const QString &subject = {})
{
    const int index
        = subject.isEmpty() ? lastOf(session->checklist(), kind) : session->checklist()->indexOf(kind, subject);
    return index >= 0 && session->checklist()->at(index).isFinished() && !session->isBusy();
}

inline MilestoneState stateOf(const SmtpSession *session, MilestoneKind kind, const QString &subject = {})
{
    const int index
        = subject.isEmpty() ? lastOf(session->checklist(), kind) : session->checklist()->indexOf(kind, subject);
    return index >= 0 ? session->checklist()->at(index).state : MilestoneState::Pending;
}

inline QString transcriptText(const SmtpSession *session)
{
    QStringList lines;
    for (const TranscriptEntry &e : session->transcript()->entries())
        lines << Transcript::marker(e.direction) + u' ' + e.text;
    return lines.join(u'\n');
}

inline void click(QPushButton *button)
{
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace mailflow::test
