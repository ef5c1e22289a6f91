#!/usr/bin/env python3
"""The directory servers the LDAP tests talk to: two OpenLDAP slapd providers on 127.0.0.1 that
replicate one base to each other (multi-provider, "mirror mode").

Everything is made at start in a new temporary directory, never from /etc/ldap/slapd.d:
  - for each provider a cn=config made with `slapadd -n0`: the schemas core, cosine and
    inetorgperson (/etc/ldap/schema) and ours (resources/ldap/send-connector.ldif);
  - an mdb database for the base (dc=contoso,dc=com), which holds only the base entry, a plain
    dcObject, as an administrator is given it; the organization's tree is for the tests to add;
  - an administrator, the database's rootDN cn=admin,<base>, with a password generated here
    (the replication binds as it too);
  - the syncprov overlay and an olcSyncrepl towards the other provider (olcServerID 1 and 2,
    olcMultiProvider TRUE): what is written on either appears on both;
  - a ldapi:// socket per provider in the temporary directory, where the user running this
    script (root on CI) binds with SASL EXTERNAL and manages cn=config and the base.
Anonymous clients read the root DSE and the subschema entry only; bound users read the base.
Beside them, closedUri names a port of 127.0.0.1 held bound but never listening: connections to
it are refused (a provider that is down, for failover).

Once both providers answer and replicate both ways (the second holds the base entry, replicated
from the first; a mark added to the base on the second reaches the first, its removal there comes
back; the base ends as it began), the process writes the endpoints file (JSON, atomically) that
tests/support/TestServers.h reads. A port taken between choosing and binding it is chosen again.

SIGUSR1 stops the first provider, or starts it again (same port, same data) when it is stopped;
SIGUSR2 does the same with the second: a provider that is down, then back and catching up. The
endpoints file is rewritten after each, with "running" and "pid" of each provider as they are then.
A test that stops a provider must not share the fixture with another test running at that time
(CTest's RUN_SERIAL).

Usage: ldap_server.py --endpoints FILE [--base DN] [--schema-dir DIR] [--watch-pid PID]
                      [--max-seconds N]
The process ends on SIGTERM or SIGINT, when the watched process (by default its parent) ends,
when a slapd ends that was not asked to, or after --max-seconds; it then ends both slapd processes and removes the
endpoints file and the temporary directory.
"""

import argparse
import base64
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

from dns_server import alive, end, end_with_parent
from readyfile import write_atomically

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "ldap"))
SYSTEM_SCHEMAS = ["core", "cosine", "inetorgperson"]
START_SECONDS = 20


def find(program):
    return shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")


def free_port():
    """A port of 127.0.0.1 that nothing listens on now (slapd binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ssha(password):
    """The {SSHA} form of `password` for olcRootPW: slapd never holds the clear text."""
    salt = secrets.token_bytes(8)
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def ldapi_uri(path):
    return "ldapi://" + urllib.parse.quote(path, safe="")


def peer_dn():
    """Who a process of this user is over ldapi:// with SASL EXTERNAL."""
    return f"gidNumber={os.getgid()}+uidNumber={os.getuid()},cn=peercred,cn=external,cn=auth"


def config_ldif(server_id, directory, base, admin, password_hash, schema_files, other):
    """cn=config of one provider; `other` is (uri, admin, password) of the provider it replicates from."""
    other_uri, other_admin, other_password = other
    syncrepl = (f'rid={server_id:03d} provider={other_uri} bindmethod=simple binddn="{other_admin}" '
                f'credentials="{other_password}" searchbase="{base}" type=refreshAndPersist '
                f'retry="1 +" timeout=2 network-timeout=2')
    includes = "".join(f"include: file://{path}\n\n" for path in schema_files)
    peer = peer_dn()
    return f"""dn: cn=config
objectClass: olcGlobal
cn: config
olcServerID: {server_id}
olcPidFile: {directory}/slapd.pid
olcArgsFile: {directory}/slapd.args
olcLogLevel: none

dn: cn=module{{0}},cn=config
objectClass: olcModuleList
cn: module{{0}}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb
olcModuleLoad: syncprov

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

{includes}dn: olcDatabase={{-1}}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {{-1}}frontend
olcAccess: {{0}}to dn.base="" by * read
olcAccess: {{1}}to dn.base="cn=Subschema" by * read

dn: olcDatabase={{0}}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {{0}}config
olcAccess: {{0}}to * by dn.exact="{peer}" manage by * none

dn: olcDatabase={{1}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{1}}mdb
olcDbDirectory: {directory}/db
olcDbMaxSize: 67108864
olcSuffix: {base}
olcRootDN: {admin}
olcRootPW: {password_hash}
olcDbIndex: objectClass eq
olcDbIndex: cn eq
olcDbIndex: entryCSN,entryUUID eq
olcAccess: {{0}}to * by dn.exact="{peer}" manage by * break
olcAccess: {{1}}to attrs=userPassword by self write by anonymous auth by * none
olcAccess: {{2}}to * by users read by * none
olcLimits: {{0}}dn.exact="{admin}" time=unlimited size=unlimited
olcLimits: {{1}}dn.exact="{peer}" time=unlimited size=unlimited
olcLimits: {{2}}users size.prtotal=unlimited
olcSyncrepl: {{0}}{syncrepl}
olcMultiProvider: TRUE

dn: olcOverlay={{0}}syncprov,olcDatabase={{1}}mdb,cn=config
objectClass: olcOverlayConfig
objectClass: olcSyncProvConfig
olcOverlay: {{0}}syncprov
olcSpCheckpoint: 100 10
"""


def base_ldif(base):
    """The base entry as an administrator is given it: a plain dcObject (with organization,
    since dcObject is auxiliary)."""
    first = base.split(",", 1)[0]
    attribute, value = first.split("=", 1)
    if attribute.strip().lower() != "dc":
        sys.exit(f"ldap_server: the base {base} must start with dc=")
    return f"dn: {base}\nobjectClass: dcObject\nobjectClass: organization\ndc: {value}\no: {value}\n"


def run(command, what):
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"ldap_server: {what} failed ({' '.join(command)}):\n{result.stdout}{result.stderr}")


def answers(ldapsearch, uri, base=None, admin=None, password=None, attribute="1.1"):
    """The server at `uri` answers: the output of an anonymous root DSE search, or, with `base`,
    of the administrator's search of the base entry for `attribute`; None without an answer."""
    command = [ldapsearch, "-LLL", "-x", "-H", uri, "-o", "nettimeout=1", "-o", "ldif-wrap=no", "-l", "1"]
    if base:
        command += ["-D", admin, "-w", password, "-b", base, "-s", "base", attribute]
    else:
        command += ["-b", "", "-s", "base", "namingContexts"]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    return result.stdout if result.returncode == 0 and "dn:" in result.stdout else None


class StartFailed(Exception):
    pass


class PortLost(StartFailed):
    """A provider could not listen on the port chosen for it (taken in the meantime): try again."""


def wait_until(condition, processes, deadline, stopping, what):
    while not condition():
        if stopping:
            raise StartFailed("stopped while starting")
        if any(p.poll() is not None for p in processes):
            raise StartFailed(f"a slapd ended while {what}")
        if time.monotonic() > deadline:
            raise StartFailed(f"timed out while {what}")
        time.sleep(0.02)


def start_providers(programs, args, work_dir, admin, password, schema_files, stopping, processes):
    """Configures and starts both providers in `work_dir`, appending to `processes`; returns
    their descriptions once they replicate both ways."""
    password_hash = ssha(password)
    providers = []
    for number in (1, 2):
        directory = os.path.join(work_dir, f"provider{number}")
        os.makedirs(os.path.join(directory, "slapd.d"))
        os.makedirs(os.path.join(directory, "db"))
        port = free_port()
        providers.append({"id": number, "directory": directory, "port": port,
                          "uri": f"ldap://127.0.0.1:{port}",
                          "ldapi": ldapi_uri(os.path.join(directory, "ldapi"))})
    for provider, other in ((providers[0], providers[1]), (providers[1], providers[0])):
        ldif = os.path.join(provider["directory"], "config.ldif")
        with open(ldif, "w", encoding="utf-8") as out:
            out.write(config_ldif(provider["id"], provider["directory"], args.base, admin, password_hash,
                                  schema_files, (other["uri"], admin, password)))
        run([programs["slapadd"], "-n0", "-F", os.path.join(provider["directory"], "slapd.d"), "-l", ldif],
            f"the configuration of provider {provider['id']}")
    # The base entry goes into the first provider only; the second receives it by replication
    # (two separate slapadd runs would give it two entryUUIDs).
    base_file = os.path.join(work_dir, "base.ldif")
    with open(base_file, "w", encoding="utf-8") as out:
        out.write(base_ldif(args.base))
    run([programs["slapadd"], "-q", "-w", "-b", args.base, "-F",
         os.path.join(providers[0]["directory"], "slapd.d"), "-l", base_file], "adding the base entry")

    deadline = time.monotonic() + START_SECONDS
    for provider in providers:
        log_path = os.path.join(provider["directory"], "slapd.log")
        process = launch(programs["slapd"], provider)
        processes.append(process)
        provider["pid"] = process.pid
        provider["running"] = True
        # The first provider answers before the second starts, so that the second's first
        # replication attempt finds it (a failed attempt waits the retry interval, 1 s).
        try:
            wait_until(lambda: answers(programs["ldapsearch"], provider["uri"]), processes, deadline, stopping,
                       f"waiting for provider {provider['id']} to answer")
        except StartFailed:
            with open(log_path, encoding="utf-8", errors="replace") as log:
                text = log.read()
            sys.stderr.write(text[-4000:])
            if "Address already in use" in text:
                raise PortLost(provider["uri"]) from None
            raise

    # Replication both ways before the tests begin: the second provider holds the base entry
    # (from the first), and a mark written on the second reaches the first and is taken back
    # there, so that the base ends as it began.
    first, second = providers
    search = lambda provider, attribute="1.1": answers(  # noqa: E731
        programs["ldapsearch"], provider["uri"], args.base, admin, password, attribute) or ""
    wait_until(lambda: search(second), processes, deadline, stopping,
               "waiting for the base entry to reach provider 2")
    mark = f"description: ldap_server.py {secrets.token_hex(8)}"
    modify(programs["ldapmodify"], second, admin, password, f"dn: {args.base}\nchangetype: modify\n"
           f"add: description\n{mark}\n")
    wait_until(lambda: mark in search(first, "description").splitlines(), processes, deadline, stopping,
               "waiting for a change on provider 2 to reach provider 1")
    modify(programs["ldapmodify"], first, admin, password, f"dn: {args.base}\nchangetype: modify\n"
           f"delete: description\n{mark}\n")
    wait_until(lambda: "description:" not in search(second, "description"), processes, deadline, stopping,
               "waiting for a change on provider 1 to reach provider 2")
    return providers


def launch(slapd, provider):
    """Starts the provider's slapd; -d 0 keeps it in the foreground (our child, ended with us),
    logging to its file."""
    with open(os.path.join(provider["directory"], "slapd.log"), "ab") as log:
        return subprocess.Popen(
            [slapd, "-d", "0", "-s", "0", "-F", os.path.join(provider["directory"], "slapd.d"),
             "-h", f"{provider['uri']}/ {provider['ldapi']}"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=end_with_parent)


def switch(programs, provider, processes, index, stopping):
    """Stops a running provider, or starts a stopped one again and waits until it answers."""
    if provider["running"]:
        end([processes[index]])
        provider["running"] = False
        provider["pid"] = 0
        return
    processes[index] = launch(programs["slapd"], provider)
    wait_until(lambda: answers(programs["ldapsearch"], provider["uri"]), [processes[index]],
               time.monotonic() + START_SECONDS, stopping, f"waiting for provider {provider['id']} to answer again")
    provider["running"] = True
    provider["pid"] = processes[index].pid


def modify(ldapmodify, provider, admin, password, ldif):
    result = subprocess.run([ldapmodify, "-x", "-H", provider["uri"], "-D", admin, "-w", password],
                            input=ldif, capture_output=True, text=True)
    if result.returncode != 0:
        raise StartFailed(f"ldapmodify on provider {provider['id']} failed: {result.stderr}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", required=True, help="the file to write once both providers answer")
    parser.add_argument("--base", default="dc=contoso,dc=com", help="the base DN both providers hold")
    parser.add_argument("--schema-dir", default=DEFAULT_SCHEMA_DIR, help="where send-connector.ldif is")
    parser.add_argument("--watch-pid", type=int, default=os.getppid(), help="end when this process ends")
    parser.add_argument("--max-seconds", type=float, default=6 * 3600, help="end after this long anyway")
    args = parser.parse_args()

    programs = {name: find(name) for name in ("slapd", "slapadd", "ldapsearch", "ldapmodify")}
    missing = [name for name, path in programs.items() if not path]
    if missing:
        sys.exit(f"ldap_server: {', '.join(missing)} not installed (Debian: slapd, ldap-utils; "
                 ".ci/install-deps --test)")
    schema_files = [f"/etc/ldap/schema/{name}.ldif" for name in SYSTEM_SCHEMAS]
    schema_files.append(os.path.join(os.path.abspath(args.schema_dir), "send-connector.ldif"))
    for path in schema_files:
        if not os.path.isfile(path):
            sys.exit(f"ldap_server: no schema {path}")

    stopping = []
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: stopping.append(True))
    switches = []
    signal.signal(signal.SIGUSR1, lambda *_: switches.append(0))
    signal.signal(signal.SIGUSR2, lambda *_: switches.append(1))

    work_dir = tempfile.mkdtemp(prefix="scc-ldap-")  # short: a socket path has at most 107 bytes
    processes = []
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        closed.bind(("127.0.0.1", 0))
        admin = f"cn=admin,{args.base}"
        password = secrets.token_urlsafe(18)
        for attempt in range(3):
            try:
                providers = start_providers(programs, args, os.path.join(work_dir, f"attempt{attempt}"), admin,
                                            password, schema_files, stopping, processes)
                break
            except PortLost as lost:
                print(f"ldap_server: {lost} was taken meanwhile; trying other ports", file=sys.stderr, flush=True)
                end(processes)
                processes.clear()
            except StartFailed as failure:
                sys.exit(f"ldap_server: {failure}")
        else:
            sys.exit("ldap_server: no free ports on 127.0.0.1 after three attempts")

        def write_endpoints():
            write_atomically(args.endpoints, {
                "version": 1, "pid": os.getpid(), "baseDn": args.base, "bindDn": admin, "password": password,
                "saslExternalIdentity": peer_dn(), "schemaFile": schema_files[-1],
                "closedUri": f"ldap://127.0.0.1:{closed.getsockname()[1]}",
                "providers": [{"uri": p["uri"], "host": "127.0.0.1", "port": p["port"], "ldapiUri": p["ldapi"],
                               "serverId": p["id"], "pid": p["pid"], "running": p["running"]} for p in providers]})

        switches.clear()  # asked before the servers were ready: nothing to switch yet
        write_endpoints()
        print(f"ldap_server: {providers[0]['uri']} and {providers[1]['uri']} replicate {args.base}; "
              f"see {args.endpoints}", flush=True)

        deadline = time.monotonic() + args.max_seconds
        while not stopping and alive(args.watch_pid) and time.monotonic() < deadline:
            ended = [p for p, process in zip(providers, processes) if p["running"] and process.poll() is not None]
            if ended:
                print(f"ldap_server: provider {ended[0]['id']} ended by itself", file=sys.stderr, flush=True)
                break
            if switches:
                index = switches.pop(0)
                try:
                    switch(programs, providers[index], processes, index, stopping)
                except StartFailed as failure:
                    print(f"ldap_server: {failure}", file=sys.stderr, flush=True)
                    break
                print(f"ldap_server: provider {providers[index]['id']} "
                      f"{'runs again' if providers[index]['running'] else 'stopped'}", flush=True)
                write_endpoints()
                continue
            time.sleep(0.05)
    finally:
        end(processes)
        closed.close()
        try:
            os.remove(args.endpoints)
        except FileNotFoundError:
            pass
        shutil.rmtree(work_dir, ignore_errors=True)
    print("ldap_server: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
