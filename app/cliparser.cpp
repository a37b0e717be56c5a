#include "cliparser.h"

#include "authrequirementoptions.h"
#include "base/languages.h"
#include "base/printable.h"
#include "checksoptions.h"
#include "chunkingoptions.h"
#include "clihistoryoptions.h"
#include "clipracticeoptions.h"
#include "clisecurity.h"
#include "clisessionoptions.h"
#include "connectionoptions.h"
#include "dumpmailoptions.h"
#include "evidenceoptions.h"
#include "lmtpoptions.h"
#include "messageoptions.h"
#include "mxoptions.h"
#include "oauthoptions.h"
#include "protocoloptions.h"
#include "proxyoptions.h"
#include "retryoptions.h"
#include "runoptions.h"
#include "tlschoiceoptions.h"
#include "xclientoptions.h"

#include <QCommandLineParser>

namespace mailflow {

namespace {
QString exitCodeHelp()
{
    return CliParser::tr("Exit codes:\n"
                         "  0  every step passed (a HELO fall-back alone is a warning, not a failure)\n"
                         "  1  bad options or input: nothing was sent\n"
                         "  2  could not connect (host not found, refused, unreachable)\n"
                         " 21  greeting refused (421/554)   22  EHLO/HELO refused\n"
                         " 23  MAIL FROM refused            24  a recipient refused or deferred\n"
                         " 25  DATA refused                 26  message refused after the final dot\n"
                         " 27  QUIT failed                  30  protocol error (not an SMTP reply)\n"
                         " 31  timeout at any stage\n"
                         " 32  DNS: the domain does not exist, has no mail server or a null MX, or DNS failed\n"
                         " 34  deferred on purpose (greylisting): not failed, retry later\n")
        + CliSecurityOptions::exitCodeHelp()
        + CliParser::tr("With --all-mx: 0 when some MX passed every step, else the code of the MX that got "
                        "furthest.\n")
        + RunCliOptions::exitCodeHelp();
}
} // namespace

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
    // Read before the parser, so that this help is already in the language: see languageFromArguments().
    const QCommandLineOption language(
        QStringLiteral("lang"),
        tr("The language of the messages: %1 (default: the system's).").arg(availableLanguages().join(u", ")),
        tr("code"));
    parser.addOptions({help, version, language});

    const EvidenceCliOptions evidence;
    const MxCliParser mx;
    const SessionCliOptions session(mx);
    const MessageCliOptions message;
    const ConnectionCliOptions connection;
    const CliSecurityOptions security;
    const OAuthCliOptions oauth;
    const CliHistoryOptions history;
    const RetryCliOptions retry;
    const RunCliOptions run;
    const CliPracticeOptions practice;
    const ChecksCliOptions checks;
    const ProtocolCliOptions protocol;
    const ChunkingCliOptions chunking;
    const LmtpCliOptions lmtp;
    const XclientCliOptions xclient;
    const ProxyCliOptions proxy;
    const TlsChoiceCliOptions tlsChoices;
    const AuthRequirementCliOptions authRequirement;
    const DumpMailCliOptions dumpMail;
    // The help lists the test first; reading starts with the profiles, which decide whether the test
    // options count, and ends with MX and security, which need the recipients, port and stop point.
    // --history reads the history instead of testing: only it and the output format are read.
    const CliOptionGroup *const helpOrder[]
        = {&session, &message,  &connection, &lmtp,       &protocol,        &chunking, &evidence,
           &run,     &mx,       &security,   &tlsChoices, &authRequirement, &oauth,    &retry,
           &checks,  &practice, &history,    &xclient,    &proxy,           &dumpMail};
    const CliOptionGroup *const readOrder[]
        = {&history,    &evidence, &practice, &run,     &lmtp,     &session,    &message,
           &connection, &protocol, &chunking, &mx,      &security, &tlsChoices, &authRequirement,
           &oauth,      &retry,    &checks,   &xclient, &proxy,    &dumpMail};
    for (const CliOptionGroup *group : helpOrder)
        group->addTo(&parser);

    if (!parser.parse(RetryCliOptions::normalizeArguments(CliSecurityOptions::normalizeArguments(arguments))))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        m_output = parser.helpText();
        return Result::Exit;
    }
    if (parser.isSet(version)) {
        m_output = QStringLiteral("mailflow-cli " MAILFLOW_VERSION "\n");
        return Result::Exit;
    }
    if (parser.isSet(language) && !availableLanguages().contains(parser.value(language)))
        return fail(tr("--lang: unknown language \"%1\"; choose one of %2.")
                        .arg(parser.value(language), availableLanguages().join(u", ")));
    if (!parser.positionalArguments().isEmpty() && !history.takesText(parser))
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    QString why;
    for (const CliOptionGroup *group : readOrder) {
        if (!group->read(parser, options, &why))
            return fail(why);
        if (group == &evidence && options->history.isRequested())
            break;
    }
    return Result::Run;
}

} // namespace mailflow
