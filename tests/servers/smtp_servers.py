#!/usr/bin/env python3
"""The SMTP servers the connectivity tests talk to, all in one process, on 127.0.0.1 only.

Each endpoint listens on a port the system chooses; once every one listens, the process writes
the endpoints file (JSON, written atomically) that tests/support/TestServers.h reads. No
endpoint ever accepts a message: MAIL FROM, RCPT TO and DATA are refused with 5xx (the
connectivity test never sends them; docs/decisions.md records the contract).

Endpoints (the name is the key in the file; every banner is distinct):
  starttls          STARTTLS with the localhost certificate from the test CA; AUTH LOGIN PLAIN
                    offered only after TLS
  auth-plaintext    no STARTTLS; AUTH LOGIN PLAIN offered in the clear
  no-starttls       neither STARTTLS nor AUTH
  wrong-name        STARTTLS with a certificate for other.invalid (test CA); AUTH after TLS
  expired           STARTTLS with an expired localhost certificate (test CA); AUTH after TLS
  starttls-refused  offers STARTTLS but answers it with 454
  starttls-broken   offers and accepts STARTTLS, then answers the handshake with plain text
  closed            a port held bound but never listening: connections are refused
  silent            accepts connections and never says a word
  hangup            accepts connections and closes them at once, without a banner
  banner-reject     greets with 554 and then answers only QUIT (RFC 5321 section 3.1)
  banner-endless    greets with a 220 line that never ends (no CRLF, ever)

Usage: smtp_servers.py --cert-dir DIR --endpoints FILE [--user U] [--password P]
                       [--watch-pid PID] [--max-seconds N]
The process ends on SIGTERM or SIGINT, when the watched process (by default its parent) ends,
or after --max-seconds; it then removes the endpoints file.
"""

import argparse
import asyncio
import os
import secrets
import signal
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from readyfile import write_atomically

HOST = "127.0.0.1"


def banner_of(name):
    return f"{name}.scc.test ESMTP SCC test server {name}"


class RefuseEveryMessage:
    """aiosmtpd handler: nothing is ever accepted, so nothing can ever be relayed."""

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        return "550 5.7.1 SCC test server: no message is ever accepted here"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.7.1 SCC test server: no message is ever accepted here"

    async def handle_DATA(self, server, session, envelope):
        return "554 5.7.1 SCC test server: no message is ever accepted here"


class RefusingStartTls(SMTP):
    """Advertises STARTTLS (it has a TLS context) but refuses to start it."""

    async def smtp_STARTTLS(self, arg):
        await self.push("454 4.7.0 TLS not available due to temporary reason")


class BrokenStartTls(SMTP):
    """Advertises STARTTLS, agrees to it, then answers the client's TLS handshake with a line of
    plain text and hangs up: the handshake fails."""

    async def smtp_STARTTLS(self, arg):
        await self.push("220 2.0.0 Ready to start TLS")
        await self.push("this is not TLS")
        self._handler_coroutine.cancel()
        self.transport.close()


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and secrets.compare_digest(auth_data.login, user.encode())
              and secrets.compare_digest(auth_data.password, password.encode()))
        return AuthResult(success=ok, handled=False)
    return authenticate


def tls_context(cert_dir, name):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(cert_dir, name + ".pem"), os.path.join(cert_dir, name + ".key"))
    return context


async def serve_silent(reader, writer):
    # Swallows what the client says until it gives up.
    try:
        while await reader.read(4096):
            pass
    finally:
        writer.close()


async def serve_hangup(reader, writer):
    writer.close()


async def serve_banner_reject(reader, writer):
    writer.write(f"554 5.3.2 {banner_of('banner-reject')}: no SMTP service here\r\n".encode())
    try:
        while line := await reader.readline():
            if line.strip().upper() == b"QUIT":
                writer.write(b"221 2.0.0 banner-reject.scc.test closing\r\n")
                await writer.drain()
                break
            writer.write(b"503 5.5.1 No SMTP service here; only QUIT\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.LimitOverrunError, ValueError):
        pass
    finally:
        writer.close()


async def serve_banner_endless(reader, writer):
    writer.write(f"220 {banner_of('banner-endless')} ".encode())
    chunk = b"x" * 16384
    try:
        while not writer.is_closing() and not reader.at_eof():
            writer.write(chunk)
            await writer.drain()
            # About 1.6 MB/s: endless for any client, without eating a shared CPU.
            await asyncio.sleep(0.01)
    except ConnectionError:
        pass
    finally:
        writer.close()


async def start_servers(args, user, password):
    loop = asyncio.get_running_loop()
    handler = RefuseEveryMessage()
    authenticate = authenticator_for(user, password)
    certificates = {
        "localhost": {"subject": "CN=localhost", "names": ["localhost", "127.0.0.1"]},
        "other": {"subject": "CN=other.invalid", "names": ["other.invalid"]},
        "expired": {"subject": "CN=localhost", "names": ["localhost", "127.0.0.1"]},
    }
    # name -> (SMTP class, certificate or None, AUTH before TLS, description)
    smtp_endpoints = {
        "starttls": (SMTP, "localhost", False,
                     "STARTTLS with a trusted localhost certificate; AUTH LOGIN PLAIN after TLS"),
        "auth-plaintext": (SMTP, None, True, "no STARTTLS; AUTH LOGIN PLAIN in the clear"),
        "no-starttls": (SMTP, None, None, "neither STARTTLS nor AUTH"),
        "wrong-name": (SMTP, "other", False,
                       "STARTTLS with a certificate for other.invalid; AUTH LOGIN PLAIN after TLS"),
        "expired": (SMTP, "expired", False,
                    "STARTTLS with an expired localhost certificate; AUTH LOGIN PLAIN after TLS"),
        "starttls-refused": (RefusingStartTls, "localhost", False, "offers STARTTLS, answers it with 454"),
        "starttls-broken": (BrokenStartTls, "localhost", False,
                            "offers and accepts STARTTLS, then the TLS handshake fails"),
    }
    servers = []
    endpoints = {}
    for name, (cls, certificate, auth_before_tls, description) in smtp_endpoints.items():
        context = tls_context(args.cert_dir, certificate) if certificate else None

        def factory(cls=cls, name=name, context=context, auth_before_tls=auth_before_tls):
            # auth_before_tls None: AUTH only after TLS, and with no TLS that is never.
            return cls(handler, hostname=f"{name}.scc.test", ident=f"ESMTP SCC test server {name}",
                       tls_context=context, authenticator=authenticate,
                       auth_require_tls=not auth_before_tls, timeout=120)

        server = await loop.create_server(factory, HOST, 0)
        servers.append(server)
        offers_auth = auth_before_tls is not None
        endpoints[name] = {
            "host": HOST,
            "port": server.sockets[0].getsockname()[1],
            "listening": True,
            "banner": f"220 {banner_of(name)}",
            "startTls": context is not None,
            "authMechanisms": ["LOGIN", "PLAIN"] if offers_auth else [],
            "authRequiresTls": bool(offers_auth and not auth_before_tls),
            "certificateSubject": certificates[certificate]["subject"] if certificate else "",
            "certificateNames": certificates[certificate]["names"] if certificate else [],
            "certificateFile": os.path.join(args.cert_dir, certificate + ".pem") if certificate else "",
            "description": description,
        }

    raw_endpoints = {
        "silent": (serve_silent, "", "accepts connections and never answers"),
        "hangup": (serve_hangup, "", "accepts connections and closes them without a banner"),
        "banner-reject": (serve_banner_reject, f"554 5.3.2 {banner_of('banner-reject')}: no SMTP service here",
                          "greets with 554, then answers only QUIT"),
        "banner-endless": (serve_banner_endless, f"220 {banner_of('banner-endless')} ",
                           "a 220 banner line that never ends (the banner given is its beginning)"),
    }
    for name, (serve, banner, description) in raw_endpoints.items():
        server = await asyncio.start_server(serve, HOST, 0)
        servers.append(server)
        endpoints[name] = {
            "host": HOST, "port": server.sockets[0].getsockname()[1], "listening": True,
            "banner": banner, "startTls": False, "authMechanisms": [], "authRequiresTls": False,
            "certificateSubject": "", "certificateNames": [], "certificateFile": "",
            "description": description,
        }

    # Bound but never listening, and held for the life of the process: connections are refused
    # and no other program can take the port meanwhile.
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind((HOST, 0))
    endpoints["closed"] = {
        "host": HOST, "port": closed.getsockname()[1], "listening": False,
        "banner": "", "startTls": False, "authMechanisms": [], "authRequiresTls": False,
        "certificateSubject": "", "certificateNames": [], "certificateFile": "",
        "description": "nothing listens: connections are refused",
    }
    return servers, closed, endpoints


def watch_process(loop, pid, stop):
    """Sets `stop` when process `pid` ends (pidfd where the kernel has it, else polling)."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        async def poll():
            while True:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    stop.set()
                    return
                except PermissionError:
                    pass
                await asyncio.sleep(0.5)
        return loop.create_task(poll())
    loop.add_reader(fd, stop.set)
    return fd


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert-dir", required=True, help="where make_certs.sh wrote the certificates")
    parser.add_argument("--endpoints", required=True, help="the endpoints file to write")
    parser.add_argument("--user", default="scc-test")
    parser.add_argument("--password", help="the test user's password (default: a random one)")
    parser.add_argument("--watch-pid", type=int, default=os.getppid(), help="end when this process ends")
    parser.add_argument("--max-seconds", type=float, default=6 * 3600, help="end after this long anyway")
    args = parser.parse_args()
    # Test data, not anyone's password: it is written to the endpoints file for the tests.
    password = args.password or secrets.token_urlsafe(12)

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        loop.add_signal_handler(number, stop.set)
    watch_process(loop, args.watch_pid, stop)
    loop.call_later(args.max_seconds, stop.set)

    servers, closed, endpoints = await start_servers(args, args.user, password)
    write_atomically(args.endpoints, {
        "version": 1,
        "pid": os.getpid(),
        "caFile": os.path.join(args.cert_dir, "ca.pem"),
        "user": args.user,
        "password": password,
        "endpoints": endpoints,
    })
    print(f"smtp_servers: {len(endpoints)} endpoints listed in {args.endpoints}", flush=True)
    try:
        await stop.wait()
    finally:
        for server in servers:
            server.close()
        closed.close()
        try:
            os.remove(args.endpoints)
        except FileNotFoundError:
            pass
    print("smtp_servers: stopped", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
