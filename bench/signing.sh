#!/usr/bin/env bash
# Benchmark of what signs licence answers (ADR 0008), no server: signatures per second of one answer with
# RSA-2048 and Ed25519, by the JDK, BouncyCastle and Amazon Corretto Crypto Provider (native AWS-LC), on one
# thread and on every core. Prints one line per signer and thread count.
#
#   bench/signing.sh
#
# Settings: MT_BENCH_DURATION (seconds per measure, 5), MT_BENCH_THREADS ("1 <cores>"). Needs Maven (the jars
# of ACCP and BouncyCastle, as ejb-module depends on them) and the JDK.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
duration=${MT_BENCH_DURATION:-5}
threads=${MT_BENCH_THREADS:-1 $(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$here/.." && mvn -B -ntp -q dependency:build-classpath -pl ejb-module -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/classpath")
# shellcheck disable=SC2086
java -cp "$(cat "$work/classpath")" "$here/SigningBench.java" "$duration" $threads
