#!/usr/bin/env bash
# Benchmark of the tenancy path: GET /api/users/me with a customer's token, each request for a random one of
# several stores (JWT verification, the store's token check, one connection lease with SET search_path, a
# primary-key read of the user and its role), measured in the same run as GET /api/ping (no store, no
# database). Prints requests/s and p50/p99 for each at each connection count.
#
#   ./mastertrade start && bench/tenancy.sh
#
# Settings: MT_BENCH_URL (http://localhost:8080), MT_BENCH_STORES (20), MT_BENCH_CONNECTIONS ("32 128"),
# MT_BENCH_DURATION (20s), MT_OPERATOR_EMAIL / MT_OPERATOR_PASSWORD (the demo operator).
# Needs wrk (Debian package "wrk"; installed here when missing and running as root). Every request goes to
# the platform given by MT_BENCH_URL, which should be this machine.
set -euo pipefail

base=${MT_BENCH_URL:-http://localhost:8080}
stores=${MT_BENCH_STORES:-20}
connections=${MT_BENCH_CONNECTIONS:-32 128}
duration=${MT_BENCH_DURATION:-20s}
operator_email=${MT_OPERATOR_EMAIL:-operator@mastertrade.local}
operator_password=${MT_OPERATOR_PASSWORD:-operator-demo-2026}
password=bench-password-2026
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/common.sh"

# post URL JSON [TOKEN] -> the answer's body; fails on a non-2xx status.
post() {
    curl -sf -X POST "$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"
}

token_of() {
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

echo "Opening $stores stores on $base ..."
operator=$(post "$base/operator/api/auth/login" \
    "{\"email\":\"$operator_email\",\"password\":\"$operator_password\"}" | token_of)
run=$(date +%s)
{
    echo "local targets = {"
    for i in $(seq 1 "$stores"); do
        slug="bench-$run-$i"
        post "$base/operator/api/tenants" "{\"slug\":\"$slug\",\"name\":\"Bench $i\",
            \"admin\":{\"email\":\"admin@$slug.test\",\"password\":\"$password\"}}" "$operator" >/dev/null
        post "$base/t/$slug/api/auth/register" "{\"name\":\"Bench\",\"email\":\"c@$slug.test\",
            \"password\":\"$password\",\"accept_terms\":true}" >/dev/null
        token=$(post "$base/t/$slug/api/auth/login" "{\"email\":\"c@$slug.test\",\"password\":\"$password\"}" | token_of)
        echo "  {path = \"/t/$slug/api/users/me\", token = \"Bearer $token\"},"
    done
    echo "}"
    cat <<'LUA'
request = function()
  local target = targets[math.random(#targets)]
  return wrk.format("GET", target.path, {Authorization = target.token})
end
LUA
} > "$work/me.lua"

curl -sf "$base/t/bench-$run-1/api/users/me" -H "Authorization: $(sed -n '2s/.*token = "\([^"]*\)".*/\1/p' "$work/me.lua")" \
    | grep -q "c@bench-$run-1.test" || { echo "the benchmark's own request fails" >&2; exit 1; }

echo
measure_header
for c in $connections; do
    measure "GET /api/ping" "$c" "$base/api/ping"
    measure "GET /api/users/me" "$c" -s "$work/me.lua" "$base"
done
echo
echo "$(nproc) cores, $stores stores, $duration per measure, wrk on the same machine."
