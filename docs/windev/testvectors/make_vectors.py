#!/usr/bin/env python3
"""Regenerates vectors.json and test-public-key.pem: answers signed exactly as the Mastertrade server signs them.

A throw-away RSA-2048 key is made at each run; its private half is never written anywhere. The bodies are
byte-for-byte what the server writes (JSON-B: snake_case, names in lexicographic order, nulls written, no
spaces; ISO-8601 instants with as many fraction digits as the clock gave). Needs the `cryptography` package.

    python3 make_vectors.py        # writes vectors.json and test-public-key.pem beside this file
"""
import base64
import hashlib
import json
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))
KID = "rsa-20261124-1a2b3c4d"
KEY = "MT-3f0c9a52-7d1e-4b8a-9c2f-5e6d7a8b9c0d"
SKU = "GESTCOM-PRO"
MACHINE_GUID = "4c4c4544-0042-3510-8052-b4c04f4e4d32"
NONCE = "9f86d081884c7d659a2feaa0c55ad015"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def header(private_key, body: bytes) -> str:
    signature = private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return f'keyid="{KID}", algorithm="rsa-sha256", signature="{b64(signature)}"'


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def days_from_civil(y: int, m: int, d: int) -> int:
    """The integer steps of mtDaysFromCivil in MastertradeLicence.wl (H. Hinnant), for years >= 1."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def iso_to_unix(s: str) -> int:
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    h, mi, se = int(s[11:13]), int(s[14:16]), int(s[17:19])
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se


def main() -> None:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_der = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    numbers = private_key.public_key().public_numbers()
    modulus = numbers.n.to_bytes(256, "big")
    exponent = numbers.e.to_bytes(3, "big")
    # The fixed layout of an RSA-2048 / e=65537 SubjectPublicKeyInfo, as mtRsaModulusOfSpki reads it.
    assert len(public_der) == 294 and public_der[33:289] == modulus and public_der[291:294] == exponent

    device_id = "mt1-" + hashlib.sha256(f"mastertrade-device-v1|{SKU}|{MACHINE_GUID}".encode("utf-8")).hexdigest()

    valid = compact({
        "activations": {"max": 3, "used": 1}, "allowed": True, "code": "VALID", "device_id": device_id,
        "expiry": "2027-11-24T08:13:22.123456Z", "nonce": NONCE, "status": "active",
        "ts": "2026-11-24T08:00:00.273912849Z", "type": "subscription", "valid": True})
    not_found = compact({
        "activations": None, "allowed": False, "code": "NOT_FOUND", "device_id": device_id, "expiry": None,
        "nonce": NONCE, "status": None, "ts": "2026-11-24T08:00:01.5Z", "type": None, "valid": False})
    beat = compact({"next_heartbeat_in": 3600, "nonce": NONCE, "ok": True, "ts": "2026-11-24T09:00:00.000001Z"})
    refused = compact({"error": {"code": "TOO_MANY_ACTIVATIONS", "field": None,
                                 "message": "The licence refuses this activation: TOO_MANY_ACTIVATIONS",
                                 "request_id": "0b7e2c1d9a4f4e6b"}})
    tampered = valid.replace(b'"code":"VALID"', b'"code":"VALIE"')

    # The offline licence file: the document is JSON-P's compact output, keys in insertion order.
    document = compact({
        "format": "mastertrade-license-file/1", "key": KEY, "product": SKU, "status": "active",
        "type": "subscription", "expiry": "2027-11-24T08:13:22.123456Z", "max_activations": 3,
        "device_id": device_id, "issued_at": "2026-11-24T08:00:00Z", "valid_until": "2026-12-24T08:00:00Z"})
    licence_file = compact({
        "document": b64(document), "format": "mastertrade-license-file/1",
        "signature": header(private_key, document), "valid_until": "2026-12-24T08:00:00Z"})

    vectors = {
        "_comment": "Test vectors for the WinDev client; the key is a throw-away test key (test-public-key.pem). "
                    "Every *_b64 value is the exact bytes, base64-encoded.",
        "kid": KID,
        "public_key_pem": pem,
        "public_key_spki_der_b64": b64(public_der),
        "rsa_modulus_b64": b64(modulus),
        "rsa_exponent_b64": b64(exponent),
        "device_id": {"machine_guid": MACHINE_GUID, "sku": SKU,
                      "hashed_text": f"mastertrade-device-v1|{SKU}|{MACHINE_GUID}", "expected": device_id},
        "nonce_sent": NONCE,
        "answers": [
            {"name": "validate VALID (200)", "status": 200, "body_b64": b64(valid),
             "mastertrade_signature": header(private_key, valid), "expect_signature_ok": True,
             "body_sha256_hex": hashlib.sha256(valid).hexdigest()},
            {"name": "validate NOT_FOUND (200)", "status": 200, "body_b64": b64(not_found),
             "mastertrade_signature": header(private_key, not_found), "expect_signature_ok": True},
            {"name": "heartbeat (200)", "status": 200, "body_b64": b64(beat),
             "mastertrade_signature": header(private_key, beat), "expect_signature_ok": True},
            {"name": "activate refused (409), signed but carries no nonce: never a verdict", "status": 409,
             "body_b64": b64(refused), "mastertrade_signature": header(private_key, refused),
             "expect_signature_ok": True},
            {"name": "VALID answer with one byte changed, old signature", "status": 200,
             "body_b64": b64(tampered), "mastertrade_signature": header(private_key, valid),
             "expect_signature_ok": False},
        ],
        "offline_licence_file": {"file_b64": b64(licence_file), "document_json": document.decode("utf-8")},
        "iso_to_unix_seconds": {s: iso_to_unix(s) for s in [
            "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "2026-11-24T08:00:00.273912849Z",
            "2027-11-24T08:13:22.123456Z", "2100-03-01T00:00:00Z"]},
    }
    with open(os.path.join(HERE, "vectors.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(vectors, out, indent=2, ensure_ascii=False)
        out.write("\n")
    with open(os.path.join(HERE, "test-public-key.pem"), "w", encoding="ascii", newline="\n") as out:
        out.write(pem)


if __name__ == "__main__":
    main()
