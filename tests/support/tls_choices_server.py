#!/usr/bin/python3
"""An implicit-TLS SMTP server on 127.0.0.1 for the TLS choice tests: its greeting (and its stdout) tells
the SNI name it received and the protocol and cipher the handshake settled on; --max-version 1.2 makes it
a TLS 1.2-only server. Prints "ready PORT", then serves one connection after another until killed."""
import argparse
import socket
import ssl

parser = argparse.ArgumentParser()
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--max-version", choices=["1.2", "1.3"], default="1.3")
args = parser.parse_args()

context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(args.cert, args.key)
if args.max_version == "1.2":
    context.maximum_version = ssl.TLSVersion.TLSv1_2
names = []
context.sni_callback = lambda sock, name, ctx: names.append(name or "-")

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(4)
print("ready", listener.getsockname()[1], flush=True)
while True:
    plain, _ = listener.accept()
    names.clear()
    try:
        conn = context.wrap_socket(plain, server_side=True)
    except (ssl.SSLError, OSError) as error:
        print("handshake failed:", error, flush=True)
        plain.close()
        continue
    state = "sni=%s version=%s cipher=%s" % (names[0] if names else "-", conn.version(), conn.cipher()[0])
    print(state, flush=True)
    conn.sendall(("220 choices.test ESMTP %s\r\n" % state).encode())
    for line in conn.makefile("rb"):
        verb = line.strip().split(b" ")[0].upper()
        if verb in (b"EHLO", b"HELO"):
            conn.sendall(b"250 choices.test\r\n")
        elif verb == b"QUIT":
            conn.sendall(b"221 2.0.0 bye\r\n")
            break
        else:
            conn.sendall(b"250 2.0.0 ok\r\n")
    conn.close()
