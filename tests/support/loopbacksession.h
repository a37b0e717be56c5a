#pragma once

#include "smtp/sessionoptions.h"

namespace mailflow::test {

/** A whole plain-text test against a server on 127.0.0.1:port: one sender, one recipient, a one-line body,
 *  5 s for every stage. Suites add what their feature needs. */
inline SessionOptions loopbackSession(quint16 port)
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("a@b.test");
    o.recipients = {Recipient {QStringLiteral("c@d.test"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello.\n");
    o.timeouts = Timeouts::uniform(5000);
    o.tls.mode = TlsMode::Off;
    return o;
}

} // namespace mailflow::test
