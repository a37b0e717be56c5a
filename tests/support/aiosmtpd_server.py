#!/usr/bin/python3
"""A scriptable SMTP server for Mailflow's tests, built on aiosmtpd (Debian: python3-aiosmtpd).

Listens on a loopback address, prints "ready <port>" on stdout once it accepts connections, and runs
until SIGTERM or until its stdin reaches end of file (so it never outlives the test that started it).

Reply overrides (--reply, repeatable):  KEY=REPLY
  KEY is COMMAND[:ARGUMENT][#TIMES]
    COMMAND   CONNECT (the greeting), EHLO, HELO, MAIL, RCPT, DATA (the 354 step), EOM (the reply after
              the final "."), RSET, NOOP, QUIT, VRFY, STARTTLS, AUTH, or any other verb (e.g. BDAT)
    ARGUMENT  for MAIL/RCPT the address between <> (case-insensitive), for other commands the argument;
              no ARGUMENT matches every use of the command
    TIMES     apply only to the first TIMES matching uses (e.g. #1 for greylisting once)
  REPLY is the full reply; "\\n" separates the lines of a multiline reply ("250-a\\n250 b").
  An overridden command is not processed further (a refused RCPT adds no recipient), except EOM:
  the message is still saved, with the reply recorded beside it.
--reply-rule COMMAND ARGUMENT TIMES REPLY: the same as four words (an empty ARGUMENT matches all, TIMES 0
  means always), for arguments that contain "=" or "#".
--close-after KEY (repeatable): close the connection right after replying to that command.

OAuth (--auth-token TOKEN): offers XOAUTH2 and OAUTHBEARER, accepting TOKEN for --auth-user; another token
gets the provider's answer: 334 with base64 of {"status":"401","schemes":"bearer","scope":"..."} (the status
from --oauth-error-status), then, once the client answered as RFC 7628 asks (%x01 for OAUTHBEARER, an empty
line for XOAUTH2), 535; a wrong answer gets 501.
SCRAM (--scram): offers SCRAM-SHA-1 and SCRAM-SHA-256 for --auth-user/--auth-password, checking the client's
proof and sending the server signature in a 334 (--scram-bad-signature sends a wrong one).

LMTP (--lmtp, RFC 2033): LHLO instead of EHLO, and after the final "." one reply per accepted recipient,
in order: the EOM override whose ARGUMENT is that recipient, else "250 2.0.0 <rcpt> delivered". --unix PATH
listens on that UNIX socket instead of a TCP port ("ready 1" then).

Each received message is saved in --save-dir as NNNN.eml (the content as received, dot-unstuffed)
and NNNN.json (envelope: mail_from, mail_options, rcpt_tos, rcpt_options (one list per recipient),
helo, peer, tls, auth_user, reply, size). The .json is renamed into place last: once it exists,
both files are complete.
"""

import argparse
import asyncio
import base64
import functools
import hashlib
import hmac
import json
import os
import re
import signal
import ssl
import sys

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword

ADDRESS_RE = re.compile(r"<([^>]*)>")
DSN_RCPT_PARAMS = ("NOTIFY=", "ORCPT=")
DSN_MAIL_PARAMS = ("RET=", "ENVID=")


class Override:
    def __init__(self, command, argument, times, reply):
        self.command = command.strip().upper()
        self.argument = argument.strip().lower()
        self.times = int(times)
        # Lines separated by a newline or by the two characters backslash-n.
        self.reply = reply.replace("\\n", "\n").replace("\r\n", "\n").replace("\n", "\r\n")
        self.used = 0

    @staticmethod
    def from_spec(spec):
        key, sep, reply = spec.partition("=")
        if not sep:
            raise ValueError(f"--reply needs KEY=REPLY: {spec!r}")
        return Override(*parse_key(key), reply)

    def matches(self, command, argument):
        return key_matches(self, command, argument)


class CloseRule:
    def __init__(self, key):
        self.command, self.argument, self.times = parse_key(key)
        self.used = 0


def parse_key(key):
    times = 0
    if "#" in key:
        key, _, count = key.rpartition("#")
        times = int(count)
    command, _, argument = key.partition(":")
    return command.strip().upper(), argument.strip().lower(), times


def key_matches(rule, command, argument):
    if rule.command != command:
        return False
    if rule.argument and rule.argument != (argument or "").lower():
        return False
    if rule.times and rule.used >= rule.times:
        return False
    return True


def command_argument(command, arg):
    """The part of a command line an override's ARGUMENT is compared with."""
    if command in ("MAIL", "RCPT"):
        match = ADDRESS_RE.search(arg or "")
        return match.group(1) if match else ""
    return (arg or "").strip()


def split_params(arg, names):
    """Removes the ESMTP parameters starting with one of names from arg; returns (arg, removed)."""
    if not arg:
        return arg, []
    kept, removed = [], []
    for i, word in enumerate(arg.split(" ")):
        if i > 0 and word.upper().startswith(names):
            removed.append(word)
        else:
            kept.append(word)
    return " ".join(kept), removed


class Config:
    def __init__(self, args):
        self.overrides = [Override.from_spec(s) for s in args.reply]
        self.overrides += [Override(*rule) for rule in args.reply_rule]
        self.close_rules = [CloseRule(k) for k in args.close_after]
        self.ehlo_extra = list(args.ehlo_extra)
        self.dsn = args.dsn
        self.save_dir = args.save_dir
        self.auth_user = args.auth_user
        self.auth_password = args.auth_password
        self.auth_token = args.auth_token
        self.oauth_error_status = args.oauth_error_status
        self.scram = args.scram
        self.scram_bad_signature = args.scram_bad_signature
        self.counter = 0
        self.lmtp = args.lmtp

    def find_override(self, command, argument):
        for rule in self.overrides:
            if rule.matches(command, argument):
                rule.used += 1
                return rule.reply
        return None

    def should_close(self, command, argument):
        for rule in self.close_rules:
            if key_matches(rule, command, argument):
                rule.used += 1
                return True
        return False


class SaslMechanisms:
    """XOAUTH2, OAUTHBEARER and SCRAM-SHA-1/-256 as aiosmtpd handler auth_ methods."""

    async def auth_XOAUTH2(self, server, args):
        return await self.oauth(server, args, bearer=False)

    async def auth_OAUTHBEARER(self, server, args):
        return await self.oauth(server, args, bearer=True)

    async def auth_SCRAM__SHA__1(self, server, args):
        return await self.scram_exchange(server, args, "sha1")

    async def auth_SCRAM__SHA__256(self, server, args):
        return await self.scram_exchange(server, args, "sha256")

    @staticmethod
    async def initial(server, args):
        if len(args) > 1:
            try:
                return base64.b64decode(args[1], validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return MISSING
        return await server.challenge_auth("")

    async def oauth(self, server, args, bearer):
        blob = await self.initial(server, args)
        if blob is MISSING:
            return AuthResult(success=False, handled=True)
        fields = blob.split(b"\x01")
        user = token = None
        if bearer:
            gs2 = fields[0].split(b",")
            if len(gs2) >= 2 and gs2[1].startswith(b"a="):
                user = gs2[1][2:].replace(b"=2C", b",").replace(b"=3D", b"=")
        for field in fields[1:] if bearer else fields:
            if field.startswith(b"user="):
                user = field[5:]
            elif field.startswith(b"auth=Bearer "):
                token = field[12:]
        if (user is not None and token is not None and user.decode() == self.config.auth_user
                and token.decode() == self.config.auth_token):
            return AuthResult(success=True, auth_data=LoginPassword(user, b""))
        error = {"status": self.config.oauth_error_status, "schemes": "bearer",
                 "scope": "https://mail.google.com/"}
        answer = await server.challenge_auth(json.dumps(error))
        if answer is MISSING:
            return AuthResult(success=False, handled=True)
        if answer != (b"\x01" if bearer else b""):
            return AuthResult(success=False, handled=False, message="501 5.5.2 Unexpected answer to the error challenge")
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")

    async def scram_exchange(self, server, args, hash_name):
        first = await self.initial(server, args)
        if first is MISSING:
            return AuthResult(success=False, handled=True)
        parts = first.split(b",", 2)
        if len(parts) != 3 or parts[0] != b"n":
            return AuthResult(success=False, handled=False, message="501 5.5.2 Bad SCRAM client-first message")
        bare = parts[2]
        attrs = dict(kv.split(b"=", 1) for kv in bare.split(b",") if b"=" in kv)
        user, client_nonce = attrs.get(b"n", b""), attrs.get(b"r", b"")
        nonce = client_nonce + base64.b64encode(os.urandom(12))
        salt = os.urandom(16)
        iterations = 4096
        server_first = b"r=%s,s=%s,i=%d" % (nonce, base64.b64encode(salt), iterations)
        final = await server.challenge_auth(server_first)
        if final is MISSING:
            return AuthResult(success=False, handled=True)
        without_proof, _, proof = final.rpartition(b",p=")
        salted = hashlib.pbkdf2_hmac(hash_name, (self.config.auth_password or "").encode(), salt, iterations)
        auth_message = bare + b"," + server_first + b"," + without_proof
        client_key = hmac.new(salted, b"Client Key", hash_name).digest()
        stored_key = hashlib.new(hash_name, client_key).digest()
        signature = hmac.new(stored_key, auth_message, hash_name).digest()
        try:
            sent_key = bytes(a ^ b for a, b in zip(base64.b64decode(proof, validate=True), signature))
        except ValueError:
            sent_key = b""
        if (user.decode() != self.config.auth_user or without_proof != b"c=biws,r=" + nonce
                or hashlib.new(hash_name, sent_key).digest() != stored_key):
            return AuthResult(success=False, handled=False)
        server_signature = hmac.new(hmac.new(salted, b"Server Key", hash_name).digest(), auth_message,
                                    hash_name).digest()
        if self.config.scram_bad_signature:
            server_signature = bytes(len(server_signature))
        answer = await server.challenge_auth(b"v=" + base64.b64encode(server_signature))
        if answer is MISSING:
            return AuthResult(success=False, handled=True)
        return AuthResult(success=True, auth_data=LoginPassword(user, b""))


class Handler(SaslMechanisms):
    def __init__(self, config):
        self.config = config

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        last = responses.pop()  # "250 HELP"
        if self.config.dsn:
            responses.append("250-DSN")
        for extra in self.config.ehlo_extra:
            responses.append("250-" + extra)
        responses.append(last)
        return responses

    async def handle_DATA(self, server, session, envelope):
        if self.config.lmtp:
            replies = [self.config.find_override("EOM", rcpt.lower()) or "250 2.0.0 <%s> delivered" % rcpt
                       for rcpt in envelope.rcpt_tos]
            reply = "\r\n".join(replies)
            self.save(server, session, envelope, reply)
            return reply
        reply = self.config.find_override("EOM", "") or "250 2.0.0 Ok: queued as MAILFLOW%04d" % (
            self.config.counter + 1)
        self.save(server, session, envelope, reply)
        return reply

    def save(self, server, session, envelope, reply):
        self.config.counter += 1
        if not self.config.save_dir:
            return
        base = os.path.join(self.config.save_dir, "%04d" % self.config.counter)
        content = envelope.original_content or b""
        with open(base + ".eml", "wb") as f:
            f.write(content)
        meta = {
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": getattr(envelope, "mailflow_rcpt_options", []),
            "helo": session.host_name,
            "peer": list(session.peer) if session.peer else None,
            "tls": server._tls_protocol is not None or bool(session.ssl),
            "auth_user": auth_user(session),
            "reply": reply,
            "size": len(content),
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=1)
        os.rename(base + ".json.tmp", base + ".json")


def auth_user(session):
    data = session.auth_data
    if isinstance(data, LoginPassword):
        return data.login.decode("utf-8", "replace")
    return None


class ScriptedSMTP(SMTP):
    def __init__(self, handler, config, **kwargs):
        super().__init__(handler, **kwargs)
        self.config = config
        self._greeted = False
        for name, method in list(self._smtp_methods.items()):
            self._smtp_methods[name] = self._wrap(name, method)
        for rule in config.overrides:
            if rule.command not in self._smtp_methods and rule.command not in ("CONNECT", "EOM"):
                self._smtp_methods[rule.command] = self._wrap(rule.command, None)

    def _wrap(self, name, method):
        async def wrapper(arg):
            argument = command_argument(name, arg)
            reply = self.config.find_override(name, argument)
            if reply is not None:
                await self.push(reply)
            elif method is not None:
                await method(arg)
            if self.config.should_close(name, argument) and self.transport is not None:
                self.transport.close()
        if method is not None:
            functools.update_wrapper(wrapper, method)
        return wrapper

    async def push(self, status):
        if not self._greeted:
            self._greeted = True
            reply = self.config.find_override("CONNECT", "")
            if reply is not None:
                status = reply
            await super().push(status)
            if self.config.should_close("CONNECT", "") and self.transport is not None:
                self.transport.close()
            return
        await super().push(status)

    async def smtp_MAIL(self, arg):
        dsn = []
        if self.config.dsn:
            arg, dsn = split_params(arg, DSN_MAIL_PARAMS)
        had_sender = bool(self.envelope.mail_from)
        await super().smtp_MAIL(arg)
        if not had_sender and self.envelope.mail_from:
            self.envelope.mail_options.extend(dsn)
            self.envelope.mailflow_rcpt_options = []

    async def smtp_RCPT(self, arg):
        dsn = []
        if self.config.dsn:
            arg, dsn = split_params(arg, DSN_RCPT_PARAMS)
        count = len(self.envelope.rcpt_tos)
        await super().smtp_RCPT(arg)
        if len(self.envelope.rcpt_tos) > count:
            options = [p.upper() for p in (arg or "").partition(">")[2].split()] + dsn
            if not hasattr(self.envelope, "mailflow_rcpt_options"):
                self.envelope.mailflow_rcpt_options = []
            self.envelope.mailflow_rcpt_options.append(options)


class ScriptedLMTP(ScriptedSMTP, LMTP):
    """LHLO from LMTP (which refuses HELO and EHLO); everything else as ScriptedSMTP."""


def make_authenticator(config):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode("utf-8", "replace") == config.auth_user
              and auth_data.password.decode("utf-8", "replace") == config.auth_password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
    return authenticator


def parse_args(argv):
    p = argparse.ArgumentParser(description="Scriptable loopback SMTP server for tests")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--hostname", default="aiosmtpd.test", help="name in greeting and EHLO reply")
    p.add_argument("--ident", default="ESMTP Mailflow test server", help="greeting text after the name")
    p.add_argument("--save-dir")
    p.add_argument("--reply", action="append", default=[])
    p.add_argument("--reply-rule", nargs=4, action="append", default=[],
                   metavar=("COMMAND", "ARGUMENT", "TIMES", "REPLY"),
                   help="like --reply, for arguments holding '=' or '#' (empty ARGUMENT: any, TIMES 0: always)")
    p.add_argument("--close-after", action="append", default=[])
    p.add_argument("--ehlo-extra", action="append", default=[], help="extra EHLO keyword line")
    p.add_argument("--dsn", action="store_true", help="advertise DSN and accept NOTIFY/ORCPT/RET/ENVID")
    p.add_argument("--smtputf8", action="store_true")
    p.add_argument("--size-limit", type=int, default=2**25, help="0: no limit, SIZE not advertised")
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--require-starttls", action="store_true")
    p.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (port 465 style)")
    p.add_argument("--auth-user")
    p.add_argument("--auth-password")
    p.add_argument("--auth-required", action="store_true")
    p.add_argument("--auth-token", help="offer XOAUTH2 and OAUTHBEARER, accepting this token for --auth-user")
    p.add_argument("--oauth-error-status", default="401", help="status in the JSON error for a wrong token")
    p.add_argument("--scram", action="store_true", help="offer SCRAM-SHA-1 and SCRAM-SHA-256")
    p.add_argument("--scram-bad-signature", action="store_true", help="send a wrong SCRAM server signature")
    p.add_argument("--auth-allow-plaintext", action="store_true", help="offer AUTH without TLS")
    p.add_argument("--lmtp", action="store_true", help="speak LMTP: LHLO, one reply per recipient after the dot")
    p.add_argument("--unix", help="listen on this UNIX socket instead of a TCP port")
    return p.parse_args(argv)


async def main(argv):
    args = parse_args(argv)
    config = Config(args)
    loop = asyncio.get_running_loop()

    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)

    kwargs = dict(
        hostname=args.hostname,
        ident=args.ident,
        data_size_limit=args.size_limit or None,
        enable_SMTPUTF8=args.smtputf8,
        tls_context=None if args.implicit_tls else tls_context,
        require_starttls=args.require_starttls,
        auth_required=args.auth_required,
        auth_require_tls=not args.auth_allow_plaintext,
        loop=loop,
    )
    if args.auth_user is not None:
        kwargs["authenticator"] = make_authenticator(config)
    excluded = []
    if not args.auth_token:
        excluded += ["XOAUTH2", "OAUTHBEARER"]
    if not args.scram:
        excluded += ["SCRAM-SHA-1", "SCRAM-SHA-256"]
    kwargs["auth_exclude_mechanism"] = excluded

    handler = Handler(config)
    protocol = ScriptedLMTP if args.lmtp else ScriptedSMTP
    if args.unix:
        server = await loop.create_unix_server(lambda: protocol(handler, config, **kwargs), path=args.unix)
    else:
        server = await loop.create_server(
            lambda: protocol(handler, config, **kwargs),
            host=args.host, port=args.port,
            ssl=tls_context if args.implicit_tls else None)

    stop = loop.create_future()

    def finish():
        if not stop.done():
            stop.set_result(None)

    loop.add_signal_handler(signal.SIGTERM, finish)
    loop.add_signal_handler(signal.SIGINT, finish)

    def stdin_ready():
        if not os.read(sys.stdin.fileno(), 4096):
            loop.remove_reader(sys.stdin.fileno())
            finish()

    loop.add_reader(sys.stdin.fileno(), stdin_ready)

    port = 1 if args.unix else server.sockets[0].getsockname()[1]
    print(f"ready {port}", flush=True)
    await stop
    server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
