#!/usr/bin/python3
"""A small authoritative DNS responder for Mailflow's tests (Debian package python3-dnslib).

Usage: /usr/bin/python3 dns_responder.py ZONE.json ADDRESS [--port 53] [--verbose]

Serves the zone on UDP and TCP ADDRESS:PORT (port 53 by default: Qt 6.4's QDnsLookup
cannot use another port), prints "ready" on stdout once both sockets listen, and exits
when stdin closes or on SIGTERM/SIGINT.

Zone file (JSON):
  {
    "records":  ["example.test. 300 IN MX 10 mx1.example.test.", ...],   zone-file lines
    "servfail": ["broken.test"],              names answered with SERVFAIL
    "refused":  ["closed.test"],              names answered with REFUSED
    "delay":    {"slow.test": 3.0}            seconds to wait before answering that name
  }
A name with records of the asked type gets them; a name that is a CNAME gets the CNAME
chain and the records at its end; a name that exists (or has names below it) without
records of the type gets NOERROR with no answer; any other name gets NXDOMAIN.
Delayed answers are sent at once when the responder shuts down, so no client waits on it.
"""

import argparse
import json
import signal
import sys
import threading

from dnslib import CLASS, QTYPE, RCODE, RR, DNSLabel
from dnslib.server import BaseResolver, DNSHandler, DNSLogger, DNSServer


def norm(name):
    return str(DNSLabel(name)).lower()


class ZoneResolver(BaseResolver):
    def __init__(self, zone, shutdown, verbose):
        self.records = []
        for line in zone.get("records", []):
            self.records.extend(RR.fromZone(line))
        self.names = {norm(rr.rname) for rr in self.records}
        self.servfail = {norm(n) for n in zone.get("servfail", [])}
        self.refused = {norm(n) for n in zone.get("refused", [])}
        self.delay = {norm(n): float(s) for n, s in zone.get("delay", {}).items()}
        self.shutdown = shutdown
        self.verbose = verbose
        self.pending = threading.Condition()
        self.in_flight = 0

    def exists(self, name):
        suffix = "." + name
        return name in self.names or any(n.endswith(suffix) for n in self.names)

    def matching(self, name, qtype):
        return [rr for rr in self.records
                if norm(rr.rname) == name and (qtype == QTYPE.ANY or rr.rtype == qtype)]

    def wait_for(self, seconds):
        with self.pending:
            self.in_flight += 1
        try:
            self.shutdown.wait(seconds)
        finally:
            with self.pending:
                self.in_flight -= 1
                self.pending.notify_all()

    def drain(self, seconds):
        with self.pending:
            self.pending.wait_for(lambda: self.in_flight == 0, timeout=seconds)

    def resolve(self, request, handler):
        reply = request.reply()
        reply.header.aa = 1
        qname = norm(request.q.qname)
        qtype = request.q.qtype
        if self.verbose:
            print("query %s %s via %s" % (qname, QTYPE.get(qtype), handler.protocol),
                  file=sys.stderr, flush=True)
        if request.q.qclass != CLASS.IN:
            reply.header.rcode = RCODE.REFUSED
            return reply
        if qname in self.delay:
            self.wait_for(self.delay[qname])
        if qname in self.servfail:
            reply.header.aa = 0
            reply.header.rcode = RCODE.SERVFAIL
            return reply
        if qname in self.refused:
            reply.header.aa = 0
            reply.header.rcode = RCODE.REFUSED
            return reply
        name = qname
        for _ in range(8):  # follow a CNAME chain inside the zone
            answers = self.matching(name, qtype)
            if answers:
                for rr in answers:
                    reply.add_answer(rr)
                return reply
            cnames = self.matching(name, QTYPE.CNAME)
            if not cnames:
                break
            reply.add_answer(cnames[0])
            name = norm(cnames[0].rdata.label)
        if name == qname and not self.exists(qname):
            reply.header.rcode = RCODE.NXDOMAIN
        return reply


class QuietLogger(DNSLogger):
    def __init__(self):
        super().__init__(log="-recv,-send,-request,-reply,-truncated,-data,+error", prefix=False,
                         logf=lambda text: print(text, file=sys.stderr, flush=True))


def main():
    parser = argparse.ArgumentParser(description="DNS responder for Mailflow tests")
    parser.add_argument("zone")
    parser.add_argument("address")
    parser.add_argument("--port", type=int, default=53)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    with open(args.zone, encoding="utf-8") as f:
        zone = json.load(f)
    shutdown = threading.Event()
    resolver = ZoneResolver(zone, shutdown, args.verbose)
    try:
        servers = [DNSServer(resolver, address=args.address, port=args.port, tcp=tcp,
                             logger=QuietLogger(), handler=DNSHandler) for tcp in (False, True)]
    except OSError as e:
        print("cannot listen on %s port %d: %s" % (args.address, args.port, e), file=sys.stderr)
        return 2
    for server in servers:
        server.start_thread()

    def stop(*_):
        shutdown.set()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def watch_stdin():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        shutdown.set()
    threading.Thread(target=watch_stdin, daemon=True).start()

    print("ready", flush=True)
    while not shutdown.wait(3600):
        pass
    resolver.drain(5.0)
    for server in servers:
        server.stop()
        server.server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
