#include "fakereplies.h"

#include "faketransport.h"

namespace mailflow::test {

void replyLikeAServer(FakeTransport *transport, std::function<QByteArray(const QByteArray &written)> reply)
{
    QObject::connect(
        transport, &Transport::connected, transport,
        [transport] { transport->injectRead("220 fake.example.test ESMTP\r\n"); }, Qt::QueuedConnection);
    QObject::connect(
        transport, &FakeTransport::wrote, transport,
        [transport, reply = std::move(reply)](const QByteArray &bytes) { transport->injectRead(reply(bytes)); },
        Qt::QueuedConnection);
}

} // namespace mailflow::test
