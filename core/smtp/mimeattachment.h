#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mailflow {

/** Bytes of input per 76-character base64 line (RFC 2045 §6.8). */
constexpr qint64 Base64LineInput = 57;

/** The size of size bytes in base64 lines of 76 characters, each ending in CRLF. */
qint64 base64EncodedSize(qint64 size);
/** raw in base64 lines of 76 characters with CRLF; raw's size must be a multiple of 57 except for the last piece. */
QByteArray base64Lines(QByteArrayView raw);

/** A fresh multipart boundary, never found in base64 or in text Mailflow writes. */
QByteArray mimeBoundary();

/**
 * The part header of a file sent as an attachment: Content-Type from its name and content (QMimeDatabase),
 * Content-Disposition with the file name (RFC 2231 encoded when it is not ASCII), base64, the blank line.
 */
QByteArray attachmentPartHeader(const QString &path);

/** attribute="value", or attribute*=UTF-8''percent-encoded (RFC 2231) for a value that is not printable ASCII. */
QByteArray mimeParameter(const QByteArray &attribute, const QString &value);

} // namespace mailflow
