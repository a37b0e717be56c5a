#include "checksoptions.h"

#include "base/addressvalidation.h"
#include "checks/blocklists.h"
#include "checks/checkregistry.h"

#include <QCommandLineParser>

namespace mailflow {

ChecksCliOptions::ChecksCliOptions()
    : m_only(QStringLiteral("checks"),
             tr("Run only these checks around the conversation (comma-separated): %1.")
                 .arg(checkIds().join(QStringLiteral(", "))),
             tr("LIST"))
    , m_none(QStringLiteral("no-checks"), tr("Run none of the checks around the conversation, only the SMTP test."))
    , m_skip(QStringLiteral("skip-checks"), tr("Run every check around the conversation but these (comma-separated)."),
             tr("LIST"))
    , m_blocklists(QStringLiteral("blocklists"),
                   tr("The DNS block list zones to look your address up on (comma-separated; default %1).")
                       .arg(defaultBlocklistZones().join(QStringLiteral(", "))),
                   tr("ZONES"))
    , m_relay(QStringLiteral("relay-check"),
              tr("After the envelope, try RCPT TO an outside recipient from an outside sender and warn if the server "
                 "accepts it (an open relay); then RSET. Never sends a message."))
    , m_relayFrom(QStringLiteral("relay-check-from"),
                  tr("The outside sender of --relay-check (default %1).").arg(RelayCheckOptions::defaultSender()),
                  tr("ADDRESS"))
    , m_relayTo(QStringLiteral("relay-check-to"),
                tr("The outside recipient of --relay-check (default %1).").arg(RelayCheckOptions::defaultRecipient()),
                tr("ADDRESS"))
{ }

void ChecksCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_only, m_none, m_skip, m_blocklists, m_relay, m_relayFrom, m_relayTo});
}

bool ChecksCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    CheckSelection &selection = options->checks;
    const int given = int(parser.isSet(m_only)) + int(parser.isSet(m_none)) + int(parser.isSet(m_skip));
    if (given > 1) {
        *error = tr("Give one of --checks, --no-checks and --skip-checks.");
        return false;
    }
    selection.none = parser.isSet(m_none);
    options->checksGiven = given > 0;
    if (parser.isSet(m_only) && !CheckSelection::parseIds(parser.value(m_only), &selection.only, error))
        return false;
    if (parser.isSet(m_skip) && !CheckSelection::parseIds(parser.value(m_skip), &selection.off, error))
        return false;
    if (parser.isSet(m_only) && selection.only.isEmpty()) {
        *error = tr("--checks: name at least one check (or use --no-checks).");
        return false;
    }
    QString why;
    if (parser.isSet(m_blocklists)
        && !parseBlocklistZones(parser.value(m_blocklists), &options->dnsChecks.blocklistZones, &why)) {
        *error = tr("--blocklists: %1").arg(why);
        return false;
    }
    RelayCheckOptions &relay = options->session.relayCheck;
    relay.enabled = relay.enabled || parser.isSet(m_relay) || parser.isSet(m_relayFrom) || parser.isSet(m_relayTo);
    const QPair<const QCommandLineOption *, QString *> addresses[]
        = {{&m_relayFrom, &relay.sender}, {&m_relayTo, &relay.recipient}};
    for (const auto &[option, target] : addresses) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option).trimmed();
        const QString why = validateMailbox(value);
        if (!why.isEmpty()) {
            *error = QStringLiteral("--%1: %2").arg(option->names().constFirst(), why);
            return false;
        }
        *target = value;
    }
    return true;
}

} // namespace mailflow
