#include "dumpmailoptions.h"

#include "clioptions.h"
#include "diagnosis/exitcodes.h"
#include "profileconflict.h"
#include "smtp/messagesource.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace mailflow {

DumpMailCliOptions::DumpMailCliOptions()
    : m_dumpMail(QStringLiteral("dump-mail"),
                 tr("Print the message that would be sent (headers, body, attachments, tokens filled) and exit "
                    "without connecting."))
{ }

void DumpMailCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_dumpMail);
}

bool DumpMailCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options, {&m_dumpMail}, error))
        return false;
    options->dumpMail = parser.isSet(m_dumpMail);
    return true;
}

int DumpMailCliOptions::dump(const SessionOptions &options)
{
    // The bytes a server stores: BDAT framing has no dot-stuffing to undo.
    MessageSource message(options, MessageSource::Framing::Bdat);
    if (!message.open()) {
        QTextStream(stderr) << QStringLiteral("mailflow-cli: %1\n").arg(message.error());
        return ExitBadInput;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitBadInput;
    while (!message.atEnd()) {
        if (const QByteArray chunk = message.readChunk(256 * 1024); out.write(chunk) != chunk.size())
            return ExitBadInput;
    }
    return ExitOk;
}

} // namespace mailflow
