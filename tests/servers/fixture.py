#!/usr/bin/env python3
"""Starts and stops the test servers for CTest's fixtures (smtp_servers, dns_server, ldap_servers).

  fixture.py start smtp --state-dir DIR   certificates into DIR/certs, then smtp_servers.py in
                                          the background; returns once DIR/smtp.json is written
  fixture.py stop smtp --state-dir DIR    ends it and removes DIR/smtp.json and DIR/certs
  fixture.py start dns --state-dir DIR    dns_server.py (dnsmasq) in the background; returns once
                                          DIR/dns.json is written
  fixture.py stop dns --state-dir DIR
  fixture.py start ldap --state-dir DIR   ldap_server.py (two slapd providers) in the background;
                                          returns once DIR/ldap.json is written
  fixture.py stop ldap --state-dir DIR    ends them (ldap_server.py removes its temporary directory)

The server runs in a session of its own with its output in DIR/<kind>.log (CTest waits for the
output of a test to close), and watches CTest's process: it ends with CTest even if the cleanup
fixture never runs. A start first ends what a previous, interrupted run left behind.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = {"smtp": "smtp_servers.py", "dns": "dns_server.py", "ldap": "ldap_server.py"}
START_SECONDS = 30
STOP_SECONDS = 10


def paths(kind, state_dir):
    return {
        "ready": os.path.join(state_dir, f"{kind}.json"),
        "pid": os.path.join(state_dir, f"{kind}.pid"),
        "log": os.path.join(state_dir, f"{kind}.log"),
        "certs": os.path.join(state_dir, "certs"),
        "dns": os.path.join(state_dir, "dns"),
    }


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


def ours(pid, kind):
    """Whether `pid` still is the server this fixture started (not a process that took its id)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return SCRIPTS[kind].encode() in cmdline.read()
    except OSError:
        return False


def stop(kind, state_dir):
    p = paths(kind, state_dir)
    try:
        with open(p["pid"], encoding="ascii") as f:
            pid = int(f.read().strip())
    except (FileNotFoundError, ValueError):
        pid = None
    if pid and alive(pid) and ours(pid, kind):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if alive(pid):
            print(f"fixture: {kind} server {pid} ignored SIGTERM; killing it", file=sys.stderr)
            os.killpg(pid, signal.SIGKILL)
    for path in (p["ready"], p["pid"]):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
    if kind in ("smtp", "dns"):
        shutil.rmtree(p["certs"] if kind == "smtp" else p["dns"], ignore_errors=True)
    return 0


def start(kind, state_dir, python):
    os.makedirs(state_dir, exist_ok=True)
    stop(kind, state_dir)
    p = paths(kind, state_dir)
    watched = str(os.getppid())  # CTest (or the shell that ran this script)
    if kind == "smtp":
        subprocess.run(["bash", os.path.join(HERE, "make_certs.sh"), p["certs"]], check=True)
        command = [python, os.path.join(HERE, SCRIPTS["smtp"]), "--cert-dir", p["certs"],
                   "--endpoints", p["ready"], "--watch-pid", watched]
    elif kind == "dns":
        command = [python, os.path.join(HERE, SCRIPTS["dns"]), "--work-dir", p["dns"],
                   "--ready", p["ready"], "--watch-pid", watched]
    else:
        command = [python, os.path.join(HERE, SCRIPTS["ldap"]), "--endpoints", p["ready"],
                   "--watch-pid", watched]
    with open(p["log"], "wb") as log:
        server = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                  start_new_session=True)
    with open(p["pid"], "w", encoding="ascii") as f:
        f.write(f"{server.pid}\n")
    deadline = time.monotonic() + START_SECONDS
    while not os.path.exists(p["ready"]):
        if server.poll() is not None or time.monotonic() > deadline:
            with open(p["log"], encoding="utf-8", errors="replace") as log:
                sys.stderr.write(log.read())
            print(f"fixture: the {kind} server did not start (exit status {server.poll()}); "
                  f"its log is {p['log']}", file=sys.stderr)
            stop(kind, state_dir)
            return 1
        time.sleep(0.05)
    print(f"fixture: {kind} server {server.pid} ready; see {p['ready']}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("kind", choices=sorted(SCRIPTS))
    parser.add_argument("--state-dir", required=True)
    parser.add_argument("--python", default=sys.executable, help="the Python that runs the server")
    args = parser.parse_args()
    if args.action == "start":
        return start(args.kind, args.state_dir, args.python)
    return stop(args.kind, args.state_dir)


if __name__ == "__main__":
    sys.exit(main())
