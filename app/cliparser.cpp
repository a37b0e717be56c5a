#include "cliparser.h"

#include "base/addressvalidation.h"
#include "base/printable.h"
#include "clisecurity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace mailflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::CliParser", text);
}

QString exitCodeHelp()
{
    return tr("Exit codes:\n"
              "  0  every step passed (a HELO fall-back alone is a warning, not a failure)\n"
              "  1  bad options or input: nothing was sent\n"
              "  2  could not connect (host not found, refused, unreachable)\n"
              " 21  greeting refused (421/554)   22  EHLO/HELO refused\n"
              " 23  MAIL FROM refused            24  a recipient refused or deferred\n"
              " 25  DATA refused                 26  message refused after the final dot\n"
              " 27  QUIT failed                  30  protocol error (not an SMTP reply)\n"
              " 31  timeout at any stage\n"
              " 32  DNS: the domain does not exist, has no mail server or a null MX, or DNS failed\n")
        + CliSecurityOptions::exitCodeHelp()
        + tr("With --all-mx: 0 when some MX passed every step, else the code of the MX that got furthest.\n");
}
} // namespace

bool splitServer(const QString &text, QString *host, int *port, QString *error)
{
    *port = -1;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = tr("--server: missing ] after the IPv6 address.");
            return false;
        }
        *host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                *error = tr("--server: expected :PORT after ].");
                return false;
            }
            bool ok = false;
            *port = rest.mid(1).toInt(&ok);
            if (!ok) {
                *error = tr("--server: the port must be a number from 1 to 65535.");
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
            *error = tr("--server: the port must be a number from 1 to 65535.");
            return false;
        }
        return true;
    }
    *host = text; // a bare name, IPv4 or IPv6 literal
    return true;
}

CliParser::Result CliParser::fail(const QString &error)
{
    // The message may quote what the user typed: keep it on one line, without terminal escapes.
    m_error = printableText(error.toUtf8());
    return Result::Error;
}

CliParser::Result CliParser::parse(const QStringList &arguments, CliOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tests an SMTP server step by step, like \"telnet host 25\" (Microsoft KB 153119):\n"
           "connect, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, with a transcript and a checklist.\n\n")
        + exitCodeHelp() + u'\n' + EvidenceCliOptions::help());
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption server(QStringList {QStringLiteral("s"), QStringLiteral("server")},
                                    tr("The server: HOST, HOST:PORT, [IPv6]:PORT."), tr("host"));
    const QCommandLineOption port(QStringList {QStringLiteral("p"), QStringLiteral("port")}, tr("Port (default 25)."),
                                  tr("port"));
    const QCommandLineOption ehlo(QStringLiteral("ehlo"), tr("Name to send with EHLO/HELO."), tr("name"));
    const QCommandLineOption from(QStringList {QStringLiteral("f"), QStringLiteral("from")},
                                  tr("Envelope sender for MAIL FROM; \"\" or \"<>\" for the null sender."),
                                  tr("address"));
    const QCommandLineOption to(QStringList {QStringLiteral("t"), QStringLiteral("to")},
                                tr("Recipient for RCPT TO; repeat it or separate with commas."), tr("address"));
    const QCommandLineOption notify(QStringLiteral("notify"),
                                    tr("DSN NOTIFY= for every recipient: SUCCESS,FAILURE,DELAY or NEVER."), tr("list"));
    const QCommandLineOption orcpt(QStringLiteral("orcpt"), tr("DSN ORCPT= original recipient."), tr("address"));
    const QCommandLineOption ret(QStringLiteral("ret"), tr("DSN RET=: full or hdrs."), tr("what"));
    const QCommandLineOption envid(QStringLiteral("envid"), tr("DSN ENVID= envelope id."), tr("id"));
    const QCommandLineOption dsn(QStringLiteral("dsn"),
                                 tr("auto: send DSN parameters only when the server advertises DSN (default); "
                                    "force: always, as KB 153119 types them."),
                                 tr("mode"));
    const QCommandLineOption header(QStringLiteral("header"), tr("An extra header \"Name: value\"; repeatable."),
                                    tr("header"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject of the test message."), tr("text"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Message body: TEXT, @FILE, or - for standard input."),
                                  tr("body"));
    const QCommandLineOption rawMessage(QStringLiteral("raw-message"),
                                        tr("The body is a complete message with its own headers: send it as is."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       tr("Stop after this stage and QUIT: connect, ehlo, auth, mail, rcpt or data."),
                                       tr("stage"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait at each stage."), tr("seconds"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default) or json."), tr("format"));
    parser.addOptions({help, version, server, port, ehlo, from, to, notify, orcpt, ret, envid, dsn, header, subject,
                       body, rawMessage, quitAfter, timeout, format});
    // Evidence (issue 6).
    const EvidenceCliOptions evidence;
    evidence.addTo(&parser);
    const MxCliParser mxParser;
    mxParser.addOptions(&parser);
    const CliSecurityOptions security;
    security.addTo(&parser);

    if (!parser.parse(CliSecurityOptions::normalizeArguments(arguments)))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        m_output = parser.helpText();
        return Result::Exit;
    }
    if (parser.isSet(version)) {
        m_output = QStringLiteral("mailflow-cli " MAILFLOW_VERSION "\n");
        return Result::Exit;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    // Evidence (issue 6): profiles bring their own session options.
    QString evidenceError;
    if (!evidence.read(parser, &options->evidence, &evidenceError))
        return fail(evidenceError);
    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (value == u"json")
            options->format = CliOptions::Format::Json;
        else if (value != u"text")
            return fail(tr("--format: use text or json."));
    }
    if (!options->evidence.profiles.isEmpty()) {
        for (const QCommandLineOption *o : {&server, &port, &from, &to, &ehlo, &body, &quitAfter})
            if (parser.isSet(*o))
                return fail(tr("--profile runs the test saved in the profile: leave out --%1.").arg(o->names().last()));
        // What a profile does not keep applies to every profile: the DNS server for MX-domain profiles,
        // the password file for AUTH.
        QString why;
        if (!mxParser.read(parser, {}, &options->mx, &why))
            return fail(why);
        if (options->mx.enabled)
            return fail(tr("--profile runs the test saved in the profile: leave out --mx and --all-mx."));
        options->passwordFile = parser.value(QStringLiteral("auth-password-file"));
        return Result::Run;
    }

    SessionOptions &s = options->session;
    for (const auto &[option, label] : {std::pair {&server, "--server"},
                                        {&ehlo, "--ehlo"},
                                        {&subject, "--subject"},
                                        {&envid, "--envid"},
                                        {&orcpt, "--orcpt"}}) {
        for (const QString &value : parser.values(*option)) {
            const QString bad = validateSingleLine(value, QString::fromLatin1(label));
            if (!bad.isEmpty())
                return fail(bad);
        }
    }

    if (!parser.isSet(server) && !mxParser.wanted(parser))
        return fail(tr("--server is required (the host to test), or --mx DOMAIN to find it in DNS."));
    QString host;
    int portNumber = -1;
    QString why;
    if (parser.isSet(server) && !splitServer(parser.value(server), &host, &portNumber, &why))
        return fail(why);
    if (parser.isSet(port)) {
        bool ok = false;
        portNumber = parser.value(port).toInt(&ok);
        if (!ok)
            portNumber = 0;
    }
    if (portNumber == -1)
        portNumber = 25;
    if (portNumber < 1 || portNumber > 65535)
        return fail(tr("The port must be a number from 1 to 65535."));
    why = parser.isSet(server) ? validateServerHost(host) : QString();
    if (!why.isEmpty())
        return fail(tr("--server: %1").arg(why));
    s.host = host;
    s.port = quint16(portNumber);

    if (parser.isSet(ehlo)) {
        s.ehloName = parser.value(ehlo);
        if (s.ehloName.isEmpty() || s.ehloName.contains(u' '))
            return fail(tr("--ehlo: give one name without spaces."));
    }

    if (parser.isSet(quitAfter) && !parseStopPoint(parser.value(quitAfter), &s.stopAfter))
        return fail(tr("--quit-after: use connect, ehlo, mail, rcpt or data."));
    if (parser.isSet(quitAfter) && s.stopAfter == StopPoint::Quit)
        return fail(tr("--quit-after: use connect, ehlo, mail, rcpt or data."));

    const bool needsEnvelope = s.stopAfter >= StopPoint::Mail;
    if (parser.isSet(from)) {
        QString sender = parser.value(from);
        if (sender == u"<>")
            sender.clear();
        why = validateMailbox(sender, true);
        if (!why.isEmpty())
            return fail(tr("--from: %1").arg(why));
        s.mailFrom = sender;
    } else if (needsEnvelope) {
        return fail(tr("--from is required (the envelope sender; \"<>\" for the null sender)."));
    }

    DsnNotifyFlags notifyFlags;
    if (parser.isSet(notify) && !parseDsnNotify(parser.value(notify), &notifyFlags, &why))
        return fail(tr("--notify: %1").arg(why));
    for (const QString &value : parser.values(to)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString address = part.trimmed();
            why = validateMailbox(address);
            if (!why.isEmpty())
                return fail(tr("--to %1: %2").arg(address, why));
            s.recipients.append(Recipient {address, notifyFlags, parser.value(orcpt)});
        }
    }
    if (s.recipients.isEmpty() && s.stopAfter >= StopPoint::Rcpt)
        return fail(tr("--to is required (at least one recipient)."));
    if (parser.isSet(orcpt)) {
        why = validateMailbox(parser.value(orcpt));
        if (!why.isEmpty())
            return fail(tr("--orcpt: %1").arg(why));
    }

    if (parser.isSet(ret)) {
        const QString value = parser.value(ret).toLower();
        if (value == u"full")
            s.dsnReturn = DsnReturn::Full;
        else if (value == u"hdrs" || value == u"headers")
            s.dsnReturn = DsnReturn::Headers;
        else
            return fail(tr("--ret: use full or hdrs."));
    }
    s.envelopeId = parser.value(envid);
    if (parser.isSet(dsn)) {
        const QString value = parser.value(dsn).toLower();
        if (value == u"force")
            s.dsnMode = DsnMode::Force;
        else if (value != u"auto")
            return fail(tr("--dsn: use auto or force."));
    }

    for (const QString &value : parser.values(header)) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0)
            return fail(tr("--header: write it as \"Name: value\"."));
        const QString name = value.left(colon).trimmed();
        const QString text = value.mid(colon + 1).trimmed();
        why = validateHeaderName(name);
        if (why.isEmpty())
            why = validateSingleLine(text, tr("The header %1").arg(name));
        if (!why.isEmpty())
            return fail(tr("--header: %1").arg(why));
        s.message.extraHeaders.append({name, text});
    }
    s.message.subject = parser.value(subject);
    s.message.rawMessage = parser.isSet(rawMessage);
    if (parser.isSet(body)) {
        const QString value = parser.value(body);
        if (value == u"-")
            options->bodyFromStdin = true;
        else if (value.startsWith(u'@'))
            s.message.bodyFile = value.mid(1);
        else
            s.message.bodyText = value;
    }

    if (parser.isSet(timeout)) {
        bool ok = false;
        const double secondsValue = parser.value(timeout).toDouble(&ok);
        if (!ok || secondsValue <= 0 || secondsValue > 3600)
            return fail(tr("--timeout: give seconds, from 0.1 to 3600."));
        s.timeouts = Timeouts::uniform(int(secondsValue * 1000));
    }

    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (value == u"json")
            options->format = CliOptions::Format::Json;
        else if (value != u"text")
            return fail(tr("--format: use text or json."));
    }

    if (!mxParser.read(parser, s, &options->mx, &why))
        return fail(why);
    if (!security.apply(parser, options, &why))
        return fail(why);
    return Result::Run;
}

} // namespace mailflow
