// The whole session against a random server: the input is what the server sends, in chunks, while the
// session runs its plan (EHLO, STARTTLS when offered, AUTH, envelope, DATA, QUIT) over the fake transport.
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/verdict.h"
#include "faketransport.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {
QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "fuzz_session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return &app;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailflow;
    application();
    if (size < 1)
        return 0;
    test::FakeTransport transport;
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions o;
    o.host = QStringLiteral("mx.test.example");
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("helpdesk@test.example");
    o.recipients
        = {Recipient {QStringLiteral("a@test.example"), {}, {}}, Recipient {QStringLiteral("b@test.example"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello\n.\nBye\n");
    o.timeouts = Timeouts::uniform(3'600'000); // no timer may fire during one input
    // The first byte picks the options.
    const uint8_t flags = data[0];
    o.tls.mode = (flags & 1) ? TlsMode::Optional : TlsMode::Off;
    o.tls.verifyCertificate = false;
    if (flags & 2) {
        o.auth.mechanism = (flags & 4) ? AuthMechanism::Login : AuthMechanism::CramMd5;
        o.auth.user = QStringLiteral("user");
        o.auth.allowPlaintext = true;
    }
    session.setOptions(o);
    session.setCredentials(Credentials {QStringLiteral("secret")});
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QCoreApplication::processEvents();
    // The rest is what the server sends; each "\xff\xfe" marks a pause in which the client may speak.
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    qsizetype pos = 0;
    while (pos <= bytes.size() && transport.isConnected()) {
        qsizetype end = bytes.indexOf("\xff\xfe", pos);
        if (end < 0)
            end = bytes.size();
        transport.injectRead(bytes.mid(pos, end - pos));
        QCoreApplication::processEvents();
        pos = end + 2;
    }
    if (transport.isConnected())
        transport.simulateRemoteClose();
    QCoreApplication::processEvents();
    evaluateOutcome(session);
    return 0;
}
