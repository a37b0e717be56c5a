#include "protocoloptions.h"

#include <QCommandLineParser>

namespace mailflow {

ProtocolCliOptions::ProtocolCliOptions()
    : m_dropAfter(
        QStringLiteral("drop-after"),
        tr("Stop after STAGE (connect, ehlo, auth, xclient, mail, rcpt or data) and close the connection without "
           "QUIT, as a broken client would."),
        tr("STAGE"))
    , m_pipeline(QStringLiteral("pipeline"),
                 tr("When the server offers PIPELINING, send MAIL FROM, the RCPT TOs and DATA in one write and judge "
                    "each reply in order."))
{ }

void ProtocolCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_dropAfter);
    parser->addOption(m_pipeline);
}

bool ProtocolCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (options->runsProfiles()) {
        for (const QCommandLineOption *o : {&m_dropAfter, &m_pipeline}) {
            if (parser.isSet(*o)) {
                *error = tr("--profile runs the test saved in the profile: leave out --%1.").arg(o->names().last());
                return false;
            }
        }
        return true;
    }
    SessionOptions &s = options->session;
    s.pipelining = parser.isSet(m_pipeline);
    if (!parser.isSet(m_dropAfter))
        return true;
    if (parser.isSet(QStringLiteral("quit-after"))) {
        *error = tr("--drop-after and --quit-after both say where to stop: give one of them.");
        return false;
    }
    if (!parseStopPoint(parser.value(m_dropAfter), &s.stopAfter) || s.stopAfter == StopPoint::Quit) {
        *error = tr("--drop-after: use connect, ehlo, auth, xclient, mail, rcpt or data.");
        return false;
    }
    s.dropAtStop = true;
    return true;
}

} // namespace mailflow
