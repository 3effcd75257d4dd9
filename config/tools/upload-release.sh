#!/usr/bin/env bash
# Uploads an installer to a Mastertrade store with the tus 1.0 protocol, in chunks, resuming where the server
# says after an interruption, then creates the release as a draft (docs/delivery.md). Needs curl, base64,
# dd and sha256sum.
#
#   upload-release.sh STORE_API_URL TOKEN PRODUCT_ID VERSION FILE [CHANNEL] [CHUNK_MIB]
#   e.g. upload-release.sh http://localhost:8080/t/demo/api "$TOKEN" 1 5.3.0 dist/setup.exe stable 8
#
# Run it again with the same arguments after a failure: it finds the unfinished upload (kept in FILE.upload)
# and sends only what the server lacks.
set -euo pipefail

api=${1:?store API URL, e.g. http://localhost:8080/t/demo/api}
token=${2:?an administrator token (POST /api/auth/login)}
product=${3:?product id}
version=${4:?release version, e.g. 5.3.0}
file=${5:?installer file}
channel=${6:-stable}
chunk=$(( ${7:-8} * 1024 * 1024 ))

size=$(stat -c %s "$file")
sha=$(sha256sum "$file" | cut -d' ' -f1)
state="$file.upload"
b64() { printf '%s' "$1" | base64 -w0; }
header() { tr -d '\r' | awk -v name="$1" 'tolower($1) == tolower(name) ":" { print $2 }'; }

# 1. Begin the upload (or find the one begun before): the server answers its Location.
if [[ -s $state ]]; then
    location=$(cat "$state")
else
    location=$(curl -sS -D - -o /dev/null -X POST "$api/admin/uploads" \
        -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
        -H "Upload-Length: $size" \
        -H "Upload-Metadata: filename $(b64 "$(basename "$file")"),sha256 $(b64 "$sha")" | header Location)
    [[ -n $location ]] || { echo "the upload was refused" >&2; exit 1; }
    echo "$location" > "$state"
fi

# 2. Ask where it stands, and send the rest chunk by chunk, each from the offset the server acknowledged.
offset=$(curl -sS -I "$location" -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
    | header Upload-Offset)
offset=${offset:-0}
while (( offset < size )); do
    count=$(( size - offset < chunk ? size - offset : chunk ))
    offset=$(dd if="$file" bs=1M iflag=skip_bytes,count_bytes skip="$offset" count="$count" status=none \
        | curl -sS -D - -o /dev/null -X PATCH "$location" --data-binary @- \
            -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
            -H 'Content-Type: application/offset+octet-stream' -H "Upload-Offset: $offset" \
        | header Upload-Offset)
    [[ -n $offset ]] || { echo "a chunk was refused; run the script again to resume" >&2; exit 1; }
    printf '\r%d / %d bytes' "$offset" "$size" >&2
done
echo >&2

# 3. The upload is stored with the server's SHA-256: make it a draft release of the product.
upload=${location##*/}
curl -sS -X POST "$api/admin/products/$product/releases" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: release-$upload" \
    -d "{\"version\": \"$version\", \"channel\": \"$channel\", \"upload\": \"$upload\"}"
echo
rm -f "$state"
