#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mailflow {

/** RFC 3463 enhanced status code, class.subject.detail (e.g. 5.7.1). */
struct EnhancedStatus
{
    int statusClass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return statusClass != 0; }
    QString toString() const;
    /** Reads a code at the start of text; returns an invalid status when there is none. */
    static EnhancedStatus parse(QStringView text, qsizetype *length = nullptr);
    friend bool operator==(const EnhancedStatus &, const EnhancedStatus &) = default;
};

/** One complete (possibly multiline) reply from an SMTP server. */
struct SmtpReply
{
    int code = 0;
    EnhancedStatus status;
    /** Text of each line after "ddd-" or "ddd ", enhanced code included, as the server sent it. */
    QStringList lines;
    QByteArray raw;

    bool isValid() const { return code >= 100 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }
    /** All lines joined by a space, without the enhanced status of each line. */
    QString text() const;
    /** "550 5.7.1 Relaying denied" — the first line as a person reads it. */
    QString summary() const;
};

} // namespace mailflow

Q_DECLARE_METATYPE(mailflow::SmtpReply)
