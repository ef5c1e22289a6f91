#!/usr/bin/env python3
"""The DNS servers the connectivity tests ask for MX records: two dnsmasq processes on loopback.

  server          the tests' stand-in for the system's DNS (connectors without external DNS)
  externalServer  a transport server's external DNS server (UseExternalDNSServersEnabled with
                  Set-TransportServer -ExternalDNSServers)

Both listen on port 53 of a loopback address of their own (127.0.13.53 and 127.0.13.54, or the
next free pair 127.0.N.53/54), since Qt 6.4's QDnsLookup::setNameserver takes no port. They know
only the .test names below (NXDOMAIN for other .test names, REFUSED for the rest: there is no
upstream server), serve no DHCP and read no /etc file. MX hosts resolve to 127.0.0.1 or to an
unreachable loopback address (127.0.N.2, where nothing listens); an MX record has no port, so the
tests choose the SMTP endpoint through the connector's Port.

Once both answer, the process writes the ready file (JSON, atomically) that
tests/support/TestServers.h reads: the addresses and, per domain, what each server answers.

Usage: dns_server.py --work-dir DIR --ready FILE [--watch-pid PID] [--max-seconds N]
Binding port 53 needs root (CI runs as root) or CAP_NET_BIND_SERVICE. The process ends on SIGTERM
or SIGINT, when the watched process (by default its parent) ends, when a dnsmasq ends, or after
--max-seconds; it then ends the dnsmasq processes and removes the ready file.
"""

import argparse
import ctypes
import errno
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time

from readyfile import write_atomically

UP = "127.0.0.1"
DOWN = "{unreachable}"


def domains():
    """name -> (description, answer of `server`, answer of `externalServer`); None: NXDOMAIN.
    An answer is (MX records as (exchange, preference, address), the domain's own A records)."""
    both = lambda answer: (answer, answer)  # noqa: E731
    return {
        "mx-ok.test": ("two MX hosts, preferences 10 and 20, both on 127.0.0.1",
                       *both(([("mx1.mx-ok.test", 10, UP), ("mx2.mx-ok.test", 20, UP)], []))),
        "a-only.test": ("no MX record but an A record on 127.0.0.1: SMTP falls back to the domain itself",
                        *both(([], [UP]))),
        "mx-closed.test": ("one MX host, on an address where nothing listens",
                           *both(([("mx.mx-closed.test", 10, DOWN)], []))),
        "mx-partial.test": ("the preferred MX host (10) is on an address where nothing listens, "
                            "the next one (20) on 127.0.0.1",
                            *both(([("down.mx-partial.test", 10, DOWN), ("up.mx-partial.test", 20, UP)], []))),
        "nxdomain.test": ("does not exist (NXDOMAIN)", None, None),
        "split.test": ("each server names another MX host (both on 127.0.0.1): the host shows which server was asked",
                       ([("mx-default.split.test", 10, UP)], []),
                       ([("mx-external.split.test", 10, UP)], [])),
        "external-only.test": ("known only to the external DNS server",
                               None, ([("mx.external-only.test", 10, UP)], [])),
    }


def resolve(answer, unreachable):
    if answer is None:
        return {"exists": False, "mx": [], "addresses": []}
    mx, addresses = answer
    fill = lambda address: address.replace(DOWN, unreachable)  # noqa: E731
    return {"exists": True,
            "mx": [{"exchange": e, "preference": p, "address": fill(a)} for e, p, a in mx],
            "addresses": [fill(a) for a in addresses]}


def configuration(role, address, unreachable, pid_file):
    # user, group: dnsmasq would otherwise become nobody:dip, which clears the parent-death signal.
    lines = ["no-resolv", "no-hosts", "bind-interfaces", f"listen-address={address}", "port=53", "user=root", "group=root",
             "local=/test/", "log-queries", f"pid-file={pid_file}"]
    for name, (_, server, external) in domains().items():
        answer = resolve(server if role == "server" else external, unreachable)
        for record in answer["mx"]:
            lines.append(f"mx-host={name},{record['exchange']},{record['preference']}")
            lines.append(f"host-record={record['exchange']},{record['address']}")
        for a in answer["addresses"]:
            lines.append(f"host-record={name},{a}")
    return "\n".join(lines) + "\n"


class PortTaken(Exception):
    pass


def check_free(address):
    """Raises PortTaken if something holds port 53 of `address`; exits with a clear message
    when this process may not bind port 53 at all."""
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        probe = socket.socket(socket.AF_INET, kind)
        try:
            probe.bind((address, 53))
        except PermissionError:
            sys.exit(f"dns_server: may not bind port 53 of {address}: the DNS fixture needs root or "
                     "CAP_NET_BIND_SERVICE (Qt 6.4's QDnsLookup can only ask port 53)")
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise PortTaken(address) from error
            raise
        finally:
            probe.close()


def query(address, name, timeout):
    """The response code of an MX query for `name` to address:53, or None without an answer."""
    packet = struct.pack(">HHHHHH", 0x5cc0, 0x0100, 1, 0, 0, 0)
    packet += b"".join(bytes([len(label)]) + label.encode() for label in name.split(".")) + b"\0"
    packet += struct.pack(">HH", 15, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        client.settimeout(timeout)
        try:
            client.sendto(packet, (address, 53))
            response = client.recv(512)
        except OSError:
            return None
    return struct.unpack(">H", response[2:4])[0] & 0xF


def start_pair(dnsmasq, work_dir, network):
    """Starts both servers on 127.0.<network>.53/.54; returns (processes, description) or None
    if an address was taken."""
    addresses = {"server": f"127.0.{network}.53", "externalServer": f"127.0.{network}.54"}
    unreachable = f"127.0.{network}.2"
    try:
        for address in addresses.values():
            check_free(address)
    except PortTaken:
        return None
    processes = []
    for role, address in addresses.items():
        conf = os.path.join(work_dir, f"{role}.conf")
        with open(conf, "w", encoding="ascii") as out:
            out.write(configuration(role, address, unreachable, os.path.join(work_dir, f"{role}.pid")))
        processes.append(subprocess.Popen([dnsmasq, "--keep-in-foreground", f"--conf-file={conf}",
                                           "--log-facility=-"], stdin=subprocess.DEVNULL,
                                          preexec_fn=end_with_parent))
    deadline = time.monotonic() + 10
    waiting = dict(addresses)
    while waiting and time.monotonic() < deadline and all(p.poll() is None for p in processes):
        for role, address in list(waiting.items()):
            if query(address, "mx-ok.test", 0.2) == 0:
                del waiting[role]
    if waiting:
        end(processes)
        return None
    return processes, {"server": addresses["server"], "externalServer": addresses["externalServer"],
                       "port": 53, "unreachableAddress": unreachable,
                       "domains": {name: {"description": description,
                                          "server": resolve(server, unreachable),
                                          "externalServer": resolve(external, unreachable)}
                                   for name, (description, server, external) in domains().items()}}


def end_with_parent():
    """In the child before exec: SIGTERM when this process ends, however it ends (even SIGKILL),
    so that no dnsmasq outlives it holding port 53."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def end(processes):
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", required=True, help="for dnsmasq's configuration and pid files")
    parser.add_argument("--ready", required=True, help="the file to write once both servers answer")
    parser.add_argument("--watch-pid", type=int, default=os.getppid(), help="end when this process ends")
    parser.add_argument("--max-seconds", type=float, default=6 * 3600, help="end after this long anyway")
    args = parser.parse_args()
    dnsmasq = shutil.which("dnsmasq") or shutil.which("dnsmasq", path="/usr/sbin:/sbin")
    if not dnsmasq:
        sys.exit("dns_server: dnsmasq is not installed (Debian: dnsmasq-base; .ci/install-deps --test)")
    os.makedirs(args.work_dir, exist_ok=True)

    stopping = []
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: stopping.append(True))

    started = None
    for network in range(13, 64):  # another build's servers may hold 127.0.13.53 already
        started = start_pair(dnsmasq, args.work_dir, network)
        if started or stopping:
            break
    if not started:
        sys.exit("dns_server: no free pair of loopback addresses for port 53 (127.0.13-63.53/54)")
    processes, description = started
    write_atomically(args.ready, {"version": 1, "pid": os.getpid(), **description})
    print(f"dns_server: {description['server']} and {description['externalServer']} answer; "
          f"see {args.ready}", flush=True)

    deadline = time.monotonic() + args.max_seconds
    try:
        while (not stopping and alive(args.watch_pid) and time.monotonic() < deadline
               and all(p.poll() is None for p in processes)):
            time.sleep(0.2)
    finally:
        end(processes)
        try:
            os.remove(args.ready)
        except FileNotFoundError:
            pass
    print("dns_server: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
