#!/usr/bin/python3
"""A small SOCKS5 proxy (RFC 1928 CONNECT, RFC 1929 user name and password) for Mailflow's tests.

Listens on a loopback address, prints "ready <port>" on stdout once it accepts connections, then one JSON
line per CONNECT request it received: {"atyp": 1|3|4, "host": ..., "port": ..., "user": ...}. Runs until
SIGTERM or until its stdin reaches end of file. Only loopback targets are connected to; others get
REP 2 (not allowed). --user/--password: require that login (method 2); otherwise no authentication.
--refuse CODE answers every CONNECT with that REP code.
"""

import argparse
import asyncio
import ipaddress
import json
import signal
import socket
import struct
import sys


def report(entry):
    sys.stdout.write(json.dumps(entry) + "\n")
    sys.stdout.flush()


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


def reply(code):
    return bytes([5, code, 0, 1, 0, 0, 0, 0, 0, 0])


async def handle(reader, writer, args):
    try:
        version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        if version != 5:
            writer.close()
            return
        want = 2 if args.user is not None else 0
        if want not in methods:
            writer.write(bytes([5, 0xFF]))
            await writer.drain()
            writer.close()
            return
        writer.write(bytes([5, want]))
        user = None
        if want == 2:
            _, ulen = await reader.readexactly(2)
            user = (await reader.readexactly(ulen)).decode()
            (plen,) = await reader.readexactly(1)
            password = (await reader.readexactly(plen)).decode()
            ok = user == args.user and password == args.password
            writer.write(bytes([1, 0 if ok else 1]))
            await writer.drain()
            if not ok:
                report({"login": user, "accepted": False})
                writer.close()
                return
        _, command, _, atyp = await reader.readexactly(4)
        if atyp == 1:
            host = str(ipaddress.IPv4Address(await reader.readexactly(4)))
        elif atyp == 4:
            host = str(ipaddress.IPv6Address(await reader.readexactly(16)))
        else:
            (length,) = await reader.readexactly(1)
            host = (await reader.readexactly(length)).decode()
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        report({"command": command, "atyp": atyp, "host": host, "port": port, "user": user})
        if args.refuse:
            writer.write(reply(args.refuse))
            await writer.drain()
            writer.close()
            return
        try:
            target = "127.0.0.1" if host == "localhost" else host
            if not ipaddress.ip_address(target).is_loopback:
                raise ValueError(host)
            up_reader, up_writer = await asyncio.open_connection(target, port)
        except ValueError:
            writer.write(reply(2))
            writer.close()
            return
        except OSError:
            writer.write(reply(5))
            writer.close()
            return
        writer.write(reply(0))
        await writer.drain()
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--user")
    parser.add_argument("--password", default="")
    parser.add_argument("--refuse", type=int, default=0)
    args = parser.parse_args()
    server = await asyncio.start_server(lambda r, w: handle(r, w, args), args.host, 0, family=socket.AF_INET)
    port = server.sockets[0].getsockname()[1]
    report_line = f"ready {port}\n"
    sys.stdout.write(report_line)
    sys.stdout.flush()
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    loop.add_reader(sys.stdin, lambda: sys.stdin.buffer.read1(4096) or (stop.done() or stop.set_result(None)))
    await stop
    server.close()


asyncio.run(main())
