#!/usr/bin/env bash
# Generates the test servers' certificates with openssl into DIR (never committed; made afresh
# for every run, so that validity periods are relative to today):
#   ca.pem             the test certificate authority (the only one the tests trust)
#   localhost.pem/key  for localhost and 127.0.0.1, signed by the test CA
#   other.pem/key      for other.invalid (a name the client never asks for), signed by the test CA
#   expired.pem/key    for localhost and 127.0.0.1, signed by the test CA, expired last year
# Usage: make_certs.sh DIR
# `openssl ca` rather than `x509 -req`: OpenSSL 3.0 (Debian 12) can only set explicit past
# validity dates through `ca -startdate/-enddate`.
set -euo pipefail

dir=${1:?usage: make_certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
rm -rf ca-db
mkdir ca-db
: > ca-db/index.txt
echo 1000 > ca-db/serial

cat > ca.cnf <<'CNF'
[ca]
default_ca = test_ca
[test_ca]
dir = ca-db
database = $dir/index.txt
serial = $dir/serial
new_certs_dir = $dir
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[any_name]
commonName = supplied
organizationName = optional
[ca_ext]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[localhost_ext]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
authorityKeyIdentifier = keyid
[other_ext]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.invalid
authorityKeyIdentifier = keyid
CNF

key() { openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

key ca.key
openssl req -new -x509 -key ca.key -out ca.pem -days 30 -config ca.cnf -extensions ca_ext \
    -subj "/O=Send Connector Console tests/CN=SCC Test CA"

# issue NAME CN EXTENSIONS START END  (dates as YYMMDDHHMMSSZ)
issue() {
    key "$1.key"
    openssl req -new -key "$1.key" -out "$1.csr" -subj "/CN=$2"
    openssl ca -batch -notext -config ca.cnf -extensions "$3" -startdate "$4" -enddate "$5" \
        -in "$1.csr" -out "$1.pem" 2>/dev/null
    rm -f "$1.csr"
}
day() { date -u -d "$1" +%y%m%d%H%M%SZ; }

issue localhost localhost localhost_ext "$(day '-1 day')" "$(day '+30 days')"
issue other other.invalid other_ext "$(day '-1 day')" "$(day '+30 days')"
issue expired localhost localhost_ext "$(day '-400 days')" "$(day '-35 days')"
