#include "scriptedsmtpserver.h"

#include "base/printable.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace mailflow::test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** Resolves \r \n \t \0 \\ \xHH; returns false on a malformed escape. */
bool unescape(const QByteArray &in, QByteArray *out)
{
    out->clear();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= in.size())
            return false;
        switch (in.at(i)) {
        case 'r':
            out->append('\r');
            break;
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case '0':
            out->append('\0');
            break;
        case '\\':
            out->append('\\');
            break;
        case 'x': {
            const int hi = i + 1 < in.size() ? hexValue(in.at(i + 1)) : -1;
            const int lo = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
            if (hi < 0 || lo < 0)
                return false;
            out->append(static_cast<char>(hi * 16 + lo));
            i += 2;
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

QString quoted(QByteArrayView bytes)
{
    return u'"' + printableText(bytes) + u'"';
}

} // namespace

ScriptedSmtpServer::ScriptedSmtpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &ScriptedSmtpServer::advance);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedSmtpServer::onNewConnection);
}

ScriptedSmtpServer::~ScriptedSmtpServer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

quint16 ScriptedSmtpServer::start(const QHostAddress &address)
{
    if (!m_server->listen(address, 0)) {
        fail(QStringLiteral("cannot listen on %1: %2").arg(address.toString(), m_server->errorString()));
        return 0;
    }
    return m_server->serverPort();
}

quint16 ScriptedSmtpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress ScriptedSmtpServer::address() const
{
    return m_server->serverAddress();
}

void ScriptedSmtpServer::setScript(const QStringList &lines)
{
    m_scripts.clear();
    m_nextScript = 0;
    m_completedScripts = 0;
    addScript(lines);
}

void ScriptedSmtpServer::setScript(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    setScript(lines);
}

void ScriptedSmtpServer::addScript(const QStringList &lines)
{
    m_scripts.append(parse(lines, static_cast<int>(m_scripts.size()) + 1));
}

ScriptedSmtpServer::Script ScriptedSmtpServer::parse(const QStringList &lines, int scriptNumber)
{
    Script script;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNumber = static_cast<int>(i) + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const auto bad = [&](const QString &why) {
            fail(QStringLiteral("script %1 line %2 (%3): %4").arg(scriptNumber).arg(lineNumber).arg(line, why));
        };
        if (line.size() < 2 || line.at(1) != u':') {
            bad(QStringLiteral("not a script line (expected S:, C:, D:, R:, W: or X:)"));
            continue;
        }
        QString arg = line.mid(2);
        if (arg.startsWith(u' '))
            arg.remove(0, 1);
        Step step;
        step.lineNumber = lineNumber;
        step.source = line;
        switch (line.at(0).toUpper().unicode()) {
        case 'S':
            step.kind = Step::Kind::Send;
            step.bytes = arg.toUtf8() + "\r\n";
            break;
        case 'R':
            step.kind = Step::Kind::Send;
            if (!unescape(arg.toUtf8(), &step.bytes)) {
                bad(QStringLiteral("malformed escape"));
                continue;
            }
            break;
        case 'C':
            if (arg.startsWith(u'~')) {
                step.kind = Step::Kind::ExpectRegex;
                step.regex = QRegularExpression(QRegularExpression::anchoredPattern(arg.mid(1)));
                if (!step.regex.isValid()) {
                    bad(QStringLiteral("invalid regular expression: ") + step.regex.errorString());
                    continue;
                }
            } else {
                step.kind = Step::Kind::Expect;
                step.bytes = arg.toUtf8();
            }
            break;
        case 'D':
            step.kind = Step::Kind::Data;
            step.discard = arg.trimmed() == QLatin1String("discard");
            if (!step.discard && !arg.trimmed().isEmpty()) {
                bad(QStringLiteral("D: takes nothing or \"discard\""));
                continue;
            }
            break;
        case 'B': {
            bool ok = false;
            step.kind = Step::Kind::Bytes;
            step.count = arg.trimmed().isEmpty() ? -1 : arg.trimmed().toLongLong(&ok);
            if (!arg.trimmed().isEmpty() && (!ok || step.count < 0)) {
                bad(QStringLiteral("B: needs a byte count"));
                continue;
            }
            break;
        }
        case 'W': {
            bool ok = false;
            step.kind = Step::Kind::Wait;
            step.waitMs = arg.trimmed().toInt(&ok);
            if (!ok || step.waitMs < 0) {
                bad(QStringLiteral("W: needs milliseconds"));
                continue;
            }
            break;
        }
        case 'X':
            step.kind = Step::Kind::Close;
            break;
        default:
            bad(QStringLiteral("unknown directive"));
            continue;
        }
        script.append(step);
    }
    return script;
}

bool ScriptedSmtpServer::finishedScript() const
{
    return !m_scripts.isEmpty() && m_completedScripts == m_scripts.size();
}

void ScriptedSmtpServer::onNewConnection()
{
    if (!m_socket)
        acceptNext();
}

void ScriptedSmtpServer::acceptNext()
{
    while (!m_socket && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        ++m_connections;
        if (m_nextScript >= m_scripts.size()) {
            fail(QStringLiteral("unexpected connection #%1: no script left for it").arg(m_connections));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        m_current = m_nextScript++;
        m_step = 0;
        m_currentDone = false;
        m_peerClosed = false;
        m_stopped = false;
        m_buffer.clear();
        m_dataScanned = 0;
        m_dataDiscarded = 0;
        connect(socket, &QTcpSocket::readyRead, this, &ScriptedSmtpServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &ScriptedSmtpServer::onDisconnected);
        advance();
    }
}

void ScriptedSmtpServer::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_stopped)
        return;
    if (m_currentDone)
        checkExtraLines();
    else if (!m_waitTimer.isActive())
        advance();
}

void ScriptedSmtpServer::onDisconnected()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_buffer += socket->readAll();
    m_peerClosed = true;
    m_waitTimer.stop();
    // Play what the buffered client data still allows (sends go nowhere now).
    advance();
    if (m_currentDone && !m_stopped)
        checkExtraLines(); // sent before the server's X: took effect
    if (!m_currentDone && !m_stopped) {
        const Script &script = m_scripts.at(m_current);
        fail(QStringLiteral("script %1: connection closed before line %2 (%3)")
                 .arg(m_current + 1)
                 .arg(script.at(m_step).lineNumber)
                 .arg(script.at(m_step).source));
    }
    socket->disconnect(this);
    socket->deleteLater();
    m_socket = nullptr;
    m_waitTimer.stop();
    acceptNext();
}

void ScriptedSmtpServer::advance()
{
    while (m_socket && !m_currentDone && !m_stopped && m_current >= 0) {
        const Script &script = m_scripts.at(m_current);
        if (m_step >= script.size()) {
            m_currentDone = true;
            ++m_completedScripts;
            Q_EMIT scriptFinished();
            if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
                checkExtraLines();
            return;
        }
        const Step &step = script.at(m_step);
        switch (step.kind) {
        case Step::Kind::Send:
            if (!m_peerClosed)
                m_socket->write(step.bytes);
            ++m_step;
            break;
        case Step::Kind::Wait:
            ++m_step;
            if (!m_peerClosed) {
                m_waitTimer.start(step.waitMs);
                return;
            }
            break;
        case Step::Kind::Close:
            ++m_step;
            if (m_step >= script.size()) {
                m_currentDone = true;
                ++m_completedScripts;
                Q_EMIT scriptFinished();
            }
            if (m_socket && !m_peerClosed)
                m_socket->disconnectFromHost(); // onDisconnected() follows, maybe at once
            return;
        case Step::Kind::Expect:
        case Step::Kind::ExpectRegex: {
            QByteArray line;
            if (!takeLine(&line))
                return;
            const bool match = step.kind == Step::Kind::Expect ? line == step.bytes
                                                               : step.regex.match(QString::fromUtf8(line)).hasMatch();
            if (!match) {
                fail(QStringLiteral("script %1 line %2 (%3): expected %4, got %5")
                         .arg(m_current + 1)
                         .arg(step.lineNumber)
                         .arg(step.source,
                              step.kind == Step::Kind::Expect
                                  ? quoted(step.bytes)
                                  : QStringLiteral("a match of /%1/").arg(step.regex.pattern()),
                              quoted(line)));
                m_stopped = true;
                if (m_socket && !m_peerClosed)
                    m_socket->abort();
                return;
            }
            ++m_step;
            break;
        }
        case Step::Kind::Data:
            if (!takeDataBody())
                return;
            ++m_step;
            break;
        case Step::Kind::Bytes:
            if (!takeBytes(step.count >= 0 ? step.count : m_lastLine.split(' ').value(1).toLongLong()))
                return;
            ++m_step;
            break;
        }
    }
}

bool ScriptedSmtpServer::takeLine(QByteArray *line)
{
    const qsizetype lf = m_buffer.indexOf('\n');
    if (lf < 0)
        return false;
    *line = m_buffer.left(lf);
    m_received += m_buffer.left(lf + 1);
    m_buffer.remove(0, lf + 1);
    if (line->endsWith('\r'))
        line->chop(1);
    else
        fail(QStringLiteral("script %1: client line ended by a bare LF: %2").arg(m_current + 1).arg(quoted(*line)));
    m_lastLine = *line;
    return true;
}

bool ScriptedSmtpServer::takeDataBody()
{
    const Step &step = m_scripts.at(m_current).at(m_step);
    qsizetype end = -1;
    qsizetype terminatorSize = 0;
    if (m_dataDiscarded == 0 && m_buffer.startsWith(".\r\n")) {
        end = 0;
        terminatorSize = 3;
    } else {
        const qsizetype at = m_buffer.indexOf("\r\n.\r\n", qMax<qsizetype>(0, m_dataScanned - 4));
        if (at >= 0) {
            end = at + 2;
            terminatorSize = 3;
        }
    }
    if (end < 0) {
        m_dataScanned = m_buffer.size();
        if (step.discard && m_buffer.size() > 4) {
            const qsizetype drop = m_buffer.size() - 4;
            m_dataDiscarded += drop;
            m_buffer.remove(0, drop);
            m_dataScanned = m_buffer.size();
        }
        return false;
    }
    const QByteArray body = m_buffer.left(end);
    m_bodySizes.append(m_dataDiscarded + body.size());
    m_bodies.append(step.discard ? QByteArray() : body);
    if (!step.discard)
        m_received += body;
    m_received += ".\r\n";
    m_buffer.remove(0, end + terminatorSize);
    m_dataScanned = 0;
    m_dataDiscarded = 0;
    return true;
}

bool ScriptedSmtpServer::takeBytes(qint64 count)
{
    if (m_buffer.size() < count)
        return false;
    const QByteArray bytes = m_buffer.left(count);
    m_bodySizes.append(count);
    m_bodies.append(bytes);
    m_received += bytes;
    m_buffer.remove(0, count);
    return true;
}

void ScriptedSmtpServer::checkExtraLines()
{
    QByteArray line;
    while (takeLine(&line))
        fail(QStringLiteral("script %1: client line after the end of the script: %2")
                 .arg(m_current + 1)
                 .arg(quoted(line)));
}

void ScriptedSmtpServer::fail(const QString &message)
{
    m_failures.append(message);
    Q_EMIT failureRecorded(message);
}

QString ScriptedSmtpServer::where() const
{
    if (m_scripts.isEmpty())
        return QStringLiteral("no script was set");
    if (finishedScript())
        return QStringLiteral("all %1 script(s) finished").arg(m_scripts.size());
    if (m_current < 0 || (m_currentDone && !m_socket))
        return QStringLiteral("waiting for connection #%1 (script %2 of %3)")
            .arg(m_connections + 1)
            .arg(m_nextScript + 1)
            .arg(m_scripts.size());
    const Script &script = m_scripts.at(m_current);
    if (m_step >= script.size())
        return QStringLiteral("script %1 finished").arg(m_current + 1);
    return QStringLiteral("script %1 stopped at line %2 (%3)")
        .arg(m_current + 1)
        .arg(script.at(m_step).lineNumber)
        .arg(script.at(m_step).source);
}

QString ScriptedSmtpServer::report() const
{
    QStringList out;
    out << where();
    for (const QString &failure : m_failures)
        out << QStringLiteral("FAIL: ") + failure;
    if (!m_buffer.isEmpty())
        out << QStringLiteral("unconsumed client bytes: ") + quoted(m_buffer.right(500));
    out << QStringLiteral("received (tail): ") + quoted(m_received.right(1000));
    return out.join(u'\n');
}

bool ScriptedSmtpServer::waitForFinished(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return finishedScript() || !m_failures.isEmpty(); }, timeoutMs);
    return isComplete();
}

} // namespace mailflow::test
