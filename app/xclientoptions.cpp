#include "xclientoptions.h"

#include "clioptions.h"
#include "profileconflict.h"

#include <QCommandLineParser>

namespace mailflow {

XclientCliOptions::XclientCliOptions()
    : m_xclient(QStringLiteral("xclient"),
                tr("After EHLO, send postfix's XCLIENT with these attributes (ADDR, NAME, PORT, PROTO, HELO, LOGIN, "
                   "DESTADDR, DESTPORT), then EHLO again; repeatable; \";\" starts another XCLIENT command."),
                tr("NAME=VALUE,…"))
    , m_optional(QStringLiteral("xclient-optional"), tr("When XCLIENT is not offered or is refused, go on without it."))
    , m_optionalStrict(QStringLiteral("xclient-optional-strict"),
                       tr("When XCLIENT is not offered, go on without it; a refusal still fails the test."))
    , m_noVerify(QStringLiteral("xclient-no-verify"),
                 tr("Send the XCLIENT attributes even when the server's XCLIENT line does not list them."))
    , m_beforeStartTls(QStringLiteral("xclient-before-starttls"),
                       tr("Send XCLIENT right after the first EHLO, before STARTTLS and AUTH."))
{ }

void XclientCliOptions::addTo(QCommandLineParser *parser) const
{
    for (const QCommandLineOption *o : {&m_xclient, &m_optional, &m_optionalStrict, &m_noVerify, &m_beforeStartTls})
        parser->addOption(*o);
}

bool XclientCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options,
                                  {&m_xclient, &m_optional, &m_optionalStrict, &m_noVerify, &m_beforeStartTls}, error))
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
    const StopPoint stop = options->session.stopAfter;
    if (!attributes.isEmpty() && stop < StopPoint::Xclient) {
        *error = tr("--xclient is sent after EHLO and AUTH, just before MAIL FROM: a test that stops after connect, "
                    "ehlo or auth never reaches it.");
        return false;
    }
    if (attributes.isEmpty() && stop == StopPoint::Xclient) {
        *error = tr("A test that stops after XCLIENT needs --xclient.");
        return false;
    }
    for (const QCommandLineOption *o : {&m_optional, &m_optionalStrict, &m_noVerify, &m_beforeStartTls}) {
        if (attributes.isEmpty() && parser.isSet(*o)) {
            *error = tr("--%1 needs --xclient.").arg(o->names().constLast());
            return false;
        }
    }
    if (parser.isSet(m_optional) && parser.isSet(m_optionalStrict)) {
        *error = tr("Give --xclient-optional or --xclient-optional-strict, not both.");
        return false;
    }
    XclientPolicy &policy = options->session.xclientPolicy;
    if (parser.isSet(m_optional))
        policy.requirement = XclientRequirement::Optional;
    else if (parser.isSet(m_optionalStrict))
        policy.requirement = XclientRequirement::OptionalStrict;
    policy.noVerify = parser.isSet(m_noVerify);
    policy.beforeStartTls = parser.isSet(m_beforeStartTls);
    return true;
}

} // namespace mailflow
