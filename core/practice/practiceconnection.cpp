#include "practice/practiceconnection.h"

#include "practice/practiceserver.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mailflow {

namespace {
const QByteArray crlf = "\r\n";

/** Splits "FROM:<a@b> SIZE=10" into the address and its parameters; false when malformed. */
bool parsePath(const QString &argument, const QString &keyword, QString *address, QStringList *parameters)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*<([^<>\\s]*)>(.*)$"));
    if (!argument.startsWith(keyword, Qt::CaseInsensitive))
        return false;
    const QRegularExpressionMatch match = pattern.match(argument.mid(keyword.size()));
    if (!match.hasMatch())
        return false;
    *address = match.captured(1);
    *parameters = match.captured(2).split(u' ', Qt::SkipEmptyParts);
    return true;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? address : address.mid(at + 1);
}
} // namespace

PracticeConnection::PracticeConnection(QSslSocket *socket, PracticeServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_scenario(server->scenario())
{
    socket->setParent(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server->certificate().certificate);
    configuration.setPrivateKey(server->certificate().key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);

    connect(socket, &QSslSocket::readyRead, this, &PracticeConnection::readClient);
    connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A client that gives up on the certificate or resets: nothing to answer.
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
        else if (m_state == State::TlsStarting)
            m_socket->abort();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        // RFC 3207: after STARTTLS the client starts again from EHLO.
        m_tls = true;
        m_esmtp = false;
        m_heloName.clear();
        m_authUser.clear();
        resetTransaction();
        m_state = State::Command;
        processLines();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { hangUp("421 4.4.2 " + PracticeServer::hostName().toLatin1() + " Error: timeout exceeded"); });
    m_idle.start();

    if (m_scenario.server.slowGreeting)
        QTimer::singleShot(server->timing().tarpitMs, this, &PracticeConnection::greet);
    else
        greet();
}

void PracticeConnection::greet()
{
    if (m_state != State::Greeting)
        return;
    if (const PracticeFault *fault = faultAt(PracticeStage::Greeting)) {
        // RFC 5321 3.1: after a 554 greeting the server waits for QUIT and answers 503 to the rest.
        m_state = State::Refused;
        sendFault(*fault, QString());
    } else {
        m_state = State::Command;
        const QByteArray banner = m_scenario.server.banner
            ? QByteArray(m_scenario.server.banner)
            : PracticeServer::hostName().toLatin1() + " ESMTP Postfix (Mailflow practice)";
        reply("220 " + banner);
    }
    processLines();
}

void PracticeConnection::readClient()
{
    m_idle.start();
    m_buffer += m_socket->readAll();
    processLines();
}

void PracticeConnection::processLines()
{
    // One line at a time, so that pipelined commands get their replies in order; nothing is read while
    // the greeting waits or the TLS handshake runs.
    while (m_state != State::Greeting && m_state != State::TlsStarting && m_state != State::Closing) {
        const qsizetype newline = m_buffer.indexOf('\n');
        const qsizetype limit = m_state == State::Data ? MaxDataLine : MaxCommandLine;
        if (newline < 0 ? m_buffer.size() > limit : newline + 1 > limit) {
            hangUp(m_state == State::Data ? "500 5.5.0 Error: message line too long"
                                          : "500 5.5.0 Error: command line too long");
            return;
        }
        if (newline < 0)
            return;
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        switch (m_state) {
        case State::Data:
            handleDataLine(line);
            break;
        case State::AuthPlain:
        case State::AuthUser:
        case State::AuthPassword:
            handleAuthLine(line);
            break;
        default:
            handleCommand(line);
            break;
        }
    }
}

void PracticeConnection::handleCommand(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QString argument = space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1)).trimmed();
    if (verb == "QUIT") {
        hangUp("221 2.0.0 Bye");
        return;
    }
    if (m_state == State::Refused) {
        error("503 5.5.1 Error: service unavailable, send QUIT");
        return;
    }
    if (verb == "EHLO" || verb == "HELO")
        ehlo(verb, argument);
    else if (verb == "STARTTLS")
        startTls(argument);
    else if (verb == "AUTH")
        auth(argument);
    else if (verb == "MAIL")
        mail(argument);
    else if (verb == "RCPT")
        rcpt(argument);
    else if (verb == "DATA")
        data(argument);
    else if (verb == "RSET") {
        resetTransaction();
        reply("250 2.0.0 Ok");
    } else if (verb == "NOOP")
        reply("250 2.0.0 Ok");
    else if (verb == "VRFY")
        reply("252 2.0.0 Cannot VRFY user; try RCPT to attempt delivery");
    else if (verb == "HELP")
        reply("214 2.0.0 Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY QUIT");
    else if (verb.isEmpty())
        error("500 5.5.2 Error: bad syntax");
    else
        error("502 5.5.2 Error: command not recognized");
}

void PracticeConnection::ehlo(const QByteArray &verb, const QString &argument)
{
    if (argument.isEmpty() || argument.contains(u' ')) {
        error("501 Syntax: " + verb + " hostname");
        return;
    }
    if (verb == "EHLO") {
        if (const PracticeFault *fault = faultAt(PracticeStage::Ehlo)) {
            sendFault(*fault, argument);
            return;
        }
    }
    resetTransaction();
    m_heloName = argument;
    m_esmtp = verb == "EHLO";
    const QByteArray host = PracticeServer::hostName().toLatin1();
    if (!m_esmtp) {
        reply("250 " + host);
        return;
    }
    const PracticeBehaviour &b = m_scenario.server;
    QByteArrayList lines {host, "PIPELINING", "SIZE " + QByteArray::number(b.sizeLimit)};
    if (b.startTls && !m_tls)
        lines << "STARTTLS";
    if (b.auth)
        lines << "AUTH PLAIN LOGIN";
    lines << "ENHANCEDSTATUSCODES"
          << "8BITMIME";
    if (b.dsn)
        lines << "DSN";
    QByteArray text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i) + (i + 1 < lines.size() ? "\n" : "");
    reply(text);
}

void PracticeConnection::startTls(const QString &argument)
{
    if (!m_scenario.server.startTls || m_tls) {
        error(m_tls ? "554 5.5.1 Error: TLS already active" : "502 5.5.1 Error: command not implemented");
        return;
    }
    if (!argument.isEmpty()) {
        error("501 5.5.4 Syntax: STARTTLS");
        return;
    }
    reply("220 2.0.0 Ready to start TLS");
    // Anything pipelined after STARTTLS was sent in clear text: it must not count as sent under TLS.
    m_buffer.clear();
    m_state = State::TlsStarting;
    m_socket->startServerEncryption();
}

void PracticeConnection::auth(const QString &argument)
{
    if (!m_scenario.server.auth || !m_esmtp) {
        error(m_esmtp ? "502 5.5.1 Error: command not implemented" : "503 5.5.1 Error: send EHLO first");
        return;
    }
    if (!m_authUser.isEmpty() || m_inTransaction) {
        error(m_inTransaction ? "503 5.5.1 Error: MAIL transaction in progress"
                              : "503 5.5.1 Error: already authenticated");
        return;
    }
    const QStringList words = argument.split(u' ', Qt::SkipEmptyParts);
    const QString mechanism = words.value(0).toUpper();
    if (mechanism == u"PLAIN") {
        m_state = State::AuthPlain;
        if (words.size() > 1)
            handleAuthLine(words.at(1).toLatin1());
        else
            reply("334 ");
    } else if (mechanism == u"LOGIN") {
        m_state = State::AuthUser;
        if (words.size() > 1)
            handleAuthLine(words.at(1).toLatin1());
        else
            reply("334 VXNlcm5hbWU6");
    } else {
        error("535 5.7.8 Error: authentication failed: Invalid authentication mechanism");
    }
}

void PracticeConnection::handleAuthLine(const QByteArray &line)
{
    const State state = m_state;
    m_state = State::Command;
    if (line == "*") {
        error("501 5.7.0 Authentication aborted");
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        error("501 5.5.2 Error: invalid base64 data");
        return;
    }
    switch (state) {
    case State::AuthPlain: {
        // authzid NUL authcid NUL password
        const QList<QByteArray> parts = decoded.decoded.split('\0');
        if (parts.size() != 3) {
            error("535 5.7.8 Error: authentication failed: authentication failure");
            return;
        }
        finishAuth(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
        break;
    }
    case State::AuthUser:
        m_loginUser = QString::fromUtf8(decoded.decoded);
        m_state = State::AuthPassword;
        reply("334 UGFzc3dvcmQ6");
        break;
    default:
        finishAuth(m_loginUser, QString::fromUtf8(decoded.decoded));
        break;
    }
}

void PracticeConnection::finishAuth(const QString &user, const QString &password)
{
    if (const PracticeFault *fault = faultAt(PracticeStage::Auth)) {
        ++m_errors;
        sendFault(*fault, user);
        return;
    }
    if (user != PracticeAccount::user() || password != PracticeAccount::password()) {
        error("535 5.7.8 Error: authentication failed: authentication failure");
        return;
    }
    m_authUser = user;
    reply("235 2.7.0 Authentication successful");
}

void PracticeConnection::mail(const QString &argument)
{
    if (m_heloName.isEmpty()) {
        error("503 5.5.1 Error: send HELO/EHLO first");
        return;
    }
    if (m_inTransaction) {
        error("503 5.5.1 Error: nested MAIL command");
        return;
    }
    QString sender;
    QStringList parameters;
    if (!parsePath(argument, QStringLiteral("FROM:"), &sender, &parameters)) {
        error("501 5.5.4 Syntax: MAIL FROM:<address>");
        return;
    }
    if (const PracticeFault *fault = faultAt(PracticeStage::Mail)) {
        sendFault(*fault, domainOf(sender));
        return;
    }
    const PracticeBehaviour &b = m_scenario.server;
    PracticeMessage message;
    for (const QString &parameter : parameters) {
        const QString name = parameter.section(u'=', 0, 0).toUpper();
        const QString value = parameter.section(u'=', 1);
        if (name == u"SIZE" && m_esmtp) {
            if (value.toLongLong() > b.sizeLimit) {
                error("552 5.3.4 Message size exceeds fixed limit");
                return;
            }
        } else if (name == u"BODY" && m_esmtp
                   && (value.compare(u"7BIT", Qt::CaseInsensitive) == 0
                       || value.compare(u"8BITMIME", Qt::CaseInsensitive) == 0)) {
        } else if (name == u"RET" && b.dsn && m_esmtp) {
            message.ret = value;
        } else if (name == u"ENVID" && b.dsn && m_esmtp) {
            message.envelopeId = value;
        } else if (name == u"AUTH" && b.auth && m_esmtp) {
        } else {
            error("555 5.5.4 Unsupported option: " + parameter.toUtf8());
            return;
        }
    }
    message.sender = sender;
    message.heloName = m_heloName;
    message.tls = m_tls;
    message.authUser = m_authUser;
    m_message = message;
    m_inTransaction = true;
    reply("250 2.1.0 Ok");
}

void PracticeConnection::rcpt(const QString &argument)
{
    if (!m_inTransaction) {
        error("503 5.5.1 Error: need MAIL command");
        return;
    }
    QString address;
    QStringList parameters;
    if (!parsePath(argument, QStringLiteral("TO:"), &address, &parameters) || !address.contains(u'@')) {
        error("501 5.1.3 Bad recipient address syntax");
        return;
    }
    if (m_message.recipients.size() >= MaxRecipients) {
        error("452 4.5.3 Error: too many recipients");
        return;
    }
    PracticeRecipient recipient {address, {}, {}};
    for (const QString &parameter : parameters) {
        const QString name = parameter.section(u'=', 0, 0).toUpper();
        if (name == u"NOTIFY" && m_scenario.server.dsn && m_esmtp)
            recipient.notify = parameter.section(u'=', 1);
        else if (name == u"ORCPT" && m_scenario.server.dsn && m_esmtp)
            recipient.orcpt = parameter.section(u'=', 1);
        else {
            error("555 5.5.4 Unsupported option: " + parameter.toUtf8());
            return;
        }
    }
    if (const PracticeFault *fault = faultAt(PracticeStage::Rcpt, address)) {
        sendFault(*fault, address, domainOf(address));
        return;
    }
    m_message.recipients << recipient;
    reply("250 2.1.5 Ok");
}

void PracticeConnection::data(const QString &argument)
{
    if (!argument.isEmpty()) {
        error("501 5.5.4 Syntax: DATA");
        return;
    }
    if (!m_inTransaction) {
        error("503 5.5.1 Error: need RCPT command");
        return;
    }
    if (m_message.recipients.isEmpty()) {
        error("554 5.5.1 Error: no valid recipients");
        return;
    }
    m_state = State::Data;
    m_dataSize = 0;
    m_tooBig = false;
    m_dataStarted = false;
    reply("354 End data with <CR><LF>.<CR><LF>");
}

void PracticeConnection::handleDataLine(const QByteArray &line)
{
    if (!m_dataStarted) {
        m_dataStarted = true;
        if (const PracticeFault *fault = faultAt(PracticeStage::DataContent)) {
            sendFault(*fault, QString());
            return;
        }
    }
    if (line == ".") {
        m_state = State::Command;
        endOfData();
        return;
    }
    // RFC 5321 4.5.2: a line that starts with a dot had one more added by the client.
    const QByteArray text = line.startsWith('.') ? line.mid(1) : line;
    m_dataSize += text.size() + 2;
    if (m_dataSize > m_scenario.server.sizeLimit)
        m_tooBig = true; // read on to the dot, keep nothing more
    else
        m_message.content += text + crlf;
}

void PracticeConnection::endOfData()
{
    if (m_tooBig) {
        resetTransaction();
        error("552 5.3.4 Message size exceeds fixed limit");
        return;
    }
    if (const PracticeFault *fault = faultAt(PracticeStage::EndOfData)) {
        const QString senderDomain = domainOf(m_message.sender);
        resetTransaction();
        sendFault(*fault, senderDomain);
        return;
    }
    m_message.queueId = m_server->nextQueueId();
    m_message.arrival = QDateTime::currentDateTimeUtc();
    const QByteArray queued = "250 2.0.0 Ok: queued as " + m_message.queueId.toLatin1();
    m_server->accept(m_message);
    resetTransaction();
    reply(queued);
}

void PracticeConnection::resetTransaction()
{
    m_inTransaction = false;
    m_message = PracticeMessage();
}

const PracticeFault *PracticeConnection::faultAt(PracticeStage stage, const QString &recipient)
{
    const PracticeFault &fault = m_scenario.server.fault;
    if (fault.stage != stage)
        return nullptr;
    switch (fault.when) {
    case PracticeWhen::Always:
        return &fault;
    case PracticeWhen::BeforeTls:
        return m_tls ? nullptr : &fault;
    case PracticeWhen::BeforeAuth:
        return m_authUser.isEmpty() ? &fault : nullptr;
    case PracticeWhen::FirstAttempt:
        return m_server->greylistPasses(m_message.sender, recipient) ? nullptr : &fault;
    case PracticeWhen::OverLimit:
        return m_server->sessionMessageCount() >= m_server->messageLimit() ? &fault : nullptr;
    }
    return nullptr;
}

void PracticeConnection::sendFault(const PracticeFault &fault, const QString &first, const QString &second)
{
    QString text = QString::fromUtf8(fault.reply);
    text.replace(QStringLiteral("%1"), first).replace(QStringLiteral("%2"), second);
    if (fault.closes) {
        if (!text.isEmpty())
            m_socket->write(text.toUtf8().replace('\n', crlf) + crlf);
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    reply(text.toUtf8());
}

void PracticeConnection::reply(const QByteArray &text)
{
    QByteArray out = text;
    m_socket->write(out.replace('\n', crlf) + crlf);
}

void PracticeConnection::error(const QByteArray &text)
{
    if (++m_errors >= MaxErrors) {
        hangUp("421 4.7.0 " + PracticeServer::hostName().toLatin1() + " Error: too many errors");
        return;
    }
    reply(text);
}

void PracticeConnection::hangUp(const QByteArray &text)
{
    reply(text);
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

} // namespace mailflow
