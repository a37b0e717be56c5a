#include "dns/dnsprobe.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace mailflow {

DnsProbe::DnsProbe(const QHostAddress &nameserver, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_nameserver(nameserver)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(Result::NoAnswer); });
}

void DnsProbe::start()
{
    closeSocket();
    m_result = Result::Pending;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &DnsProbe::onReadyRead);
    connect(m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError
            || error == QAbstractSocket::HostNotFoundError)
            finish(Result::Unreachable);
    });
    m_id = quint16(QRandomGenerator::global()->bounded(1, 0xffff));
    // Header: id, flags (RD), 1 question, 0 answers/authority/additional; question: root name, NS, IN.
    QByteArray query;
    query.append(char(m_id >> 8)).append(char(m_id & 0xff));
    query.append(char(0x01)).append(char(0x00));
    query.append("\x00\x01\x00\x00\x00\x00\x00\x00", 8);
    query.append("\x00\x00\x02\x00\x01", 5);
    // A connected socket hears the ICMP "port unreachable" that tells of a closed port at once.
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(m_nameserver, 53);
    if (m_socket)
        m_socket->write(query);
}

void DnsProbe::onReadyRead()
{
    if (m_socket && !m_socket->hasPendingDatagrams()) {
        // A connected UDP socket turns readable without a datagram only for an ICMP error ("port
        // unreachable"), which Qt 6.4 does not report as a socket error.
        finish(Result::Unreachable);
        return;
    }
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QByteArray reply = m_socket->receiveDatagram().data();
        // Any reply with our id counts, whatever its code: something answers DNS there.
        if (reply.size() >= 12 && quint8(reply.at(0)) == (m_id >> 8) && quint8(reply.at(1)) == (m_id & 0xff)) {
            finish(Result::Answered);
            return;
        }
    }
}

void DnsProbe::abort()
{
    closeSocket();
}

void DnsProbe::closeSocket()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void DnsProbe::finish(Result result)
{
    if (m_result != Result::Pending || !m_socket)
        return;
    m_result = result;
    closeSocket();
    Q_EMIT finished();
}

} // namespace mailflow
