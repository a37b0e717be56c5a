// The address, host, header and single-line validators, and printable text, on arbitrary input.
#include "base/addressvalidation.h"
#include "base/printable.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailflow;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const QString shown = printableText(bytes);
    // What is shown can never carry a control character, a line break or a bidi override.
    if (hasControlCharacters(shown) || hasControlCharacters(printableString(text)))
        std::abort();
    const bool mailboxOk = validateMailbox(text).isEmpty();
    validateMailbox(text, true);
    const bool hostOk = validateServerHost(text).isEmpty();
    const bool lineOk = validateSingleLine(text, QStringLiteral("value")).isEmpty();
    const bool headerOk = validateHeaderName(text).isEmpty();
    // Nothing accepted may break a command line or a header.
    const bool breaks = text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0));
    if (breaks && (mailboxOk || hostOk || lineOk || headerOk))
        std::abort();
    return 0;
}
