#include "postfixfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailflow::test {

namespace {

QString policyLines(PostfixFixture::Policy policy)
{
    if (policy == PostfixFixture::Policy::Open)
        return QStringLiteral("mynetworks = 127.0.0.0/8\n"
                              "local_recipient_maps =\n");
    // A loopback network the client never connects from: postfix treats the test as a stranger.
    return QStringLiteral("mynetworks = 127.255.255.254/32\n"
                          "smtpd_reject_unlisted_recipient = yes\n"
                          "local_recipient_maps = inline:{ known=ok }\n");
}

const char *const masterServices = R"(pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
)";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

PostfixFixture::PostfixFixture(Policy policy)
    : m_policy(policy)
{ }

PostfixFixture::~PostfixFixture()
{
    stop();
}

QString PostfixFixture::unavailableReason()
{
    if (geteuid() != 0)
        return QStringLiteral("a private postfix instance needs root");
    if (!getpwnam("postfix"))
        return QStringLiteral("no postfix user (install the postfix package)");
    if (!QFile::exists(QStringLiteral("/usr/sbin/postfix")))
        return QStringLiteral("postfix is not installed");
    return {};
}

bool PostfixFixture::postfix(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/sbin/postfix"),
                  QStringList {QStringLiteral("-c"), m_dir->filePath(QStringLiteral("conf"))} + arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        m_error = QStringLiteral("postfix %1 failed: %2 %3")
                      .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()), log());
        return false;
    }
    return true;
}

bool PostfixFixture::start(const QString &certificatePem, const QString &keyPem)
{
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    // postfix's processes run as the postfix user and must reach the queue below this directory.
    ::chmod(QFile::encodeName(root).constData(), 0755);
    for (const char *sub : {"conf", "queue", "data"})
        QDir(root).mkdir(QString::fromLatin1(sub));
    const passwd *user = getpwnam("postfix");
    if (::chown(QFile::encodeName(root + QStringLiteral("/data")).constData(), user->pw_uid, user->pw_gid) != 0) {
        m_error = QStringLiteral("cannot give the data directory to postfix");
        return false;
    }
    const QString cert = root + QStringLiteral("/conf/server.pem");
    const QString key = root + QStringLiteral("/conf/server.key");
    if (!QFile::copy(certificatePem, cert) || !QFile::copy(keyPem, key)) {
        m_error = QStringLiteral("cannot copy the certificate");
        return false;
    }
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);

    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QTcpServer probe; // a free port; closed again before postfix binds it
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_error = probe.errorString();
                return false;
            }
            m_port = probe.serverPort();
        }
        const QString main
            = QStringLiteral("compatibility_level = 3.6\n"
                             "queue_directory = %1/queue\n"
                             "data_directory = %1/data\n"
                             "command_directory = /usr/sbin\n"
                             "daemon_directory = /usr/lib/postfix/sbin\n"
                             "shlib_directory = /usr/lib/postfix\n"
                             "mail_owner = postfix\n"
                             "setgid_group = postdrop\n"
                             "inet_interfaces = 127.0.0.1\n"
                             "inet_protocols = ipv4\n"
                             "myhostname = postfix.test\n"
                             "mydomain = postfix.test\n"
                             "mydestination = postfix.test\n"
                             "%2"
                             "relay_domains =\n"
                             "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n"
                             "alias_maps =\n"
                             "alias_database =\n"
                             "default_transport = discard:mailflow test\n"
                             "local_transport = discard:mailflow test\n"
                             "smtpd_tls_cert_file = %1/conf/server.pem\n"
                             "smtpd_tls_key_file = %1/conf/server.key\n"
                             "smtpd_tls_security_level = may\n"
                             "smtpd_peername_lookup = no\n"
                             "maillog_file_prefixes = %1\n"
                             "maillog_file = %1/data/maillog\n"
                             "smtputf8_enable = %3\n"
                             "biff = no\n")
                  .arg(root, policyLines(m_policy), m_smtpUtf8 ? QStringLiteral("yes") : QStringLiteral("no"))
            + (m_upstreamProxy ? QStringLiteral("smtpd_upstream_proxy_protocol = haproxy\n") : QString())
            + m_extraConfig;
        const QString master
            = QStringLiteral("127.0.0.1:%1 inet n - n - - smtpd\n").arg(m_port) + QString::fromLatin1(masterServices);
        if (!writeFile(root + QStringLiteral("/conf/main.cf"), main.toUtf8())
            || !writeFile(root + QStringLiteral("/conf/master.cf"), master.toUtf8())) {
            m_error = QStringLiteral("cannot write the postfix configuration");
            return false;
        }
        if (!postfix({QStringLiteral("start")}))
            return false;
        m_running = true;
        if (waitForGreeting(15'000))
            return true;
        stop();
    }
    m_error = QStringLiteral("postfix did not greet on 127.0.0.1:%1: %2").arg(m_port).arg(log());
    return false;
}

bool PostfixFixture::waitForGreeting(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(1000)) {
            if (m_upstreamProxy)
                socket.write("PROXY TCP4 127.0.0.1 127.0.0.1 1 25\r\n");
            while (socket.waitForReadyRead(3000)) {
                if (socket.canReadLine()) {
                    const bool ok = socket.readLine().startsWith("220 postfix.test");
                    socket.write("QUIT\r\n");
                    socket.waitForBytesWritten(1000);
                    return ok;
                }
            }
        }
        QThread::msleep(100);
    }
    return false;
}

void PostfixFixture::stop()
{
    if (!m_running)
        return;
    m_running = false;
    postfix({QStringLiteral("stop")});
    // Wait until master has gone, so the temporary directory can be removed.
    const QString lock = m_dir->filePath(QStringLiteral("data/master.lock"));
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        QFile file(lock);
        if (!file.open(QIODevice::ReadOnly))
            break;
        const pid_t pid = file.readAll().trimmed().toInt();
        if (pid <= 0 || ::kill(pid, 0) != 0)
            break;
        QThread::msleep(50);
    }
}

QString PostfixFixture::log() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(QStringLiteral("data/maillog")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

} // namespace mailflow::test
