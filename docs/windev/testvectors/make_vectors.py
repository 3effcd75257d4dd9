#!/usr/bin/env python3
"""Regenerates vectors.json and test-public-key.pem: answers signed exactly as the Mastertrade server signs them.

A throw-away RSA-2048 key is made at each run; its private half is never written anywhere. The bodies are
byte-for-byte what the server writes (JSON-B: snake_case, names in lexicographic order, nulls written, no
spaces; `ts` in whole seconds, `expiry` with 0, 3, 6 or 9 fraction digits); JsonbRoundTrip.java checks them
against the server's own JSON-B. Needs the `cryptography` package.

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
OTHER_KEY = "MT-8b1d4e07-2c5a-4f3e-a9d6-0e7f1a2b3c4d"  # a genuine licence of the same store, not the program's
SKU = "GESTCOM-PRO"
MACHINE_GUID = "4c4c4544-0042-3510-8052-b4c04f4e4d32"
NONCE = "9f86d081884c7d659a2feaa0c55ad015"


# A stand-in installer: what the update check's sha256 is compared with (HashString(HA_SHA_256, ...)).
INSTALLER = b"MZ Mastertrade update test installer\r\n" + bytes(range(256))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def header(private_key, body: bytes) -> str:
    signature = private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return f'keyid="{KID}", algorithm="rsa-sha256", signature="{b64(signature)}"'


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def jsonb(obj) -> bytes:
    """An answer as the server's JSON-B writes it: names (snake_case) in lexicographic order, nested ones too."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode("utf-8")


def days_from_civil(y: int, m: int, d: int) -> int:
    """The integer steps of mtDaysFromCivil in MastertradeLicense.wl (H. Hinnant), for years >= 1."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def iso_to_unix(s: str) -> int:
    """mtIsoToUnix: exactly "YYYY-MM-DDTHH:MM:SSZ" (ts, issued_at, valid_until), else -1."""
    if len(s) != 20 or s[19] != "Z" or s[10] != "T" or s[4] != "-" or s[7] != "-" or s[13] != ":" or s[16] != ":":
        return -1
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    h, mi, se = int(s[11:13]), int(s[14:16]), int(s[17:19])
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se


def expiry_to_unix(s: str) -> int:
    """mtExpiryToUnix: the same, a fraction of a second allowed and ignored ("…08:13:22.123456Z")."""
    if len(s) > 21 and s[19] == ".":
        s = s[:19] + s[-1]
    return iso_to_unix(s)


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

    def verdict(code, allowed, valid, key, product, ts, used=None, license_type="subscription",
                expiry="2027-11-24T08:13:22.123456Z"):
        """A validate / activate / deactivate answer (LicenseApiMessages.Answer); licence fields null for NOT_FOUND."""
        found = code != "NOT_FOUND"
        return jsonb({
            "activations": {"max": 3, "used": used} if found else None, "allowed": allowed, "code": code,
            "device_id": device_id, "expiry": expiry if found else None, "key": key, "nonce": NONCE,
            "product": product, "status": "active" if found else None, "ts": ts,
            "type": license_type if found else None, "valid": valid})

    valid = verdict("VALID", True, True, KEY, SKU, "2026-11-24T08:00:00Z", used=1)
    not_found = verdict("NOT_FOUND", False, False, KEY, None, "2026-11-24T08:00:01Z")
    # The program's key is a licence of another product of the store: product names that one.
    mismatch = verdict("PRODUCT_MISMATCH", False, False, KEY, "COMPTA-PLUS", "2026-11-24T08:00:02Z", used=0,
                       license_type="permanent", expiry=None)
    beat = jsonb({"next_heartbeat_in": 3600, "nonce": NONCE, "ok": True, "ts": "2026-11-24T09:00:00Z"})
    refused = jsonb({"error": {"code": "TOO_MANY_ACTIVATIONS", "field": None,
                               "message": "The licence refuses this activation: TOO_MANY_ACTIVATIONS",
                               "request_id": "0b7e2c1d9a4f4e6b"}})
    deactivated = verdict("VALID", False, True, KEY, SKU, "2026-11-24T08:02:00Z", used=0)
    tampered = valid.replace(b'"code":"VALID"', b'"code":"VALIE"')
    assert tampered != valid
    other_key = verdict("VALID", True, True, OTHER_KEY, SKU, "2026-11-24T08:00:00Z", used=1)

    # The offline licence file: the document is JSON-P's compact output, keys in insertion order.
    document = compact({
        "format": "mastertrade-license-file/1", "key": KEY, "product": SKU, "status": "active",
        "type": "subscription", "expiry": "2027-11-24T08:13:22.123456Z", "max_activations": 3,
        "device_id": device_id, "issued_at": "2026-11-24T08:00:00Z", "valid_until": "2026-12-24T08:00:00Z"})
    license_file = compact({
        "document": b64(document), "format": "mastertrade-license-file/1",
        "signature": header(private_key, document), "valid_until": "2026-12-24T08:00:00Z"})

    def answer(name, kind, status, body, signed, signature_ok, trusted, **extra):
        return {"name": name, "kind": kind, "status": status, "body_b64": b64(body),
                "mastertrade_signature": header(private_key, signed), "expect_signature_ok": signature_ok,
                "expect_trusted": trusted, **extra}

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
        "key_sent": KEY,
        "product_sku": SKU,
        "_answers": "kind: verdict (nonce, device_id, key and product are checked), heartbeat (nonce only) or "
                    "error (never a verdict). expect_signature_ok: the signature check; expect_trusted: the "
                    "signature and the echo checks together, with nonce_sent, device_id.expected, key_sent and "
                    "product_sku.",
        "answers": [
            answer("validate VALID (200)", "verdict", 200, valid, valid, True, True,
                   body_sha256_hex=hashlib.sha256(valid).hexdigest()),
            answer("validate NOT_FOUND (200): key echoed, product null", "verdict", 200, not_found, not_found,
                   True, True),
            answer("heartbeat (200)", "heartbeat", 200, beat, beat, True, True),
            answer("activate refused (409), signed but carries no nonce: never a verdict", "error", 409, refused,
                   refused, True, False),
            answer("deactivate (200): valid true, allowed false (this PC no longer holds a slot)", "verdict", 200,
                   deactivated, deactivated, True, True),
            answer("validate PRODUCT_MISMATCH (200): product names the licence's own product, not ours", "verdict",
                   200, mismatch, mismatch, True, True),
            answer("VALID answer with one byte changed, old signature", "verdict", 200, tampered, valid, False,
                   False),
            answer("VALID answer for another key of the store, genuinely signed: the key echo must refuse it",
                   "verdict", 200, other_key, other_key, True, False),
        ],
        "offline_license_file": {"file_b64": b64(license_file), "document_json": document.decode("utf-8")},
        "iso_to_unix_seconds": {s: iso_to_unix(s) for s in [
            "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "2026-11-24T08:00:00Z", "2100-03-01T00:00:00Z",
            "2026-11-24T08:00:00.5Z", "2026-11-24 08:00:00Z"]},
        "expiry_to_unix_seconds": {s: expiry_to_unix(s) for s in [
            "2027-11-24T08:13:22Z", "2027-11-24T08:13:22.500Z", "2027-11-24T08:13:22.123456Z",
            "2027-11-24T08:13:22.123456789Z"]},
        "installer_sha256": {"file_b64": b64(INSTALLER), "expected": hashlib.sha256(INSTALLER).hexdigest()},
    }
    with open(os.path.join(HERE, "vectors.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(vectors, out, indent=2, ensure_ascii=False)
        out.write("\n")
    with open(os.path.join(HERE, "test-public-key.pem"), "w", encoding="ascii", newline="\n") as out:
        out.write(pem)


if __name__ == "__main__":
    main()
