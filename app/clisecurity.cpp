#include "clisecurity.h"

#include "clioptions.h"
#include "oauthoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mailflow {

namespace {
const QStringList authTypes {QStringLiteral("auto"),     QStringLiteral("plain"),       QStringLiteral("login"),
                             QStringLiteral("cram-md5"), QStringLiteral("scram-sha-1"), QStringLiteral("scram-sha-256"),
                             QStringLiteral("xoauth2"),  QStringLiteral("oauthbearer")};
} // namespace

CliSecurityOptions::CliSecurityOptions()
    : m_tls(QStringLiteral("tls"),
            tr("Security: off, optional (STARTTLS when offered), starttls (required) or implicit (TLS from the "
               "start). Default: implicit on port 465, starttls on 587, optional otherwise."),
            tr("mode"))
    , m_noVerify(QStringLiteral("no-tls-verify"),
                 tr("Go on when the server's certificate fails verification (written in the transcript)."))
    , m_caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("file"))
    , m_clientCert(QStringLiteral("client-cert"), tr("Client certificate (PEM) for servers that ask for one."),
                   tr("file"))
    , m_clientKey(QStringLiteral("client-key"), tr("Private key (PEM) of --client-cert."), tr("file"))
    , m_auth(QStringLiteral("auth"),
             tr("Log in (AUTH) after EHLO: auto (default: the strongest offered), plain, login, cram-md5, "
                "scram-sha-1, scram-sha-256, or with an access token xoauth2 or oauthbearer. Needs --auth-user."),
             tr("type"))
    , m_authUser(QStringLiteral("auth-user"), tr("User name for AUTH (implies --auth)."), tr("user"))
    , m_passwordFile(QStringLiteral("auth-password-file"),
                     tr("Read the AUTH password from the first line of this file. Otherwise it comes from "
                        "$MAILFLOW_PASSWORD or a prompt; never from the command line."),
                     tr("file"))
    , m_allowPlaintext(QStringLiteral("auth-allow-plaintext"),
                       tr("Allow sending the credentials over an unencrypted connection."))
{ }

void CliSecurityOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions(
        {m_tls, m_noVerify, m_caFile, m_clientCert, m_clientKey, m_auth, m_authUser, m_passwordFile, m_allowPlaintext});
}

QStringList CliSecurityOptions::normalizeArguments(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == u"--auth") {
            const QString next = arguments.value(i + 1);
            if (!authTypes.contains(next.toLower())) {
                out << QStringLiteral("--auth=auto");
                continue;
            }
        }
        out << argument;
    }
    return out;
}

QString CliSecurityOptions::exitCodeHelp()
{
    return tr(" 28  AUTH refused or not possible   29  STARTTLS or TLS failed (certificate, handshake)\n");
}

bool CliSecurityOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (options->runsProfiles()) {
        // A profile keeps every setting but the password: the password file applies to each profile.
        options->passwordFile = parser.value(m_passwordFile);
        return true;
    }
    SessionOptions &s = options->session;
    if (parser.isSet(m_tls)) {
        if (!parseTlsMode(parser.value(m_tls), &s.tls.mode) || s.tls.mode == TlsMode::Auto) {
            *error = tr("--tls: use off, optional, starttls or implicit.");
            return false;
        }
    }
    s.tls.verifyCertificate = !parser.isSet(m_noVerify);
    s.tls.caFile = parser.value(m_caFile);
    s.tls.clientCertificateFile = parser.value(m_clientCert);
    s.tls.clientKeyFile = parser.value(m_clientKey);
    if (parser.isSet(m_clientCert) != parser.isSet(m_clientKey)) {
        *error = tr("--client-cert and --client-key go together.");
        return false;
    }
    for (const QString &file : {s.tls.caFile, s.tls.clientCertificateFile, s.tls.clientKeyFile}) {
        if (!file.isEmpty() && !QFile::exists(file)) {
            *error = tr("%1: no such file.").arg(file);
            return false;
        }
    }
    const bool tlsOff = effectiveTlsMode(s.tls.mode, s.port) == TlsMode::Off;
    if (tlsOff && (parser.isSet(m_caFile) || parser.isSet(m_clientCert) || parser.isSet(m_noVerify))) {
        *error = tr("--ca-file, --client-cert and --no-tls-verify need TLS (not --tls off).");
        return false;
    }

    if (parser.isSet(m_auth) || parser.isSet(m_authUser)) {
        const QString type = parser.isSet(m_auth) ? parser.value(m_auth) : QStringLiteral("auto");
        if (!authTypes.contains(type.toLower()) || !parseAuthMechanism(type, &s.auth.mechanism)) {
            *error = tr("--auth: use auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or "
                        "oauthbearer.");
            return false;
        }
        s.auth.user = parser.value(m_authUser);
        if (s.auth.user.isEmpty()) {
            *error = tr("--auth needs --auth-user (the user name to log in with).");
            return false;
        }
    } else if (parser.isSet(m_passwordFile) || parser.isSet(m_allowPlaintext)) {
        *error = tr("--auth-password-file and --auth-allow-plaintext need --auth-user.");
        return false;
    }
    s.auth.allowPlaintext = parser.isSet(m_allowPlaintext);
    options->passwordFile = parser.value(m_passwordFile);
    if (s.stopAfter == StopPoint::Auth && !s.auth.isEnabled()) {
        *error = tr("--quit-after auth needs --auth-user.");
        return false;
    }
    return true;
}

bool promptOnTerminal(const QString &prompt, QString *password)
{
    if (!isatty(STDIN_FILENO))
        return false;
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved {};
    const bool hasTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hasTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line += char(c);
    if (hasTermios)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << "\n";
    err.flush();
    if (line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return true;
}

bool readCliSecret(const QString &file, const QString &option, const char *variable, const QString &prompt,
                   bool mayPrompt, QString *secret, QString *error)
{
    error->clear();
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = CliSecurityOptions::tr("%1: cannot read %2: %3").arg(option, file, f.errorString());
            return false;
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        if (secret->isEmpty()) {
            *error = CliSecurityOptions::tr("%1: %2 is empty.").arg(option, file);
            return false;
        }
        return true;
    }
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        *secret = QString::fromUtf8(fromEnvironment);
        return true;
    }
    return mayPrompt && promptOnTerminal(prompt, secret) && !secret->isEmpty();
}

bool readCliPassword(const CliOptions &options, Credentials *credentials, QString *error)
{
    if (cliUsesToken(options))
        return readCliToken(options, credentials, error);
    if (readCliSecret(options.passwordFile, QStringLiteral("--auth-password-file"), "MAILFLOW_PASSWORD",
                      CliSecurityOptions::tr("Password for %1: ").arg(options.session.auth.user),
                      !options.bodyFromStdin, &credentials->password, error))
        return true;
    if (error->isEmpty())
        *error = CliSecurityOptions::tr(
            "AUTH needs a password: give --auth-password-file FILE or set MAILFLOW_PASSWORD, or run on a "
            "terminal to be asked (it is never taken from the command line).");
    return false;
}

} // namespace mailflow
