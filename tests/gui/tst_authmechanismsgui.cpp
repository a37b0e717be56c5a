// The Connect page's login part: SCRAM and the OAuth mechanisms in the list, the masked field taking
// the access token for XOAUTH2/OAUTHBEARER, and LOGIN's initial response as an option of LOGIN only.
#include "connectpage.h"
#include "diagnosis/catalogexplainer.h"
#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace mailflow;

class TstAuthMechanismsGui : public QObject
{
    Q_OBJECT

private:
    static QString passwordLabel(const ConnectPage &page)
    {
        for (const QLabel *label : page.findChildren<QLabel *>())
            if (label->buddy() == page.passwordField())
                return label->text();
        return {};
    }

private Q_SLOTS:
    void mechanisms()
    {
        SocketTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        ConnectPage page(&session);
        page.authBox()->setChecked(true);
        page.userField()->setText(QStringLiteral("alice@example.com"));
        page.passwordField()->setText(QStringLiteral("secret-or-token"));
        QComboBox *box = page.mechanismBox();
        for (AuthMechanism m :
             {AuthMechanism::ScramSha1, AuthMechanism::ScramSha256, AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer})
            QVERIFY(box->findData(int(m)) >= 0);

        box->setCurrentIndex(box->findData(int(AuthMechanism::XOAuth2)));
        QVERIFY(page.credentials().isToken);
        QCOMPARE(page.credentials().password, QStringLiteral("secret-or-token"));
        QCOMPARE(passwordLabel(page), QStringLiteral("Access &token:"));
        QCOMPARE(page.passwordField()->echoMode(), QLineEdit::Password);
        QVERIFY(page.loginInitialResponseBox()->isHidden());

        box->setCurrentIndex(box->findData(int(AuthMechanism::ScramSha256)));
        QVERIFY(!page.credentials().isToken);
        QCOMPARE(passwordLabel(page), QStringLiteral("Pass&word:"));
        SessionOptions o;
        page.applyTo(o);
        QCOMPARE(o.auth.mechanism, AuthMechanism::ScramSha256);

        box->setCurrentIndex(box->findData(int(AuthMechanism::Login)));
        QVERIFY(!page.loginInitialResponseBox()->isHidden());
        page.loginInitialResponseBox()->setChecked(true);
        page.applyTo(o);
        QVERIFY(o.auth.loginInitialResponse);
        // Only LOGIN has an initial response to choose.
        box->setCurrentIndex(box->findData(int(AuthMechanism::Plain)));
        page.applyTo(o);
        QVERIFY(!o.auth.loginInitialResponse);
    }
};

QTEST_MAIN(TstAuthMechanismsGui)
#include "tst_authmechanismsgui.moc"
