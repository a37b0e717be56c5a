#pragma once

#include <QByteArrayView>
#include <QString>

namespace mailflow {

/** Decodes server bytes as UTF-8 and shows control characters as \xNN, so a hostile
 *  server cannot inject terminal escapes or fake lines into a view or a report. */
QString printableText(QByteArrayView bytes);

/** True when text has a CR, an LF or another control character (tab excepted). */
bool hasControlCharacters(QStringView text);

} // namespace mailflow
