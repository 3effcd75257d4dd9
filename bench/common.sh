# Shared by the benchmarks: wrk, and one line of figures per measure. Sourced, not run.

if ! command -v wrk >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

# measure LABEL CONNECTIONS wrk-arguments... -> one line: label, connections, req/s, p50, p99, errors.
# A 5 s warm-up with the same arguments comes first.
measure() {
    local label=$1 conns=$2
    shift 2
    wrk -t2 -c"$conns" -d5s "$@" >/dev/null
    local out
    out=$(wrk -t2 -c"$conns" -d"$duration" --latency "$@")
    printf '%-34s %5s %12s %10s %10s %8s\n' "$label" "$conns" \
        "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
        "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
        "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
        "$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0)"
}

measure_header() {
    printf '%-34s %5s %12s %10s %10s %8s\n' endpoint conns 'req/s' p50 p99 non-2xx
}
