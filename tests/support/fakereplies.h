#pragma once

#include <QByteArray>

#include <functional>

namespace mailflow::test {

class FakeTransport;

/** Makes transport answer as a server: "220" once connected, then reply(bytes written) to each write (queued). */
void replyLikeAServer(FakeTransport *transport, std::function<QByteArray(const QByteArray &written)> reply);

} // namespace mailflow::test
