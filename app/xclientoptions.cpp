#include "xclientoptions.h"

#include "clioptions.h"
#include "profileconflict.h"

#include <QCommandLineParser>

namespace mailflow {

XclientCliOptions::XclientCliOptions()
    : m_xclient(QStringLiteral("xclient"),
                tr("After EHLO, send postfix's XCLIENT with these attributes (ADDR, NAME, PORT, PROTO, HELO, LOGIN, "
                   "DESTADDR, DESTPORT), then EHLO again; repeatable."),
                tr("NAME=VALUE,…"))
{ }

void XclientCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_xclient);
}

bool XclientCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options, {&m_xclient}, error))
        return false;
    if (options->runsProfiles())
        return true;
    QList<XclientAttribute> &attributes = options->session.xclient;
    for (const QString &value : parser.values(m_xclient)) {
        if (!Xclient::parse(value, &attributes, error)) {
            *error = tr("--xclient: %1").arg(*error);
            return false;
        }
    }
    if (!attributes.isEmpty() && options->session.stopAfter < StopPoint::Mail) {
        *error = tr("--xclient is sent after EHLO and AUTH, just before MAIL FROM: a test that stops after connect, "
                    "ehlo or auth never reaches it.");
        return false;
    }
    return true;
}

} // namespace mailflow
