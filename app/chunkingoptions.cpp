#include "chunkingoptions.h"

#include "clioptions.h"
#include "profileconflict.h"

#include <QCommandLineParser>

namespace mailflow {

ChunkingCliOptions::ChunkingCliOptions()
    : m_bdat(QStringLiteral("bdat"),
             tr("Send the message with BDAT chunks instead of DATA: auto (when the server offers CHUNKING), force "
                "(even when it does not) or off (default). With BDAT nothing is dot-stuffed, and BODY=BINARYMIME is "
                "declared for 8-bit content when the server offers it."),
             tr("MODE"))
    , m_chunkSize(QStringLiteral("bdat-chunk-size"),
                  tr("Bytes in each BDAT chunk but the last (a number, or with k or M); default: the whole message "
                     "up to 1 MiB in one chunk, else chunks of 1 MiB."),
                  tr("BYTES"))
{ }

void ChunkingCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_bdat);
    parser->addOption(m_chunkSize);
}

bool ChunkingCliOptions::parseByteCount(const QString &text, qint64 *bytes)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (digits.endsWith(u'k', Qt::CaseInsensitive))
        unit = 1024;
    else if (digits.endsWith(u'M'))
        unit = 1024 * 1024;
    if (unit != 1)
        digits.chop(1);
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    // At most 1 GiB: a chunk is a count the server must read whole before it answers.
    if (!ok || value <= 0 || value > (qint64(1) << 30) / unit)
        return false;
    *bytes = value * unit;
    return true;
}

bool ChunkingCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options, {&m_bdat, &m_chunkSize}, error))
        return false;
    if (options->runsProfiles())
        return true;
    SessionOptions &s = options->session;
    if (parser.isSet(m_bdat) && !parseBdatMode(parser.value(m_bdat), &s.bdat)) {
        *error = tr("--bdat: use auto, force or off.");
        return false;
    }
    if (!parser.isSet(m_chunkSize))
        return true;
    if (!parseByteCount(parser.value(m_chunkSize), &s.bdatChunkSize)) {
        *error = tr("--bdat-chunk-size: give a number of bytes from 1 to 1G, such as 65536, 64k or 1M.");
        return false;
    }
    if (s.bdat == BdatMode::Off) {
        *error = tr("--bdat-chunk-size needs --bdat auto or --bdat force.");
        return false;
    }
    return true;
}

} // namespace mailflow
