#include "smtp/mimeattachment.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace mailflow {

qint64 base64EncodedSize(qint64 size)
{
    const qint64 fullLines = size / Base64LineInput;
    const qint64 rest = size % Base64LineInput;
    return fullLines * 78 + (rest > 0 ? (rest + 2) / 3 * 4 + 2 : 0);
}

QByteArray base64Lines(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(base64EncodedSize(raw.size()));
    for (qsizetype pos = 0; pos < raw.size(); pos += Base64LineInput) {
        out += raw.sliced(pos, qMin<qsizetype>(Base64LineInput, raw.size() - pos)).toByteArray().toBase64();
        out += "\r\n";
    }
    return out;
}

QByteArray mimeBoundary()
{
    // "=_" cannot occur in base64 or in quoted-printable text (RFC 2045 §6.7 note 8).
    return "=_mailflow_" + QUuid::createUuid().toRfc4122().toHex();
}

QByteArray mimeParameter(const QByteArray &attribute, const QString &value)
{
    bool printable = true;
    for (QChar c : value)
        printable = printable && c.unicode() >= 0x20 && c.unicode() <= 0x7e;
    if (printable) {
        QByteArray quoted = value.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        return attribute + "=\"" + quoted + '"';
    }
    return attribute + "*=UTF-8''" + value.toUtf8().toPercentEncoding();
}

QByteArray attachmentPartHeader(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    const QByteArray typeName = type.isValid() ? type.name().toLatin1() : QByteArrayLiteral("application/octet-stream");
    return "Content-Type: " + typeName + ";\r\n " + mimeParameter("name", name)
        + "\r\nContent-Disposition: attachment;\r\n " + mimeParameter("filename", name)
        + "\r\nContent-Transfer-Encoding: base64\r\n\r\n";
}

} // namespace mailflow
