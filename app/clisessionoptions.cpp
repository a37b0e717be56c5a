#include "clisessionoptions.h"

#include "base/addressvalidation.h"
#include "base/unixsocket.h"
#include "clioptions.h"
#include "mxoptions.h"
#include "smtp/messagetokens.h"

#include <QCommandLineParser>

namespace mailflow {

bool splitServer(const QString &text, QString *host, int *port, QString *error)
{
    *port = -1;
    if (isUnixSocketHost(text)) {
        *host = text;
        return true;
    }
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = SessionCliOptions::tr("--server: missing ] after the IPv6 address.");
            return false;
        }
        *host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                *error = SessionCliOptions::tr("--server: expected :PORT after ].");
                return false;
            }
            bool ok = false;
            *port = rest.mid(1).toInt(&ok);
            if (!ok) {
                *error = SessionCliOptions::tr("--server: the port must be a number from 1 to 65535.");
                return false;
            }
        }
        return true;
    }
    if (text.count(u':') == 1) {
        bool ok = false;
        *host = text.section(u':', 0, 0);
        *port = text.section(u':', 1).toInt(&ok);
        if (!ok) {
            *error = SessionCliOptions::tr("--server: the port must be a number from 1 to 65535.");
            return false;
        }
        return true;
    }
    *host = text; // a bare name, IPv4 or IPv6 literal
    return true;
}

SessionCliOptions::SessionCliOptions(const MxCliParser &mx)
    : m_mx(mx)
    , m_server(QStringList {QStringLiteral("s"), QStringLiteral("server")},
               tr("The server: HOST, HOST:PORT, [IPv6]:PORT, or unix:PATH for a UNIX socket."), tr("host"))
    , m_port(QStringList {QStringLiteral("p"), QStringLiteral("port")}, tr("Port (default 25)."), tr("port"))
    , m_ehlo(QStringLiteral("ehlo"), tr("Name to send with EHLO/HELO."), tr("name"))
    , m_from(QStringList {QStringLiteral("f"), QStringLiteral("from")},
             tr("Envelope sender for MAIL FROM; \"\" or \"<>\" for the null sender."), tr("address"))
    , m_to(QStringList {QStringLiteral("t"), QStringLiteral("to")},
           tr("Recipient for RCPT TO; repeat it or separate with commas."), tr("address"))
    , m_notify(QStringLiteral("notify"), tr("DSN NOTIFY= for every recipient: SUCCESS,FAILURE,DELAY or NEVER."),
               tr("list"))
    , m_orcpt(QStringLiteral("orcpt"), tr("DSN ORCPT= original recipient."), tr("address"))
    , m_ret(QStringLiteral("ret"), tr("DSN RET=: full or hdrs."), tr("what"))
    , m_envid(QStringLiteral("envid"), tr("DSN ENVID= envelope id."), tr("id"))
    , m_dsn(QStringLiteral("dsn"),
            tr("auto: send DSN parameters only when the server advertises DSN (default); "
               "force: always, as KB 153119 types them."),
            tr("mode"))
    , m_header(QStringLiteral("header"), tr("An extra header \"Name: value\"; repeatable."), tr("header"))
    , m_subject(QStringLiteral("subject"), tr("Subject of the test message."), tr("text"))
    , m_body(QStringLiteral("body"),
             tr("Message body: TEXT, @FILE, or - for standard input. These tokens are replaced in the body and "
                "headers: %1 (%NEWLINE% in the body only).")
                 .arg(MessageTokens::names()),
             tr("body"))
    , m_rawMessage(QStringLiteral("raw-message"),
                   tr("The body is a complete message with its own headers: send it as is (with --body @FILE "
                      "the same as --data FILE)."))
    , m_quitAfter(QStringLiteral("quit-after"),
                  tr("Stop after this stage and QUIT: connect, ehlo, auth, xclient, mail, rcpt or data."), tr("stage"))
    , m_timeout(QStringLiteral("timeout"), tr("Seconds to wait at each stage."), tr("seconds"))
{ }

void SessionCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_server, m_port, m_ehlo, m_from, m_to, m_notify, m_orcpt, m_ret, m_envid, m_dsn, m_header,
                        m_subject, m_body, m_rawMessage, m_quitAfter, m_timeout});
}

bool SessionCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (options->runsProfiles()) {
        for (const QCommandLineOption *o : {&m_server, &m_port, &m_from, &m_to, &m_ehlo, &m_body, &m_quitAfter}) {
            if (parser.isSet(*o)) {
                *error = tr("--profile runs the test saved in the profile: leave out --%1.").arg(o->names().last());
                return false;
            }
        }
        return true;
    }

    SessionOptions &s = options->session;
    for (const auto &[option, label] : {std::pair {&m_server, "--server"},
                                        {&m_ehlo, "--ehlo"},
                                        {&m_subject, "--subject"},
                                        {&m_envid, "--envid"},
                                        {&m_orcpt, "--orcpt"}}) {
        for (const QString &value : parser.values(*option)) {
            *error = validateSingleLine(value, QString::fromLatin1(label));
            if (!error->isEmpty())
                return false;
        }
    }

    // --socket (read before) gave a UNIX socket as the server.
    QString host = s.host;
    if (!parser.isSet(m_server) && host.isEmpty() && !m_mx.wanted(parser) && !options->practice.enabled()) {
        *error = tr("--server is required (the host to test), or --mx DOMAIN to find it in DNS.");
        return false;
    }
    int portNumber = -1;
    if (parser.isSet(m_server) && !splitServer(parser.value(m_server), &host, &portNumber, error))
        return false;
    if (parser.isSet(m_port)) {
        bool ok = false;
        portNumber = parser.value(m_port).toInt(&ok);
        if (!ok)
            portNumber = 0;
    }
    if (portNumber == -1)
        portNumber = 25;
    if (portNumber < 1 || portNumber > 65535) {
        *error = tr("The port must be a number from 1 to 65535.");
        return false;
    }
    const QString why = parser.isSet(m_server) ? validateServerHost(host) : QString();
    if (!why.isEmpty()) {
        *error = tr("--server: %1").arg(why);
        return false;
    }
    s.host = host;
    s.port = quint16(portNumber);

    if (parser.isSet(m_ehlo)) {
        s.ehloName = parser.value(m_ehlo);
        if (s.ehloName.isEmpty() || s.ehloName.contains(u' ')) {
            *error = tr("--ehlo: give one name without spaces.");
            return false;
        }
    }

    if (parser.isSet(m_quitAfter)
        && (!parseStopPoint(parser.value(m_quitAfter), &s.stopAfter) || s.stopAfter == StopPoint::Quit)) {
        *error = tr("--quit-after: use connect, ehlo, auth, xclient, mail, rcpt or data.");
        return false;
    }
    if (!readEnvelope(parser, options, error) || !readMessage(parser, options, error))
        return false;

    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double secondsValue = parser.value(m_timeout).toDouble(&ok);
        if (!ok || secondsValue <= 0 || secondsValue > 3600) {
            *error = tr("--timeout: give seconds, from 0.1 to 3600.");
            return false;
        }
        s.timeouts = Timeouts::uniform(int(secondsValue * 1000));
    }
    return true;
}

bool SessionCliOptions::readEnvelope(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    SessionOptions &s = options->session;
    QString why;
    // Practice mode fills in the practice account's addresses.
    const bool needsEnvelope = s.stopAfter >= StopPoint::Mail && !options->practice.enabled();
    if (parser.isSet(m_from)) {
        QString sender = parser.value(m_from);
        if (sender == u"<>")
            sender.clear();
        why = validateMailbox(sender, true);
        if (!why.isEmpty()) {
            *error = tr("--from: %1").arg(why);
            return false;
        }
        s.mailFrom = sender;
    } else if (needsEnvelope) {
        *error = tr("--from is required (the envelope sender; \"<>\" for the null sender).");
        return false;
    }

    DsnNotifyFlags notifyFlags;
    if (parser.isSet(m_notify) && !parseDsnNotify(parser.value(m_notify), &notifyFlags, &why)) {
        *error = tr("--notify: %1").arg(why);
        return false;
    }
    for (const QString &value : parser.values(m_to)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString address = part.trimmed();
            why = validateMailbox(address);
            if (!why.isEmpty()) {
                *error = tr("--to %1: %2").arg(address, why);
                return false;
            }
            s.recipients.append(Recipient {address, notifyFlags, parser.value(m_orcpt)});
        }
    }
    if (s.recipients.isEmpty() && s.stopAfter >= StopPoint::Rcpt && !options->practice.enabled()) {
        *error = tr("--to is required (at least one recipient).");
        return false;
    }
    if (parser.isSet(m_orcpt)) {
        why = validateMailbox(parser.value(m_orcpt));
        if (!why.isEmpty()) {
            *error = tr("--orcpt: %1").arg(why);
            return false;
        }
    }

    if (parser.isSet(m_ret)) {
        const QString value = parser.value(m_ret);
        if (value.compare(u"headers", Qt::CaseInsensitive) == 0)
            s.dsnReturn = DsnReturn::Headers;
        else if (!parseDsnReturn(value, &s.dsnReturn) || s.dsnReturn == DsnReturn::Unset) {
            *error = tr("--ret: use full or hdrs.");
            return false;
        }
    }
    s.envelopeId = parser.value(m_envid);
    if (parser.isSet(m_dsn) && !parseDsnMode(parser.value(m_dsn), &s.dsnMode)) {
        *error = tr("--dsn: use auto or force.");
        return false;
    }
    return true;
}

bool SessionCliOptions::readMessage(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    MessageSpec &message = options->session.message;
    for (const QString &value : parser.values(m_header)) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header: write it as \"Name: value\".");
            return false;
        }
        const QString name = value.left(colon).trimmed();
        const QString text = value.mid(colon + 1).trimmed();
        QString why = validateHeaderName(name);
        if (why.isEmpty())
            why = validateSingleLine(text, tr("The header %1").arg(name));
        if (!why.isEmpty()) {
            *error = tr("--header: %1").arg(why);
            return false;
        }
        message.extraHeaders.append({name, text});
    }
    message.subject = parser.value(m_subject);
    message.rawMessage = parser.isSet(m_rawMessage);
    if (parser.isSet(m_body)) {
        const QString value = parser.value(m_body);
        if (value == u"-" && !options->evidence.saveProfile.isEmpty()) {
            *error = tr("--save-profile cannot keep a body from standard input: give --body TEXT or --body @FILE.");
            return false;
        }
        if (value == u"-")
            options->bodyFromStdin = true;
        else if (value.startsWith(u'@'))
            message.bodyFile = value.mid(1);
        else
            message.bodyText = value;
    }
    return true;
}

} // namespace mailflow
