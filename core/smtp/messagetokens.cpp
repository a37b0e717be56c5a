#include "smtp/messagetokens.h"

#include <QLocale>
#include <QUuid>

#include <cstring>

namespace mailflow {

namespace {
QString messageIdDomain(const SessionOptions &options)
{
    const qsizetype at = options.mailFrom.lastIndexOf(u'@');
    if (at >= 0 && at + 1 < options.mailFrom.size())
        return options.mailFrom.mid(at + 1);
    if (!options.ehloName.isEmpty())
        return options.ehloName;
    return QStringLiteral("mailflow.invalid");
}
} // namespace

QByteArray MessageTokens::rfc5322Date(const QDateTime &now)
{
    const int offset = now.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone).toUtf8();
}

MessageTokens::MessageTokens(const SessionOptions &options, const QDateTime &now)
    : m_date(rfc5322Date(now))
    , m_messageId(QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + '@' + messageIdDomain(options).toUtf8())
{
    QStringList to;
    for (const Recipient &r : options.recipients)
        to << r.address;
    m_tokens = {{QByteArrayLiteral("%DATE%"), m_date},
                {QByteArrayLiteral("%MESSAGEID%"), m_messageId},
                {QByteArrayLiteral("%FROM_ADDRESS%"), options.mailFrom.toUtf8()},
                {QByteArrayLiteral("%TO_ADDRESS%"), to.join(QStringLiteral(", ")).toUtf8()},
                {QByteArrayLiteral("%NEWLINE%"), QByteArrayLiteral("\r\n"), false}};
}

QString MessageTokens::names()
{
    return QStringLiteral("%DATE%, %MESSAGEID%, %FROM_ADDRESS%, %TO_ADDRESS%, %NEWLINE%");
}

QString MessageTokens::expandHeader(const QString &value) const
{
    if (!value.contains(u'%'))
        return value;
    QString out = value;
    for (const Token &token : m_tokens) {
        if (token.inHeaders)
            out.replace(QString::fromLatin1(token.name), QString::fromUtf8(token.value));
    }
    return out;
}

QByteArray MessageTokens::expandStream(const QByteArray &input, QByteArray &carry) const
{
    if (carry.isEmpty() && !memchr(input.constData(), '%', size_t(input.size())))
        return input;
    const QByteArray data = carry + input;
    carry.clear();
    QByteArray out;
    out.reserve(data.size());
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype percent = data.indexOf('%', pos);
        if (percent < 0) {
            out.append(data.constData() + pos, data.size() - pos);
            break;
        }
        out.append(data.constData() + pos, percent - pos);
        const QByteArrayView rest(data.constData() + percent, data.size() - percent);
        const Token *match = nullptr;
        bool partial = false;
        for (const Token &token : m_tokens) {
            if (rest.startsWith(token.name))
                match = &token;
            else if (rest.size() < token.name.size() && QByteArrayView(token.name).startsWith(rest))
                partial = true;
        }
        if (match) {
            out += match->value;
            pos = percent + match->name.size();
        } else if (partial && !input.isEmpty()) {
            // Only at the end of the data: the next piece decides.
            carry = rest.toByteArray();
            break;
        } else {
            out += '%';
            pos = percent + 1;
        }
    }
    return out;
}

} // namespace mailflow
