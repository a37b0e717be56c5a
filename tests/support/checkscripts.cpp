#include "checkscripts.h"

namespace mailflow::test {

QStringList spfRefusalScript()
{
    return {QStringLiteral("S: 220 mx.rcpt.test ESMTP"),
            QStringLiteral("C: ~EHLO .*"),
            QStringLiteral("S: 250-mx.rcpt.test Hello mail.client.test [203.0.113.5]"),
            QStringLiteral("S: 250 8BITMIME"),
            QStringLiteral("C: MAIL FROM:<a@sender.test>"),
            QStringLiteral("S: 250 2.1.0 Ok"),
            QStringLiteral("C: RCPT TO:<b@rcpt.test>"),
            QStringLiteral("S: 550 5.7.23 <b@rcpt.test>: Recipient address rejected: SPF check failed for 203.0.113.5"),
            QStringLiteral("C: QUIT"),
            QStringLiteral("S: 221 2.0.0 Bye")};
}

} // namespace mailflow::test
