#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace mailflow::test {

/** What a hostile server does with one accepted connection. */
using Behaviour = std::function<void(QTcpSocket *socket)>;

/** Listens on 127.0.0.1 and hands every connection to the case's behaviour (broken and hostile servers). */
class RawServer : public QObject
{
public:
    explicit RawServer(Behaviour behaviour);
    /** The port, 0 when listening failed. */
    quint16 start();

private:
    QTcpServer m_server;
    Behaviour m_behaviour;
};

/** Writes bytes once on connection, then stays silent. */
Behaviour sendOnce(const QByteArray &bytes);

} // namespace mailflow::test
