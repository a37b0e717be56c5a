#include "aiosmtpdfixture.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace mailflow::test {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue v : array)
        out << v.toString();
    return out;
}

} // namespace

AiosmtpdFixture::AiosmtpdFixture(const QHostAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
{ }

AiosmtpdFixture::~AiosmtpdFixture()
{
    stop();
}

QString AiosmtpdFixture::scriptPath()
{
    return testsDir() + QStringLiteral("/support/aiosmtpd_server.py");
}

void AiosmtpdFixture::addReply(const QString &command, const QString &reply, const QString &argument, int times)
{
    m_replies << QStringLiteral("--reply-rule") << command << argument << QString::number(times) << reply;
}

void AiosmtpdFixture::addCloseAfter(const QString &command, const QString &argument)
{
    m_closeAfter << QStringLiteral("--close-after") << (argument.isEmpty() ? command : command + u':' + argument);
}

void AiosmtpdFixture::setTls(const QString &certificatePem, const QString &keyPem, bool requireStartTls,
                             bool implicitTls)
{
    m_tlsCert = certificatePem;
    m_tlsKey = keyPem;
    m_requireStartTls = requireStartTls;
    m_implicitTls = implicitTls;
}

void AiosmtpdFixture::setAuth(const QString &user, const QString &password, bool allowWithoutTls, bool required)
{
    m_authUser = user;
    m_authPassword = password;
    m_authWithoutTls = allowWithoutTls;
    m_authRequired = required;
}

bool AiosmtpdFixture::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_port = 0;
    m_stdout.clear();
    m_stderr.clear();
    if (!QFileInfo(python()).isExecutable()) {
        m_error
            = QStringLiteral("%1 not found: install python3 and python3-aiosmtpd (tools/setup.sh does)").arg(python());
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a message directory: ") + m_dir->errorString();
            return false;
        }
    }

    // -I: isolated from PYTHON* variables, user site-packages and the script's own directory.
    QStringList args {QStringLiteral("-I"),     QStringLiteral("-u"),         scriptPath(),
                      QStringLiteral("--host"), m_address.toString(),         QStringLiteral("--port"),
                      QStringLiteral("0"),      QStringLiteral("--save-dir"), m_dir->path()};
    if (!m_hostname.isEmpty())
        args << QStringLiteral("--hostname") << m_hostname;
    args << m_replies << m_closeAfter;
    for (const QString &keyword : std::as_const(m_ehloExtra))
        args << QStringLiteral("--ehlo-extra") << keyword;
    if (m_dsn)
        args << QStringLiteral("--dsn");
    if (m_smtpUtf8)
        args << QStringLiteral("--smtputf8");
    if (m_sizeLimit >= 0)
        args << QStringLiteral("--size-limit") << QString::number(m_sizeLimit);
    if (!m_tlsCert.isEmpty()) {
        args << QStringLiteral("--tls-cert") << m_tlsCert << QStringLiteral("--tls-key") << m_tlsKey;
        if (m_requireStartTls)
            args << QStringLiteral("--require-starttls");
        if (m_implicitTls)
            args << QStringLiteral("--implicit-tls");
    }
    if (!m_authUser.isEmpty()) {
        args << QStringLiteral("--auth-user") << m_authUser << QStringLiteral("--auth-password") << m_authPassword;
        if (m_authWithoutTls)
            args << QStringLiteral("--auth-allow-plaintext");
        if (m_authRequired)
            args << QStringLiteral("--auth-required");
    }
    args << m_extraArgs;
    m_arguments = QStringList {python()} + args;

    m_process = new QProcess(this);
    // stdin stays an open pipe: the server exits when it closes, so it never outlives a crashed test.
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_stdout += m_process->readAllStandardOutput();
        if (m_port != 0)
            return;
        const QList<QByteArray> lines = m_stdout.split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const uint port = line.startsWith("ready ") ? line.mid(6).trimmed().toUInt(&ok) : 0;
            if (ok && port > 0 && port < 65536)
                m_port = static_cast<quint16>(port);
        }
    });
    bool exited = false;
    QObject guard; // context of the connections to this function's locals: they end with it
    connect(m_process, &QProcess::finished, &guard, [&exited] { exited = true; });
    connect(m_process, &QProcess::errorOccurred, &guard, [&exited](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            exited = true;
    });
    m_process->start(python(), args);
    (void)QTest::qWaitFor([&] { return m_port != 0 || exited; }, timeoutMs);
    if (m_port != 0)
        return true;
    m_error = QStringLiteral("%1 %2 within %3 ms: %4")
                  .arg(m_arguments.join(u' '),
                       exited ? QStringLiteral("exited before it was ready") : QStringLiteral("was not ready"))
                  .arg(timeoutMs)
                  .arg(QString::fromLocal8Bit(output()));
    stop();
    return false;
}

void AiosmtpdFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    m_process->disconnect(this);
    delete m_process;
    m_process = nullptr;
}

bool AiosmtpdFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray AiosmtpdFixture::output() const
{
    if (m_process) {
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
    }
    return m_stdout + m_stderr;
}

QString AiosmtpdFixture::messageDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QList<ReceivedMessage> AiosmtpdFixture::messages() const
{
    QList<ReceivedMessage> out;
    if (!m_dir)
        return out;
    const QDir dir(m_dir->path());
    // NNNN.json is renamed into place after NNNN.eml is written: its presence means both are complete.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile meta(dir.filePath(name));
        QFile content(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".eml")));
        if (!meta.open(QIODevice::ReadOnly) || !content.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        ReceivedMessage m;
        m.mailFrom = o.value(QLatin1String("mail_from")).toString();
        m.mailOptions = toStringList(o.value(QLatin1String("mail_options")));
        m.rcptTos = toStringList(o.value(QLatin1String("rcpt_tos")));
        const QJsonArray perRecipient = o.value(QLatin1String("rcpt_options")).toArray();
        for (const QJsonValue v : perRecipient)
            m.rcptOptions << toStringList(v);
        m.helo = o.value(QLatin1String("helo")).toString();
        m.peerAddress = o.value(QLatin1String("peer")).toArray().at(0).toString();
        m.tls = o.value(QLatin1String("tls")).toBool();
        m.authUser = o.value(QLatin1String("auth_user")).toString();
        m.reply = o.value(QLatin1String("reply")).toString();
        m.content = content.readAll();
        out << m;
    }
    return out;
}

} // namespace mailflow::test
