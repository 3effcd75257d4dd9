#!/usr/bin/env bash
# Benchmark of the store's pages: the catalogue (/products) and a product page (/products/{sku}) of the demo
# store as an anonymous visitor sees them (no session, the French page; served from ShowcasePages after the
# first), and a search of the catalogue (a query: rendered by Faces every time), measured in the same run as
# GET /api/ping. Prints requests/s and p50/p99 for each at each connection count.
#
#   ./mastertrade start && bench/pages.sh
#
# Settings: MT_BENCH_URL (http://localhost:8080), MT_BENCH_STORE (demo), MT_BENCH_SKU (GESTCOM-PRO),
# MT_BENCH_CONNECTIONS ("32"), MT_BENCH_DURATION (20s).
# Needs wrk (Debian package "wrk"; installed here when missing and running as root).
set -euo pipefail

base=${MT_BENCH_URL:-http://localhost:8080}
store=${MT_BENCH_STORE:-demo}
sku=${MT_BENCH_SKU:-GESTCOM-PRO}
connections=${MT_BENCH_CONNECTIONS:-32}
duration=${MT_BENCH_DURATION:-20s}

. "$(dirname "$0")/common.sh"

for path in "/t/$store/products" "/t/$store/products/$sku"; do
    headers=$(curl -s -o /dev/null -D - "$base$path")
    grep -q '^HTTP/1.1 200' <<<"$headers" || { echo "$base$path does not answer 200" >&2; exit 1; }
    if grep -qi '^Set-Cookie: JSESSIONID' <<<"$headers"; then
        echo "$base$path makes a session for an anonymous visitor" >&2
        exit 1
    fi
done

echo
measure_header
for c in $connections; do
    measure "GET /api/ping" "$c" "$base/api/ping"
    measure "GET /products (catalogue)" "$c" -H "Accept-Language: fr" "$base/t/$store/products"
    measure "GET /products/$sku" "$c" -H "Accept-Language: fr" "$base/t/$store/products/$sku"
    measure "GET /products?q=gest (rendered)" "$c" -H "Accept-Language: fr" "$base/t/$store/products?q=gest"
done
echo
echo "$(nproc) cores, $duration per measure, wrk on the same machine."
