#include "smtp/smtpsession.h"

#include "base/addressvalidation.h"
#include "smtp/authenticator.h"
#include "tls/certificatepolicy.h"
#include "smtp/dataelider.h"
#include "smtp/messagesource.h"
#include "base/printable.h"
#include "smtp/milestoneexplainer.h"
#include "tls/tlsfiles.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace mailflow {

namespace {
constexpr qint64 HighWater = 256 * 1024;
constexpr qint64 ChunkSize = 64 * 1024;

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QByteArray xtext(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < '!' || u > '~' || c == '+' || c == '=')
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 ? 1 : 0);
}

QString angleAddress(const QString &line)
{
    const qsizetype open = line.indexOf(u'<');
    const qsizetype close = line.indexOf(u'>', open + 1);
    if (open < 0 || close < 0)
        return line.section(u':', 1).trimmed();
    return line.mid(open + 1, close - open - 1);
}
} // namespace

SmtpSession::SmtpSession(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_transcript(new Transcript(this))
    , m_checklist(new Checklist(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(m_transport, &Transport::trying, this, &SmtpSession::onTrying);
    connect(m_transport, &Transport::attemptFailed, this, &SmtpSession::onAttemptFailed);
    connect(m_transport, &Transport::connected, this, &SmtpSession::onConnected);
    connect(m_transport, &Transport::dataReceived, this, &SmtpSession::onData);
    connect(m_transport, &Transport::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_transport, &Transport::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_transport, &Transport::errorOccurred, this, &SmtpSession::onTransportError);
    connect(m_transport, &Transport::encrypted, this, &SmtpSession::onEncrypted);
}

SmtpSession::~SmtpSession() = default;

void SmtpSession::setExplainer(const MilestoneExplainer *explainer)
{
    m_explainer = explainer;
}

void SmtpSession::setOptions(const SessionOptions &options)
{
    m_options = options;
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    updateBusy();
}

void SmtpSession::updateBusy()
{
    if (m_busy == isBusy())
        return;
    m_busy = isBusy();
    Q_EMIT busyChanged(m_busy);
}

void SmtpSession::setPending(Pending pending, int timeoutMs)
{
    m_pending = pending;
    m_timeoutMs = timeoutMs;
    if (pending == Pending::None || timeoutMs <= 0)
        m_timer.stop();
    else
        m_timer.start(timeoutMs);
    updateBusy();
}

void SmtpSession::log(TranscriptEntry::Direction direction, const QString &text)
{
    m_transcript->append(direction, text);
}

void SmtpSession::logClient(const QString &line)
{
    log(TranscriptEntry::Direction::Client, line);
}

void SmtpSession::sendCommand(const QByteArray &command, const QString &shown, Pending pending, int timeoutMs)
{
    logClient(shown);
    setPending(pending, timeoutMs);
    m_transport->write(command + "\r\n");
}

// ---- milestones ------------------------------------------------------------------------------

int SmtpSession::beginMilestone(MilestoneKind kind, const QString &subject, const QString &expected)
{
    int index = -1;
    for (int i = 0; i < m_checklist->count(); ++i) {
        const Milestone &m = m_checklist->at(i);
        if (m.kind == kind && m.subject.compare(subject, Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    }
    Milestone m;
    m.kind = kind;
    m.subject = subject;
    m.expected = expected;
    m.state = MilestoneState::Running;
    m.startedMs = m_transcript->elapsedMs();
    m.firstEntry = m_transcript->count();
    if (index < 0)
        index = m_checklist->add(m);
    else
        m_checklist->update(index, m);
    m_milestone = index;
    return index;
}

void SmtpSession::finishMilestone(MilestoneState state, const SmtpReply &reply, FailureKind failure,
                                  const QString &summary)
{
    if (m_milestone < 0)
        return;
    Milestone m = m_checklist->at(m_milestone);
    m.state = state;
    m.reply = reply;
    m.failure = failure;
    m.summary = summary;
    m.durationMs = m_transcript->elapsedMs() - qMax<qint64>(0, m.startedMs);
    m.lastEntry = m_transcript->count() - 1;
    if (m_explainer)
        m.diagnosis = m_explainer->explain(m, m_tcpConnected);
    m_checklist->update(m_milestone, m);
    m_lastFinished = m_milestone;
    m_milestone = -1;
}

void SmtpSession::judgeReply(const SmtpReply &reply, int expectedClass)
{
    MilestoneState state = MilestoneState::Failed;
    FailureKind failure = FailureKind::Reply;
    if (reply.code / 100 == expectedClass) {
        state = MilestoneState::Passed;
        failure = FailureKind::None;
    } else if (reply.isTransientFailure()) {
        state = MilestoneState::Warning;
    }
    finishMilestone(state, reply, failure, reply.summary());
}

void SmtpSession::skipPendingMilestones()
{
    for (int i = 0; i < m_checklist->count(); ++i) {
        Milestone m = m_checklist->at(i);
        if (m.state != MilestoneState::Pending && m.state != MilestoneState::Running)
            continue;
        m.state = MilestoneState::Skipped;
        if (m.summary.isEmpty())
            m.summary = tr("Not reached");
        m_checklist->update(i, m);
    }
}

void SmtpSession::addPlannedMilestones()
{
    auto plan = [this](MilestoneKind kind, const QString &subject, const QString &expected) {
        Milestone m;
        m.kind = kind;
        m.subject = subject;
        m.expected = expected;
        m_checklist->add(m);
    };
    const StopPoint stop = m_options.stopAfter;
    plan(MilestoneKind::Connect, {}, QStringLiteral("220"));
    if (tlsMode() == TlsMode::Implicit)
        plan(MilestoneKind::Tls, {}, {});
    if (stop != StopPoint::Connect)
        plan(MilestoneKind::Ehlo, {}, QStringLiteral("250"));
    if (stop != StopPoint::Connect && wantStartTls()) {
        plan(MilestoneKind::StartTls, {}, QStringLiteral("220"));
        plan(MilestoneKind::Tls, {}, {});
        plan(MilestoneKind::Ehlo, afterStartTlsSubject(), QStringLiteral("250"));
    }
    if (stop >= StopPoint::Auth && m_options.auth.isEnabled())
        plan(MilestoneKind::Auth, {}, QStringLiteral("235"));
    if (stop >= StopPoint::Mail)
        plan(MilestoneKind::Mail, m_options.mailFrom.isEmpty() ? QStringLiteral("<>") : m_options.mailFrom,
             QStringLiteral("250"));
    if (stop >= StopPoint::Rcpt) {
        for (const Recipient &r : std::as_const(m_options.recipients))
            plan(MilestoneKind::Rcpt, r.address, QStringLiteral("250"));
    }
    if (stop >= StopPoint::Data) {
        plan(MilestoneKind::Data, {}, QStringLiteral("354"));
        plan(MilestoneKind::EndOfData, {}, QStringLiteral("250"));
    }
    plan(MilestoneKind::Quit, {}, QStringLiteral("221"));
}

void SmtpSession::startNewTest()
{
    if (m_state != State::Disconnected || isBusy())
        abort();
    m_planRunning = false;
    m_transcript->clear();
    m_checklist->clear();
    m_capabilities = {};
    m_greeting = {};
    m_queuedAs.clear();
    m_acceptedRecipients.clear();
    m_connectTried = false;
    resetSecurityState();
    addPlannedMilestones();
}

// ---- connection ------------------------------------------------------------------------------

void SmtpSession::connectToServer()
{
    if (m_state != State::Disconnected)
        return;
    m_parser.reset();
    m_greetingFailed = m_ehloTried = m_mailTried = m_dataTried = false;
    m_rcptTried.clear();
    m_acceptedRecipients.clear();
    m_capabilities = {};
    m_usedHelo = false;
    m_rawData = false;
    m_connectTried = true;
    m_tcpConnected = false;
    resetSecurityState();
    beginMilestone(MilestoneKind::Connect, {}, QStringLiteral("220"));
    QString invalid = validateServerHost(m_options.host);
    QSslConfiguration sslConfiguration;
    if (invalid.isEmpty() && tlsMode() != TlsMode::Off
        && !buildSslConfiguration(m_options.tls, &sslConfiguration, &invalid))
        invalid = tr("TLS settings: %1").arg(invalid);
    if (!invalid.isEmpty()) {
        log(TranscriptEntry::Direction::Error, invalid);
        finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, invalid);
        stepDone(MilestoneKind::Connect);
        return;
    }
    if (tlsMode() != TlsMode::Off)
        m_transport->setSslConfiguration(sslConfiguration);
    log(TranscriptEntry::Direction::Info, tr("Connecting to %1 port %2…").arg(m_options.host).arg(m_options.port));
    setState(State::Connecting);
    setPending(Pending::Connect, m_options.timeouts.connectMs);
    if (tlsMode() == TlsMode::Implicit)
        m_transport->connectToHostEncrypted(m_options.host, m_options.port);
    else
        m_transport->connectToHost(m_options.host, m_options.port);
}

void SmtpSession::onTrying(const QHostAddress &address, quint16 port)
{
    log(TranscriptEntry::Direction::Info, tr("Trying %1…").arg(endpoint(address, port)));
}

void SmtpSession::onAttemptFailed(const QHostAddress &address, quint16 port, const QString &reason)
{
    log(TranscriptEntry::Direction::Warning, tr("%1: %2").arg(endpoint(address, port), reason));
}

void SmtpSession::onConnected()
{
    if (m_pending != Pending::Connect)
        return;
    m_tcpConnected = true;
    log(TranscriptEntry::Direction::Info,
        tr("Connected to %1 from %2.")
            .arg(endpoint(m_transport->peerAddress(), m_transport->peerPort()),
                 endpoint(m_transport->localAddress(), m_transport->localPort())));
    if (tlsMode() == TlsMode::Implicit) {
        // Implicit TLS: the handshake comes before the greeting; the Connect milestone waits for it.
        m_connectMilestone = m_milestone;
        Milestone m = m_checklist->at(m_connectMilestone);
        m.summary = tr("Connected; TLS handshake before the greeting");
        m_checklist->update(m_connectMilestone, m);
        beginTlsHandshake();
        return;
    }
    setPending(Pending::Greeting, m_options.timeouts.greetingMs);
}

void SmtpSession::onTransportError(Transport::Error error, const QString &message)
{
    if (m_state == State::Disconnected)
        return;
    if (error == Transport::Error::RemoteClosed && m_pending != Pending::Connect) {
        onDisconnected();
        return;
    }
    FailureKind failure = FailureKind::ConnectionLost;
    if (m_pending == Pending::Connect) {
        switch (error) {
        case Transport::Error::HostNotFound:
            failure = FailureKind::HostNotFound;
            break;
        case Transport::Error::ConnectionRefused:
            failure = FailureKind::ConnectionRefused;
            break;
        case Transport::Error::NetworkUnreachable:
            failure = FailureKind::NetworkUnreachable;
            break;
        default:
            failure = FailureKind::ConnectionLost;
            break;
        }
    } else if (error == Transport::Error::TlsFailed) {
        failure = FailureKind::TlsFailed;
    }
    noteHandshakeFailure();
    failConnection(failure, message);
}

void SmtpSession::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    if (m_pending == Pending::Quit) {
        m_timer.stop();
        log(TranscriptEntry::Direction::Warning, tr("The server closed the connection without answering QUIT."));
        finishMilestone(MilestoneState::Warning, {}, FailureKind::ConnectionLost,
                        tr("Connection closed without a 221 reply"));
        closeQuietly();
        stepDone(MilestoneKind::Quit);
        return;
    }
    noteHandshakeFailure();
    if (m_pending != Pending::None || m_state == State::SendingData) {
        const QString what = m_state == State::SendingData
            ? tr("The server closed the connection while the message was being sent.")
            : tr("The server closed the connection before it answered.");
        failConnection(FailureKind::ConnectionLost, what);
        return;
    }
    log(TranscriptEntry::Direction::Warning, tr("The server closed the connection."));
    closeQuietly();
    skipPendingMilestones();
    m_planRunning = false;
    Q_EMIT finished();
}

void SmtpSession::failConnection(FailureKind failure, const QString &message)
{
    const MilestoneKind kind = m_milestone >= 0 ? m_checklist->at(m_milestone).kind : MilestoneKind::Connect;
    const bool hadMilestone = m_milestone >= 0;
    m_timer.stop();
    log(TranscriptEntry::Direction::Error, message);
    finishMilestone(MilestoneState::Failed, {}, failure, message);
    closeQuietly();
    if (hadMilestone) {
        stepDone(kind);
    } else {
        skipPendingMilestones();
        m_planRunning = false;
        Q_EMIT finished();
    }
}

void SmtpSession::closeQuietly()
{
    m_message.reset();
    m_elider.reset();
    m_rawData = false;
    m_rawAuth = false;
    m_authenticator.reset();
    m_heldData.clear();
    const bool wasEncrypted = m_transport->isEncrypted();
    setPending(Pending::None, 0);
    setState(State::Disconnected);
    m_transport->abort(); // after the state change, so a disconnected() it emits is ignored
    if (wasEncrypted)
        Q_EMIT encryptionChanged(false);
}

void SmtpSession::onTimeout()
{
    const Pending pending = m_pending;
    QString message;
    switch (pending) {
    case Pending::Connect:
        message = tr("Could not connect within %1 s.").arg(seconds(m_timeoutMs));
        break;
    case Pending::EndOfData:
        message = m_message ? tr("The message stopped moving: no progress for %1 s.").arg(seconds(m_timeoutMs))
                            : tr("No reply to the end of the message within %1 s.").arg(seconds(m_timeoutMs));
        break;
    default:
        message = tr("No reply within %1 s.").arg(seconds(m_timeoutMs));
        break;
    }
    if (pending == Pending::Quit) {
        log(TranscriptEntry::Direction::Warning, message);
        finishMilestone(MilestoneState::Warning, {}, FailureKind::Timeout, message);
        closeQuietly();
        stepDone(MilestoneKind::Quit);
        return;
    }
    failConnection(FailureKind::Timeout, message);
}

// ---- receiving -------------------------------------------------------------------------------

void SmtpSession::onData(const QByteArray &data)
{
    if (m_pending == Pending::TlsHandshake || m_pending == Pending::CertificateDecision) {
        m_heldData += data; // implicit TLS: the greeting waits for the certificate verdict
        return;
    }
    m_parser.feed(data);
    while (m_parser.hasEvents() && m_state != State::Disconnected) {
        const ParserEvent event = m_parser.takeEvent();
        switch (event.kind) {
        case ParserEvent::Kind::Line:
            log(TranscriptEntry::Direction::Server, event.text);
            break;
        case ParserEvent::Kind::Violation:
            log(TranscriptEntry::Direction::Warning, event.text);
            break;
        case ParserEvent::Kind::Error:
            failConnection(FailureKind::ProtocolError, event.text);
            break;
        case ParserEvent::Kind::Reply:
            handleReply(event.reply);
            break;
        }
    }
    if (m_parser.isInsideReply() && m_pending != Pending::None)
        m_timer.start(m_timeoutMs); // a slow multiline reply is still progress
}

void SmtpSession::handleReply(const SmtpReply &reply)
{
    const Pending pending = m_pending;
    if (pending == Pending::EndOfData && m_message) {
        log(TranscriptEntry::Direction::Warning, tr("The server answered before the message was complete."));
        m_message.reset();
    }
    setPending(Pending::None, 0);
    warnIfTlsRequired(reply);
    switch (pending) {
    case Pending::None:
    case Pending::Connect:
    case Pending::TlsHandshake:
    case Pending::CertificateDecision:
        log(TranscriptEntry::Direction::Warning, tr("The server sent a reply nobody asked for."));
        return;
    case Pending::StartTls:
        handleStartTls(reply);
        return;
    case Pending::Auth:
        handleAuth(reply);
        return;
    case Pending::RawAuth:
        handleRawAuth(reply);
        return;
    case Pending::Greeting:
        handleGreeting(reply);
        return;
    case Pending::Ehlo:
        handleEhlo(reply, false);
        return;
    case Pending::Helo:
        handleEhlo(reply, true);
        return;
    case Pending::Mail:
        handleMail(reply);
        return;
    case Pending::Rcpt:
        handleRcpt(reply);
        return;
    case Pending::Data:
        handleData(reply);
        return;
    case Pending::EndOfData:
        handleEndOfData(reply);
        return;
    case Pending::Quit:
        handleQuit(reply);
        return;
    case Pending::Rset:
    case Pending::Noop:
    case Pending::Raw:
        handleRaw(reply);
        return;
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    m_greeting = reply;
    setState(State::Connected);
    if (reply.code == 220) {
        finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    } else {
        m_greetingFailed = true;
        finishMilestone(MilestoneState::Failed, reply, FailureKind::Reply, reply.summary());
    }
    stepDone(MilestoneKind::Connect);
}

void SmtpSession::handleEhlo(const SmtpReply &reply, bool wasHelo)
{
    if (!wasHelo && (reply.code == 500 || reply.code == 502)) {
        log(TranscriptEntry::Direction::Warning,
            tr("The server does not understand EHLO (it does not speak ESMTP); trying HELO."));
        m_usedHelo = true;
        const QByteArray command = "HELO " + ehloName().toUtf8();
        sendCommand(command, QString::fromUtf8(command), Pending::Helo, m_options.timeouts.commandMs);
        return;
    }
    if (reply.isPositive()) {
        setState(State::Greeted);
        if (wasHelo) {
            m_capabilities = {};
            finishMilestone(
                MilestoneState::Warning, reply, FailureKind::None,
                tr("%1 (HELO: no ESMTP extensions such as SIZE, DSN, STARTTLS or AUTH)").arg(reply.summary()));
        } else {
            m_capabilities = Capabilities::fromEhloReply(reply);
            if (!m_capabilities.extensions.isEmpty())
                log(TranscriptEntry::Direction::Info, tr("The server offers: %1").arg(m_capabilities.summary()));
            noteCapabilityChanges();
            if (m_capabilities.extensions.contains(QStringLiteral("XXXXXXXA"), Qt::CaseInsensitive))
                log(TranscriptEntry::Direction::Warning,
                    tr("The EHLO reply has \"XXXXXXXA\" where STARTTLS would be: a firewall that inspects SMTP "
                       "is hiding STARTTLS from this client."));
            finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
        }
        if (tlsMode() == TlsMode::Optional && !m_capabilities.startTls && !m_transport->isEncrypted()) {
            // Known now, also when the steps are run one by one: opportunistic TLS has nothing to do.
            const QString why = tr("The server does not offer STARTTLS: the test goes on unencrypted.");
            skipPlanned(MilestoneKind::StartTls, {}, why);
            skipPlanned(MilestoneKind::Tls, {}, why);
            skipPlanned(MilestoneKind::Ehlo, afterStartTlsSubject(), why);
        }
    } else {
        judgeReply(reply, 2);
    }
    stepDone(MilestoneKind::Ehlo);
}

void SmtpSession::handleMail(const SmtpReply &reply)
{
    if (reply.isPositive()) {
        setState(State::InTransaction);
        m_acceptedRecipients.clear();
    }
    judgeReply(reply, 2);
    stepDone(MilestoneKind::Mail);
}

void SmtpSession::handleRcpt(const SmtpReply &reply)
{
    const QString address = m_milestone >= 0 ? m_checklist->at(m_milestone).subject : QString();
    if (reply.isPositive() && !m_acceptedRecipients.contains(address, Qt::CaseInsensitive))
        m_acceptedRecipients << address;
    judgeReply(reply, 2);
    stepDone(MilestoneKind::Rcpt);
}

void SmtpSession::handleData(const SmtpReply &reply)
{
    if (reply.code != 354) {
        judgeReply(reply, 3);
        stepDone(MilestoneKind::Data);
        return;
    }
    judgeReply(reply, 3);
    setState(State::SendingData);
    const int dataMilestone = m_lastFinished;
    beginMilestone(MilestoneKind::EndOfData, {}, QStringLiteral("250"));
    Q_EMIT stepFinished(MilestoneKind::Data, dataMilestone);
    if (m_rawData)
        log(TranscriptEntry::Direction::Info, tr("Type the message, then a line with a single \".\" to end it."));
    else
        startMessage();
}

bool SmtpSession::sameMessageInputs(const SessionOptions &a, const SessionOptions &b)
{
    return a.mailFrom == b.mailFrom && a.recipients == b.recipients && a.ehloName == b.ehloName
        && a.message == b.message;
}

bool SmtpSession::prepareMessage(QString *why)
{
    m_message = std::make_unique<MessageSource>(m_options);
    m_messageOptions = m_options;
    if (m_message->open())
        return true;
    *why = m_message->error();
    m_message.reset();
    return false;
}

void SmtpSession::startMessage()
{
    // The message measured at MAIL FROM is sent unless it was edited since; then it is built anew.
    if (!m_message || !sameMessageInputs(m_messageOptions, m_options)) {
        QString why;
        if (!prepareMessage(&why)) {
            failConnection(FailureKind::LocalError, why);
            return;
        }
    }
    m_elider = std::make_unique<DataElider>();
    m_sent = 0;
    setPending(Pending::EndOfData, m_options.timeouts.dataBlockMs);
    pumpMessage();
}

void SmtpSession::pumpMessage()
{
    if (!m_message)
        return;
    const qint64 total = m_message->encodedSize() + MessageSource::terminator().size();
    while (m_message && !m_message->atEnd() && m_transport->bytesToWrite() < HighWater) {
        const QByteArray chunk = m_message->readChunk(ChunkSize);
        if (chunk.isEmpty())
            continue;
        for (const QString &line : m_elider->feed(chunk))
            logClient(line);
        m_sent += chunk.size();
        Q_EMIT dataProgress(m_sent, total);
        m_transport->write(chunk);
    }
    if (!m_message || !m_message->atEnd())
        return;
    for (const QString &line : m_elider->finish())
        logClient(line);
    m_elider.reset();
    m_message.reset();
    m_sent += MessageSource::terminator().size();
    logClient(QStringLiteral("."));
    setPending(Pending::EndOfData, m_options.timeouts.dataEndMs);
    Q_EMIT dataProgress(m_sent, total);
    // Last: a transport may deliver the reply before write() returns.
    m_transport->write(MessageSource::terminator());
}

void SmtpSession::onBytesWritten()
{
    if (m_state == State::SendingData && m_message) {
        m_timer.start(m_timeoutMs);
        pumpMessage();
    }
}

void SmtpSession::handleEndOfData(const SmtpReply &reply)
{
    m_rawData = false;
    setState(State::Greeted);
    if (reply.isPositive())
        m_queuedAs = reply.text();
    judgeReply(reply, 2);
    stepDone(MilestoneKind::EndOfData);
}

void SmtpSession::handleQuit(const SmtpReply &reply)
{
    if (reply.code == 221)
        finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    else
        judgeReply(reply, 2);
    closeQuietly();
    stepDone(MilestoneKind::Quit);
}

void SmtpSession::handleRaw(const SmtpReply &reply)
{
    if (reply.isPositive() && m_rawVerb == u"RSET") {
        // The transaction is gone: the envelope can be given again.
        if (m_state == State::InTransaction)
            setState(State::Greeted);
        m_mailTried = m_dataTried = false;
        m_rcptTried.clear();
        m_acceptedRecipients.clear();
    }
}

// ---- steps -----------------------------------------------------------------------------------

QString SmtpSession::ehloName() const
{
    if (!m_options.ehloName.isEmpty())
        return m_options.ehloName;
    const QString local = QHostInfo::localHostName();
    if (local.contains(u'.'))
        return local;
    const QHostAddress address = m_transport->localAddress();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(address.toString());
    if (!address.isNull())
        return QStringLiteral("[%1]").arg(address.toString());
    return local.isEmpty() ? QStringLiteral("localhost") : local;
}

void SmtpSession::ehlo()
{
    if (m_state != State::Connected && m_state != State::Greeted && m_state != State::InTransaction)
        return;
    if (isBusy())
        return;
    m_ehloTried = true;
    m_usedHelo = false;
    beginMilestone(MilestoneKind::Ehlo, m_afterStartTls ? afterStartTlsSubject() : QString(), QStringLiteral("250"));
    const QByteArray command = "EHLO " + ehloName().toUtf8();
    sendCommand(command, QString::fromUtf8(command), Pending::Ehlo, m_options.timeouts.commandMs);
}

bool SmtpSession::dsnWanted() const
{
    return m_options.dsnMode == DsnMode::Force || m_capabilities.dsn;
}

QByteArray SmtpSession::mailCommand() const
{
    QByteArray command = "MAIL FROM:<" + m_options.mailFrom.toUtf8() + ">";
    if (m_message && m_capabilities.size)
        command += " SIZE=" + QByteArray::number(m_message->encodedSize());
    if (m_message && m_message->hasEightBitContent() && m_capabilities.eightBitMime)
        command += " BODY=8BITMIME";
    bool international = !isAscii(m_options.mailFrom);
    for (const Recipient &r : m_options.recipients)
        international = international || !isAscii(r.address);
    if (international && m_capabilities.smtpUtf8)
        command += " SMTPUTF8";
    if (dsnWanted()) {
        if (m_options.dsnReturn == DsnReturn::Full)
            command += " RET=FULL";
        else if (m_options.dsnReturn == DsnReturn::Headers)
            command += " RET=HDRS";
        if (!m_options.envelopeId.isEmpty())
            command += " ENVID=" + xtext(m_options.envelopeId);
    }
    return command;
}

QByteArray SmtpSession::rcptCommand(const Recipient &recipient) const
{
    QByteArray command = "RCPT TO:<" + recipient.address.toUtf8() + ">";
    if (dsnWanted()) {
        if (recipient.notify)
            command += " NOTIFY=" + dsnNotifyKeywords(recipient.notify).toUtf8();
        if (!recipient.orcpt.isEmpty())
            command += " ORCPT=rfc822;" + xtext(recipient.orcpt);
    }
    return command;
}

void SmtpSession::mailFrom()
{
    if (m_state != State::Connected && m_state != State::Greeted && m_state != State::InTransaction)
        return;
    if (isBusy())
        return;
    m_mailTried = true;
    // Measured before the milestone starts, so its time is the server's, not the reading of a large file.
    QString why = validateMailbox(m_options.mailFrom, true);
    const bool prepared = why.isEmpty() && prepareMessage(&why);
    beginMilestone(MilestoneKind::Mail, m_options.mailFrom.isEmpty() ? QStringLiteral("<>") : m_options.mailFrom,
                   QStringLiteral("250"));
    if (!prepared) {
        log(TranscriptEntry::Direction::Error, why);
        finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, why);
        stepDone(MilestoneKind::Mail);
        return;
    }
    if (m_message->hasEightBitContent() && !m_capabilities.eightBitMime)
        log(TranscriptEntry::Direction::Warning,
            tr("The message has 8-bit characters but the server did not offer 8BITMIME; "
               "they may arrive garbled."));
    const bool dsnAsked = m_options.dsnReturn != DsnReturn::Unset || !m_options.envelopeId.isEmpty();
    if (dsnAsked && !dsnWanted())
        log(TranscriptEntry::Direction::Info,
            tr("The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them anyway)."));
    const QByteArray command = mailCommand();
    sendCommand(command, QString::fromUtf8(command), Pending::Mail, m_options.timeouts.commandMs);
}

void SmtpSession::rcptTo(int index)
{
    if (index < 0 || index >= m_options.recipients.size())
        return;
    if (m_state != State::Connected && m_state != State::Greeted && m_state != State::InTransaction)
        return;
    if (isBusy())
        return;
    const Recipient &recipient = m_options.recipients.at(index);
    if (!m_rcptTried.contains(index))
        m_rcptTried << index;
    beginMilestone(MilestoneKind::Rcpt, recipient.address, QStringLiteral("250"));
    const QString invalid = validateMailbox(recipient.address);
    if (!invalid.isEmpty()) {
        log(TranscriptEntry::Direction::Error, invalid);
        finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, invalid);
        stepDone(MilestoneKind::Rcpt);
        return;
    }
    if ((recipient.notify || !recipient.orcpt.isEmpty()) && !dsnWanted())
        log(TranscriptEntry::Direction::Info,
            tr("The server did not advertise DSN, so NOTIFY= and ORCPT= are not sent "
               "(force DSN to send them anyway, as KB 153119 does by hand)."));
    const QByteArray command = rcptCommand(recipient);
    sendCommand(command, QString::fromUtf8(command), Pending::Rcpt, m_options.timeouts.commandMs);
}

void SmtpSession::data()
{
    if (m_state != State::Connected && m_state != State::Greeted && m_state != State::InTransaction)
        return;
    if (isBusy())
        return;
    m_dataTried = true;
    m_rawData = false;
    beginMilestone(MilestoneKind::Data, {}, QStringLiteral("354"));
    sendCommand("DATA", QStringLiteral("DATA"), Pending::Data, m_options.timeouts.dataStartMs);
}

void SmtpSession::quit()
{
    if (m_state == State::Disconnected || m_state == State::Connecting || m_state == State::SendingData)
        return;
    if (isBusy())
        return;
    beginMilestone(MilestoneKind::Quit, {}, QStringLiteral("221"));
    setState(State::Closing);
    sendCommand("QUIT", QStringLiteral("QUIT"), Pending::Quit, m_options.timeouts.quitMs);
}

void SmtpSession::rset()
{
    sendRaw(QStringLiteral("RSET"));
}

void SmtpSession::noop()
{
    sendRaw(QStringLiteral("NOOP"));
}

bool SmtpSession::sendRaw(const QString &line, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (hasControlCharacters(line))
        return refuse(tr("A command cannot contain a line break or a control character."));
    if (m_state == State::Disconnected || m_state == State::Connecting)
        return refuse(tr("Not connected: connect first."));
    if (m_rawAuth && !isBusy()) {
        // An answer to a 334 challenge: credentials, never shown.
        logClient(Authenticator::mask());
        setPending(Pending::RawAuth, m_options.timeouts.commandMs);
        m_transport->write(line.toUtf8() + "\r\n");
        return true;
    }
    if (m_rawData) {
        logClient(line);
        m_transport->write(line.toUtf8() + "\r\n");
        if (line == u".")
            setPending(Pending::EndOfData, m_options.timeouts.dataEndMs);
        return true;
    }
    if (isBusy())
        return refuse(tr("Wait for the reply to the last command."));

    const QString verb = line.section(u' ', 0, 0).section(u':', 0, 0).toUpper();
    const QByteArray bytes = line.toUtf8();
    m_rawVerb = verb;
    if (verb == u"EHLO" || verb == u"HELO") {
        m_ehloTried = true;
        beginMilestone(MilestoneKind::Ehlo, {}, QStringLiteral("250"));
        sendCommand(bytes, line, verb == u"EHLO" ? Pending::Ehlo : Pending::Helo, m_options.timeouts.commandMs);
    } else if (verb == u"MAIL") {
        m_mailTried = true;
        beginMilestone(MilestoneKind::Mail, angleAddress(line), QStringLiteral("250"));
        sendCommand(bytes, line, Pending::Mail, m_options.timeouts.commandMs);
    } else if (verb == u"RCPT") {
        beginMilestone(MilestoneKind::Rcpt, angleAddress(line), QStringLiteral("250"));
        sendCommand(bytes, line, Pending::Rcpt, m_options.timeouts.commandMs);
    } else if (verb == u"DATA") {
        m_dataTried = true;
        m_rawData = true;
        beginMilestone(MilestoneKind::Data, {}, QStringLiteral("354"));
        sendCommand(bytes, line, Pending::Data, m_options.timeouts.dataStartMs);
    } else if (verb == u"STARTTLS") {
        m_startTlsTried = true;
        m_extensionsBeforeTls = m_capabilities.extensions;
        beginMilestone(MilestoneKind::StartTls, {}, QStringLiteral("220"));
        sendCommand(bytes, line, Pending::StartTls, m_options.timeouts.commandMs);
    } else if (verb == u"AUTH") {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString shown = words.size() > 2
            ? QStringLiteral("%1 %2 %3").arg(words.at(0), words.at(1), Authenticator::hiddenCredentials())
            : line;
        m_rawAuth = true;
        beginMilestone(MilestoneKind::Auth, {}, QStringLiteral("235"));
        sendCommand(bytes, shown, Pending::RawAuth, m_options.timeouts.commandMs);
    } else if (verb == u"QUIT") {
        beginMilestone(MilestoneKind::Quit, {}, QStringLiteral("221"));
        setState(State::Closing);
        sendCommand(bytes, line, Pending::Quit, m_options.timeouts.quitMs);
    } else {
        sendCommand(bytes, line,
                    verb == u"RSET"       ? Pending::Rset
                        : verb == u"NOOP" ? Pending::Noop
                                          : Pending::Raw,
                    m_options.timeouts.commandMs);
    }
    return true;
}

// ---- plans -----------------------------------------------------------------------------------

void SmtpSession::runTo(StopPoint stop)
{
    m_planRunning = true;
    m_stop = stop;
    if (m_state == State::Disconnected)
        m_connectTried = false;
    if (m_checklist->count() == 0)
        addPlannedMilestones();
    advancePlan();
}

void SmtpSession::stepDone(MilestoneKind kind)
{
    Q_EMIT stepFinished(kind, m_lastFinished);
    if (m_state == State::Disconnected) {
        if (m_planRunning) {
            endPlan();
        } else {
            skipPendingMilestones();
            Q_EMIT finished();
        }
        return;
    }
    if (m_planRunning)
        advancePlan();
}

void SmtpSession::advancePlan()
{
    if (!m_planRunning || isBusy())
        return;
    const StopPoint stop = m_stop;
    switch (m_state) {
    case State::Disconnected:
        if (!m_connectTried)
            connectToServer();
        else
            endPlan();
        return;
    case State::Connecting:
    case State::SendingData:
    case State::Closing:
        return;
    case State::Connected:
        if (m_greetingFailed || m_ehloTried || stop == StopPoint::Connect)
            quit();
        else
            ehlo();
        return;
    case State::Greeted:
        if (stop != StopPoint::Connect && wantStartTls() && !m_startTlsTried && !m_transport->isEncrypted()) {
            startTls();
            return;
        }
        if (m_tlsRequiredFailed) {
            quit();
            return;
        }
        if (stop >= StopPoint::Auth && m_options.auth.isEnabled() && !m_authTried) {
            authenticate();
            return;
        }
        if (m_options.auth.isEnabled() && m_authTried && !m_authenticated) {
            quit();
            return;
        }
        if (stop <= StopPoint::Auth || m_dataTried || m_mailTried)
            quit();
        else
            mailFrom();
        return;
    case State::InTransaction:
        if (stop == StopPoint::Mail) {
            quit();
            return;
        }
        for (int i = 0; i < m_options.recipients.size(); ++i) {
            if (!m_rcptTried.contains(i)) {
                rcptTo(i);
                return;
            }
        }
        if (stop == StopPoint::Rcpt || m_dataTried) {
            quit();
            return;
        }
        if (m_acceptedRecipients.isEmpty()) {
            for (MilestoneKind kind : {MilestoneKind::Data, MilestoneKind::EndOfData}) {
                const int index = m_checklist->indexOf(kind);
                if (index < 0)
                    continue;
                Milestone m = m_checklist->at(index);
                m.state = MilestoneState::Skipped;
                m.summary = tr("No recipient was accepted, so no message was sent.");
                m_checklist->update(index, m);
            }
            quit();
            return;
        }
        data();
        return;
    }
}

void SmtpSession::endPlan()
{
    m_planRunning = false;
    skipPendingMilestones();
    Q_EMIT finished();
}

void SmtpSession::abort()
{
    if (m_state == State::Disconnected && !isBusy())
        return;
    log(TranscriptEntry::Direction::Error, tr("Aborted by the user."));
    finishMilestone(MilestoneState::Failed, {}, FailureKind::Aborted, tr("Aborted by the user"));
    closeQuietly();
    m_planRunning = false;
    skipPendingMilestones();
    Q_EMIT finished();
}

} // namespace mailflow
