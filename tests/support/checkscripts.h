#pragma once

#include <QStringList>

namespace mailflow::test {

/**
 * A ScriptedSmtpServer script for the checks around the conversation: the server names our address as
 * 203.0.113.5 in its EHLO reply and refuses b@rcpt.test from a@sender.test citing SPF. The zone
 * tests/data/dns/checks.json has the records the checks then look up (PTR, block lists, SPF, DMARC, TLS-RPT).
 */
QStringList spfRefusalScript();

} // namespace mailflow::test
