#pragma once

#include <QHostAddress>

namespace mailflow::test {

/** A loopback address no test's DNS responder listens on: a query sent there goes nowhere. */
QHostAddress idleLoopbackDnsServer();

/**
 * Every GUI test that runs a session calls this first (after setting its application and organisation
 * names): the window's checks then never ask a DNS server outside loopback. With a responder (a
 * DnsResponder's loopback address) the DNS checks run and ask it; without one they are switched off in
 * the window's settings and their DNS server is idleLoopbackDnsServer(), so that even a profile that
 * switches them back on cannot reach the system resolver. The other checks (port 25, open relay) only
 * connect to the server tested.
 */
void loopbackWindowChecks(const QHostAddress &responder = {});

} // namespace mailflow::test
