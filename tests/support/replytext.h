#pragma once

#include "smtp/replyparser.h"

namespace mailflow::test {

/** The reply in raw as the parser reads it from the wire ("550 5.1.1 ...", lines separated by CRLF). */
inline SmtpReply parseReply(QByteArray raw)
{
    if (!raw.endsWith("\r\n"))
        raw += "\r\n";
    ReplyParser parser;
    parser.feed(raw);
    while (parser.hasEvents()) {
        const ParserEvent event = parser.takeEvent();
        if (event.kind == ParserEvent::Kind::Reply)
            return event.reply;
    }
    return {};
}

} // namespace mailflow::test
