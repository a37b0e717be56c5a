#include "practice/practiceserver.h"

#include "practice/deliveryreport.h"
#include "practice/practiceconnection.h"

#include <QSslSocket>

namespace mailflow {

PracticeServer::PracticeServer(const PracticeScenario &scenario, QObject *parent)
    : QTcpServer(parent)
    , m_scenario(scenario)
    , m_messageLimit(scenario.server.messageLimit)
{
    m_clock.start();
}

bool PracticeServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    QString why;
    if (!address.isLoopback()) {
        why = PracticeServerText::tr("The practice server listens only on a loopback address (127.0.0.1 or ::1), "
                                     "not on %1.")
                  .arg(address.toString());
    } else if (m_certificate.certificate.isNull() && !PracticeCertificate::make(hostName(), &m_certificate, &why)) {
        // why is set
    } else if (!listen(address, port)) {
        const QString where = endpointText(address, port);
        why = serverError() == QAbstractSocket::AddressInUseError
            ? PracticeServerText::tr("Cannot listen on %1: the port is already in use by another program. "
                                     "Choose another port.")
                  .arg(where)
            : PracticeServerText::tr("Cannot listen on %1: %2").arg(where, errorString());
    }
    if (error)
        *error = why;
    return why.isEmpty();
}

QString PracticeServer::endpointText(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

bool PracticeServer::greylistPasses(const QString &sender, const QString &recipient)
{
    const QString key = sender.toLower() + u'\n' + recipient.toLower();
    const auto seen = m_greylist.constFind(key);
    if (seen == m_greylist.constEnd()) {
        if (m_greylist.size() >= 10'000)
            m_greylist.clear();
        m_greylist.insert(key, m_clock.elapsed());
        return false;
    }
    return m_clock.elapsed() - *seen >= m_timing.greylistRetryMs;
}

QString PracticeServer::nextQueueId()
{
    // Postfix-style queue ids: hexadecimal, unique for the server's life.
    static const char digits[] = "0123456789ABCDEF";
    quint64 value = quint64(m_clock.elapsed()) * 1000 + quint64(m_accepted);
    QString id;
    for (int i = 0; i < 10; ++i) {
        id.prepend(QLatin1Char(digits[value % 16]));
        value /= 16;
    }
    return id;
}

void PracticeServer::accept(PracticeMessage message)
{
    ++m_accepted;
    if (m_scenario.server.dsn)
        message.deliveryReport = deliveryReport(message, hostName());
    m_messages.append(message);
    while (m_messages.size() > m_maxStored)
        m_messages.removeFirst();
    Q_EMIT messageAccepted(message);
}

void PracticeServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const int open = int(findChildren<PracticeConnection *>(Qt::FindDirectChildrenOnly).size());
    if (open >= MaxConnections) {
        socket->write("421 4.7.0 " + hostName().toLatin1() + " Error: too many connections from "
                      + socket->peerAddress().toString().toLatin1() + "\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    new PracticeConnection(socket, this);
}

} // namespace mailflow
