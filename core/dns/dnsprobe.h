#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace mailflow {

/**
 * Asks a DNS server one harmless question (". NS") over UDP port 53 to learn whether anything
 * answers there. Qt 6.4's QDnsLookup reports "no server answered" exactly like "no records of that
 * type", so the MX resolver runs this before telling the user a domain has no records.
 */
class DnsProbe : public QObject
{
    Q_OBJECT
public:
    enum class Result { Pending, Answered, Unreachable, NoAnswer };
    Q_ENUM(Result)

    explicit DnsProbe(const QHostAddress &nameserver, int timeoutMs, QObject *parent = nullptr);

    void start();
    /** Stops waiting; finished() is not emitted. */
    void abort();
    Result result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void finish(Result result);
    void closeSocket();

    QHostAddress m_nameserver;
    int m_timeoutMs;
    QUdpSocket *m_socket = nullptr;
    QTimer m_timer;
    quint16 m_id = 0;
    Result m_result = Result::Pending;
};

} // namespace mailflow
