#include "rawserver.h"

#include <QTcpSocket>

namespace mailflow::test {

RawServer::RawServer(Behaviour behaviour)
    : m_behaviour(std::move(behaviour))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            m_behaviour(socket);
        }
    });
}

quint16 RawServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

Behaviour sendOnce(const QByteArray &bytes)
{
    return [bytes](QTcpSocket *socket) { socket->write(bytes); };
}

} // namespace mailflow::test
