#pragma once

#include <QByteArrayView>
#include <QString>

namespace mailflow {

/** Decodes server bytes as UTF-8 for a view or a report: control characters become \xNN, line and
 *  paragraph separators and bidirectional overrides \uNNNN, and bytes that are not UTF-8 \xNN, so a
 *  hostile server cannot inject terminal escapes, reorder text or fake lines. */
QString printableText(QByteArrayView bytes);

/** The same escaping for text that is already decoded (what reaches a terminal or a text file). */
QString printableString(QStringView text);

/** True when text has a CR, an LF or another control character (tab excepted), a line or paragraph
 *  separator or a bidirectional override: what printableText() would escape. */
bool hasControlCharacters(QStringView text);

} // namespace mailflow
