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
    /** The reply as received, every line with its code and its line end: the lines are read from it
     *  when asked, so parsing a reply allocates one buffer however many lines it has. */
    QByteArray raw;

    /** How many lines the reply has. */
    qsizetype lineCount() const;
    /** Text of line i after "ddd-" or "ddd ", enhanced code included, as the server sent it (made
     *  printable); empty when there is no such line. */
    QString line(qsizetype i) const;
    /** Every line, as line() gives it. */
    QStringList lines() const;
    /** Replaces the lines (a reloaded or redacted reply), rewriting raw with the code. */
    void setLines(const QStringList &lines);

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
