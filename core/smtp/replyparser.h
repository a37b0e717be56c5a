#pragma once

#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace mailflow {

/** What the parser made of the bytes fed so far. */
struct ParserEvent
{
    enum class Kind {
        Line, ///< one complete line was received (text is the line, for the transcript)
        Reply, ///< a reply is complete
        Violation, ///< the server broke the protocol in a way that can be tolerated (text says how)
        Error, ///< the current reply is unusable (text says why); parsing goes on with the next line
    };
    Kind kind = Kind::Line;
    /** What a Violation or an Error says; for a Line, see lineText(). */
    QString text;
    SmtpReply reply;

    /** A Line's bytes as the server sent them, without the line end. */
    QByteArrayView lineBytes() const;
    /** A Line as the transcript shows it: made printable only when asked, so parsing itself
     *  allocates no string per line. */
    QString lineText() const;

private:
    friend class ReplyParser;
    // The bytes live in a block the parser shares with every event cut from it: no copy per line,
    // and an event stays readable after the parser has moved on.
    std::shared_ptr<const char[]> m_block;
    qsizetype m_lineAt = -1;
    qsizetype m_lineSize = 0;
};

/**
 * Incremental, socket-free parser of SMTP replies. Buffers at most one line
 * (MaxLineLength) and one reply (MaxReplyLines lines) whatever the server sends.
 */
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::ReplyParser)
public:
    static constexpr qsizetype MaxLineLength = 4096;
    static constexpr qsizetype MaxReplyLines = 1000;

    void feed(QByteArrayView data);
    bool hasEvents() const { return m_next < qsizetype(m_events.size()); }
    ParserEvent takeEvent();
    /** Forgets any partial line or reply (after a reconnect). */
    void reset();
    /** A reply has begun and not ended. */
    bool isInsideReply() const { return m_currentLines > 0; }

private:
    void handleLine(QByteArrayView line, bool bareLf);
    void handleCarriedLine(bool bareLf);
    ParserEvent &nextEvent(ParserEvent::Kind kind);
    void emitEvent(ParserEvent::Kind kind, QString text);
    void emitLine(QByteArrayView line);
    void emitReply();
    void failReply(const QString &why);

    QByteArray m_line;
    bool m_discardingLongLine = false;
    bool m_pendingCr = false;
    bool m_bareCr = false;
    SmtpReply m_current;
    qsizetype m_currentLines = 0;
    bool m_discardingReply = false;
    std::vector<ParserEvent> m_events;
    qsizetype m_next = 0;
    std::shared_ptr<char[]> m_block;
    qsizetype m_blockSize = 0;
    qsizetype m_blockUsed = 0;
};

} // namespace mailflow
