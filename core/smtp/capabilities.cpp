#include "smtp/capabilities.h"

namespace mailflow {

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    const QStringList lines = reply.lines();
    if (lines.isEmpty())
        return caps;
    caps.serverName = lines.first().section(u' ', 0, 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.extensions << line;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString keyword = words.first().toUpper();
        if (keyword == u"SIZE") {
            caps.size = true;
            bool ok = false;
            const qint64 limit = words.size() > 1 ? words.at(1).toLongLong(&ok) : 0;
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == u"PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == u"8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == u"DSN") {
            caps.dsn = true;
        } else if (keyword == u"STARTTLS") {
            caps.startTls = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == u"CHUNKING") {
            caps.chunking = true;
        } else if (keyword == u"BINARYMIME") {
            caps.binaryMime = true;
        } else if (keyword == u"XCLIENT") {
            caps.xclient = true;
            for (const QString &name : words.mid(1))
                caps.xclientAttributes << name.toUpper();
        } else if (keyword == u"AUTH" || keyword.startsWith(u"AUTH=")) {
            QStringList mechanisms = words.mid(1);
            if (keyword.startsWith(u"AUTH="))
                mechanisms = words.first().mid(5).split(u' ', Qt::SkipEmptyParts) + words.mid(1);
            for (const QString &m : std::as_const(mechanisms)) {
                const QString upper = m.toUpper();
                if (!caps.authMechanisms.contains(upper))
                    caps.authMechanisms << upper;
            }
        }
    }
    return caps;
}

bool Capabilities::hasAuthMechanism(const QString &name) const
{
    return authMechanisms.contains(name.toUpper());
}

QString Capabilities::summary() const
{
    return extensions.join(QStringLiteral(", "));
}

} // namespace mailflow
