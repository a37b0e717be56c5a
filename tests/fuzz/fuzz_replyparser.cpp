// The reply parser fed a server's byte stream, cut into chunks where the input says.
#include "smtp/replyparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailflow;
    ReplyParser parser;
    // The first byte chooses the chunk size, so lines split across reads are covered too.
    const qsizetype chunk = size ? qsizetype(data[0] % 64) + 1 : 1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (qsizetype pos = size ? 1 : 0; pos < bytes.size(); pos += chunk) {
        parser.feed(bytes.sliced(pos, qMin(chunk, bytes.size() - pos)));
        while (parser.hasEvents()) {
            const ParserEvent event = parser.takeEvent();
            if (event.kind == ParserEvent::Kind::Reply) {
                Q_ASSERT(event.reply.code >= 200 && event.reply.code <= 599);
                Q_ASSERT(!event.reply.lines().isEmpty());
                Q_ASSERT(event.reply.lines().size() <= ReplyParser::MaxReplyLines);
            }
        }
    }
    return 0;
}
