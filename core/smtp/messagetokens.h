#pragma once

#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mailflow {

/**
 * The tokens a message may hold, as swaks users write them: %DATE%, %MESSAGEID%, %FROM_ADDRESS%,
 * %TO_ADDRESS% in headers and the body, %NEWLINE% in the body only. The values are fixed when the object is
 * made, so the measured message and the sent one are the same and the generated Date and Message-ID headers
 * agree with the tokens.
 */
class MessageTokens
{
public:
    MessageTokens(const SessionOptions &options, const QDateTime &now);

    /** RFC 5322 date-time, e.g. "Tue, 05 Mar 2024 10:11:12 +0100". */
    QByteArray date() const { return m_date; }
    /** id-left@domain, without the angle brackets (as swaks' %MESSAGEID%: "Message-ID: <%MESSAGEID%>"). */
    QByteArray messageId() const { return m_messageId; }

    /** A header value with its tokens replaced (%NEWLINE% stays: a header is one line). */
    QString expandHeader(const QString &value) const;
    /**
     * The next piece of a streamed body with its tokens replaced. A possible token cut by the end of
     * input is held in carry for the next call; flush it with the last call's carry. Returns input itself
     * (no copy) when it has no '%' and nothing is carried.
     */
    QByteArray expandStream(const QByteArray &input, QByteArray &carry) const;

    /** The token names, for --help. */
    static QString names();

    static QByteArray rfc5322Date(const QDateTime &now);

private:
    struct Token
    {
        QByteArray name;
        QByteArray value;
        bool inHeaders = true;
    };
    QList<Token> m_tokens;
    QByteArray m_date;
    QByteArray m_messageId;
};

} // namespace mailflow
