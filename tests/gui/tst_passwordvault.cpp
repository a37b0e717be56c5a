#include "connectpage.h"
#include "diagnosis/catalogexplainer.h"
#include "passwordvault.h"
#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mailflow;

namespace {
const QString Secret = QStringLiteral("Vault-Secret-4711");

/** True when any file under dir contains the secret. */
bool anyFileContains(const QString &dir, const QByteArray &secret)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            return true;
    }
    return false;
}
} // namespace

/** Remembering a password goes to the desktop's secret store or nowhere: never to a file of ours. */
class TestPasswordVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No secret store on this machine (no D-Bus session): the "it still works" case.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void storeWithoutSecretStoreFailsCleanly()
    {
        PasswordVault vault;
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy stored(&vault, &PasswordVault::stored);
        const QString key = PasswordVault::keyFor(QStringLiteral("helpdesk@example.com"), QStringLiteral("mx.test"));
        vault.store(key, Secret);
        QVERIFY(failed.wait(10000));
        QCOMPARE(stored.count(), 0);
        QCOMPARE(failed.first().at(0).toString(), key);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(!failed.first().at(1).toString().contains(Secret));
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation})
            QVERIFY(!anyFileContains(QStandardPaths::writableLocation(location), Secret.toUtf8()));
    }

    void fetchWithoutSecretStoreFailsCleanly()
    {
        PasswordVault vault;
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy fetched(&vault, &PasswordVault::fetched);
        vault.fetch(PasswordVault::keyFor(QStringLiteral("nobody"), QStringLiteral("mx.test")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(fetched.count(), 0);
    }

    void connectPageStillWorksAndSaysWhy()
    {
        SocketTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        ConnectPage page(&session);
        page.userField()->setText(QStringLiteral("helpdesk@example.com"));
        page.passwordField()->setText(Secret);
        page.rememberBox()->setChecked(true);
        page.findChild<QCheckBox *>(QStringLiteral("authBox"))->setChecked(true);
        page.rememberPasswordIfAsked();
        QTRY_VERIFY_WITH_TIMEOUT(!page.keyringStatus()->text().isEmpty(), 10000);
        QVERIFY(!page.keyringStatus()->text().contains(Secret));
        // The test still has its password: it is just asked for each time.
        QCOMPARE(page.credentials().password, Secret);
        QVERIFY(page.isComplete());
    }
};

QTEST_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"
