#!/usr/bin/env bash
# Benchmark of downloads: one 1 GiB installer served by the platform (GET /api/downloads/{id}?token=..., the
# filesystem store) and by nginx (Debian's package, sendfile on, started here on a loopback port with a config
# of its own), in the same run: one stream, then 8 concurrent streams, each client writing to /dev/null.
# A third column is the platform behind that nginx as production runs it: nginx asks for the hand-off
# (X-Sendfile-Type: X-Accel-Redirect), the platform checks the link and names the file, nginx sends it. It is
# measured when the platform trusts the loopback proxy (start it with MT_TRUSTED_PROXIES=127.0.0.1).
# Prints MB/s for each, the platform's share of nginx's, and both servers' resident memory before and after.
#
#   ./mastertrade start && bench/downloads.sh
#
# Settings: MT_BENCH_URL (http://localhost:8080), MT_BENCH_STORE (demo), MT_BENCH_ADMIN / MT_BENCH_ADMIN_PASSWORD
# (the demo store's administrator), MT_BENCH_CUSTOMER / MT_BENCH_CUSTOMER_PASSWORD (the demo customer),
# MT_BENCH_SIZE_MB (1024), MT_BENCH_STREAMS (8), MT_BENCH_NGINX_PORT (18481). Needs curl and python3 (JSON);
# installs nginx with apt-get when it is missing and the script runs as root.
set -euo pipefail

base=${MT_BENCH_URL:-http://localhost:8080}
store=${MT_BENCH_STORE:-demo}
admin_email=${MT_BENCH_ADMIN:-admin@demo.mastertrade.local}
admin_password=${MT_BENCH_ADMIN_PASSWORD:-demo-admin-2026}
customer_email=${MT_BENCH_CUSTOMER:-client@demo.mastertrade.local}
customer_password=${MT_BENCH_CUSTOMER_PASSWORD:-demo-client-2026}
size_mb=${MT_BENCH_SIZE_MB:-1024}
streams=${MT_BENCH_STREAMS:-8}
nginx_port=${MT_BENCH_NGINX_PORT:-18481}
proxy_port=$((nginx_port + 1))
api=$base/t/$store/api
work=$(mktemp -d)
nginx_pid=""
cleanup() {
    if [[ -n $nginx_pid ]]; then kill "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -X POST "$api$1" -H 'Content-Type: application/json' -H "Authorization: Bearer $2" -d "$3"; }
login() {
    curl -sf -X POST "$api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\": \"$1\", \"password\": \"$2\"}"
}
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
# The process listening on a loopback port (the platform's Java, nginx's master).
listener() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
nginx_rss() {   # master and workers
    local total=0 pid
    for pid in $nginx_pid $(pgrep -P "$nginx_pid" || true); do total=$((total + $(rss_kib "$pid"))); done
    echo "$total"
}

if ! command -v nginx >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
    apt-get update -qq >/dev/null && apt-get install -y -qq nginx-light >/dev/null
    # Debian starts the packaged service on port 80: this benchmark runs its own.
    { systemctl stop nginx || service nginx stop || true; } >/dev/null 2>&1
fi

echo "Writing a ${size_mb} MiB file ..."
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$work/setup.exe"
chmod 755 "$work" && chmod 644 "$work/setup.exe"     # nginx's workers run as another user
size=$(stat -c %s "$work/setup.exe")

echo "Publishing it as a release of a new product of store $store (tus upload in 64 MiB parts) ..."
admin=$(login "$admin_email" "$admin_password" | json "['token']")
customer_login=$(login "$customer_email" "$customer_password")
customer=$(json "['token']" <<<"$customer_login")
customer_id=$(json "['user']['id']" <<<"$customer_login")
sku=BENCH-DL-$RANDOM$RANDOM
product=$(post /admin/products "$admin" "{\"sku\": \"$sku\", \"name\": \"$sku\", \"description\": \"bench\",
    \"category\": \"bench\", \"version\": \"1.0\", \"prices\": [{\"amount\": 1000, \"currency\": \"XOF\"}],
    \"license_terms\": {\"type\": \"permanent\", \"max_activations\": 1, \"trial_days\": 0, \"grace_days\": 0},
    \"published\": true}" | json "['id']")
upload=$(curl -sf -D - -o /dev/null -X POST "$api/admin/uploads" -H "Authorization: Bearer $admin" \
    -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $size" \
    -H "Upload-Metadata: filename $(printf setup.exe | base64)" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
part=$((64 * 1024 * 1024))
for ((offset = 0; offset < size; offset += part)); do
    dd if="$work/setup.exe" bs=1M skip="$((offset / 1048576))" count="$((part / 1048576))" status=none \
        | curl -sf -o /dev/null -X PATCH "$upload" -H "Authorization: Bearer $admin" -H 'Tus-Resumable: 1.0.0' \
            -H "Upload-Offset: $offset" -H 'Content-Type: application/offset+octet-stream' --data-binary @-
done
release=$(post "/admin/products/$product/releases" "$admin" \
    "{\"version\": \"1.0\", \"upload\": \"${upload##*/}\"}" | json "['id']")
post "/admin/releases/$release/publish" "$admin" '' >/dev/null
license=$(post /admin/licenses "$admin" "{\"product_id\": $product, \"user_id\": $customer_id}" | json "['id']")

# A fresh link each time; the licence's day is given back first, so that the quota never stops the run.
link() {
    post "/admin/licenses/$license/download-quota/reset" "$admin" '' >/dev/null
    post /downloads/generate "$customer" "{\"license_id\": $license}" | json "['url']"
}

# Where the platform keeps the file: it names it to a trusted proxy that can send files itself.
storage=$(curl -sf -o /dev/null -D - -I -H 'X-Sendfile-Type: X-Sendfile' "$(link)" | tr -d '\r' \
    | awk 'tolower($1) == "x-sendfile:" {print $2}' | sed 's|/[^/]*/releases/[^/]*$||')

cat > "$work/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo 'user root;')   # the workers read the platform's storage folder
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work;
        location / { default_type application/octet-stream; }
    }
    server {
        listen 127.0.0.1:$proxy_port;
        location /protected-releases/ { internal; alias ${storage:-/nonexistent}/; }
        location / {
            proxy_pass $base;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Sendfile-Type X-Accel-Redirect;
            proxy_set_header X-Accel-Mapping ${storage:-/nonexistent}/=/protected-releases/;
        }
    }
}
EOF
nginx -c "$work/nginx.conf" -g 'daemon off;' 2>>"$work/nginx-error.log" &
nginx_pid=$!
sleep 1
nginx_url=http://127.0.0.1:$nginx_port/setup.exe
platform_pid=$(listener "${base##*:}")

# One stream: MB/s (10^6 bytes a second) of a whole download.
single() {
    curl -sf -o /dev/null -w '%{size_download} %{time_total}\n' "$1" \
        | awk -v size="$size" '$1 != size {print "short download: " $1 " bytes" > "/dev/stderr"; exit 1}
                               {printf "%.0f\n", $1 / $2 / 1e6}'
}
# $streams streams at once: total MB/s over the wall time. $1: a command printing one URL per stream.
concurrent() {
    local urls=() i start end
    for ((i = 0; i < streams; i++)); do urls+=("$($1)"); done
    start=$(date +%s.%N)
    for url in "${urls[@]}"; do curl -sf -o /dev/null "$url" & done
    wait
    end=$(date +%s.%N)
    awk -v n="$streams" -v size="$size" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n * size / (e - s) / 1e6}'
}
nginx_link() { echo "$nginx_url"; }
proxied_link() { link | sed "s|^$base|http://127.0.0.1:$proxy_port|"; }

platform_before=$(rss_kib "$platform_pid")
nginx_before=$(nginx_rss)
echo "Warming up (one download from each) ..."
single "$(link)" >/dev/null
single "$nginx_url" >/dev/null

p1=$(single "$(link)")
n1=$(single "$nginx_url")
p8=$(concurrent link)
n8=$(concurrent nginx_link)
h1=- h8=-
if [[ -n $storage ]]; then
    h1=$(single "$(proxied_link)")
    h8=$(concurrent proxied_link)
else
    echo "The platform does not trust the loopback proxy: no hand-off measured (MT_TRUSTED_PROXIES=127.0.0.1)." >&2
fi
platform_after=$(rss_kib "$platform_pid")
nginx_after=$(nginx_rss)

echo
share() { [[ $1 == - ]] && echo - || echo "$((100 * $1 / $2))%"; }
printf '%-28s %10s %10s %8s %16s %8s\n' "" platform nginx "share" "platform+nginx" "share"
printf '%-28s %10s %10s %8s %16s %8s\n' "1 stream, MB/s" "$p1" "$n1" "$(share "$p1" "$n1")" "$h1" "$(share "$h1" "$n1")"
printf '%-28s %10s %10s %8s %16s %8s\n' "$streams streams, MB/s (total)" "$p8" "$n8" "$(share "$p8" "$n8")" \
    "$h8" "$(share "$h8" "$n8")"
printf '%-28s %10s %10s\n' "RSS before, MiB" "$((platform_before / 1024))" "$((nginx_before / 1024))"
printf '%-28s %10s %10s\n' "RSS after, MiB" "$((platform_after / 1024))" "$((nginx_after / 1024))"
echo
echo "$(nproc) cores, a $((size / 1024 / 1024)) MiB file, curl to /dev/null on the same machine; platform $base (pid $platform_pid), nginx $(nginx -v 2>&1 | cut -d/ -f2)."
