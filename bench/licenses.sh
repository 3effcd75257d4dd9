#!/usr/bin/env bash
# Benchmark of the licence API: POST /api/license/validate for random licences of several stores, each from
# the device it was activated on (the call every installed WinDev program makes at start-up), signed with
# RSA-2048 (the default) and with Ed25519, measured in the same run as GET /api/ping (no store, no database).
# Prints requests/s and p50/p99 for each at each connection count.
#
#   ./mastertrade start && bench/licenses.sh
#
# Settings: MT_BENCH_URL (http://localhost:8080), MT_BENCH_STORES (5), MT_BENCH_LICENSES (10000),
# MT_BENCH_CONNECTIONS ("32 128"), MT_BENCH_DURATION (20s), MT_OPERATOR_EMAIL / MT_OPERATOR_PASSWORD (the
# demo operator). Needs wrk (installed here when missing and running as root) and the JDK (the seeding).
set -euo pipefail

base=${MT_BENCH_URL:-http://localhost:8080}
stores=${MT_BENCH_STORES:-5}
licenses=${MT_BENCH_LICENSES:-10000}
connections=${MT_BENCH_CONNECTIONS:-32 128}
duration=${MT_BENCH_DURATION:-20s}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/common.sh"

echo "Seeding $licenses licences in $stores stores on $base ..."
java "$(dirname "$0")/LicenseSeed.java" "$base" "$stores" "$licenses" \
    "${MT_OPERATOR_EMAIL:-operator@mastertrade.local}" "${MT_OPERATOR_PASSWORD:-operator-demo-2026}" "$work/validate.lua"

echo
measure_header
for c in $connections; do
    measure "GET /api/ping" "$c" "$base/api/ping"
    MT_BENCH_SIGNATURE=rsa measure "POST /api/license/validate (RSA)" "$c" -s "$work/validate.lua" "$base"
    MT_BENCH_SIGNATURE=ed25519 measure "POST /api/license/validate (Ed25519)" "$c" -s "$work/validate.lua" "$base"
done
echo
echo "$(nproc) cores, $licenses licences in $stores stores, $duration per measure, wrk on the same machine."
