// =====================================================================================================
//  MastertradeSignatureFallback: RSA-SHA256 (PKCS#1 v1.5) verification WITHOUT CertificateCheckString
//  (Vérification de signature de secours, par l'API Windows CNG)
//
//  When to use: if, on your WinDev version, CertificateCheckString(…, certSignatureOnly + certSHA256)
//  does not return certificateOk for the VALID answer of docs/windev/testvectors/vectors.json (while it
//  must return certificateInvalid for the tampered one), set MT_VERIFY_WITH = "cng" in MastertradeLicense.
//  OpenSSLCheck is no alternative: it only verifies RSA + SHA-1.
//
//  What it does: Windows' own cryptography (bcrypt.dll, CNG, Windows Vista and later) verifies the
//  signature with the bare public key, through WLanguage's API() function:
//    1. the modulus and exponent are read from the pinned PEM (the server's keys are RSA-2048 with
//       exponent 65537, whose SubjectPublicKeyInfo always has the same 294-byte layout);
//    2. BCryptImportKeyPair imports them as a BCRYPT_RSAKEY_BLOB ("RSAPUBLICBLOB");
//    3. BCryptVerifySignature checks PKCS#1 v1.5 padding over DigestInfo(SHA-256) + SHA-256(body). The
//       DigestInfo prefix is passed with the hash (padding info with a NULL algorithm id), which is the
//       exact encoding Java's SHA256withRSA signs.
//  Every API() call here is [CONFIRM]: check on your WinDev version, with the test vectors, that a Buffer
//  passed to API() gives the DLL the address of its bytes and that &n gives the address of an integer.
//
//  A .NET alternative (a 15-line C# assembly) is in docs/windev/dotnet/MastertradeVerify.cs.
// =====================================================================================================

CONSTANT
	// The first 33 bytes of every RSA-2048 / e=65537 SubjectPublicKeyInfo, up to the modulus.
	MT_SPKI_RSA2048_PREFIX = "30820122300d06092a864886f70d01010105000382010f003082010a0282010100"
	MT_SPKI_RSA2048_SUFFIX = "0203010001"		// INTEGER 65537
	// DigestInfo for SHA-256 (RFC 8017, section 9.2, note 1), to which the 32-byte hash is appended.
	MT_DIGESTINFO_SHA256 = "3031300d060960864801650304020105000420"
	MT_STATUS_SUCCESS = 0
	MT_STATUS_INVALID_SIGNATURE = -1073700864	// 0xC000A000
	MT_BCRYPT_PAD_PKCS1 = 2
END

// The DER bytes of a PEM public key ("-----BEGIN PUBLIC KEY-----" … base64 … "-----END PUBLIC KEY-----").
PROCEDURE mtPemToDer(LOCAL sPem is string) : Buffer
sBase64 is string = Replace(sPem, "-----BEGIN PUBLIC KEY-----", "")
sBase64 = Replace(sBase64, "-----END PUBLIC KEY-----", "")
sBase64 = Replace(sBase64, Charact(13), "")
sBase64 = Replace(sBase64, Charact(10), "")
sBase64 = Replace(sBase64, " ", "")
RESULT Decode(sBase64, encodeBASE64)

// True when bufSignature (256 bytes) is the RSA-SHA256 PKCS#1 v1.5 signature of bufData by the key sPem.
PROCEDURE mtVerifyRsaSha256CNG(bufData is Buffer, bufSignature is Buffer, LOCAL sPem is string) : boolean
// 1. Modulus and exponent from the fixed layout (Buffer positions start at 1)
bufDer is Buffer = mtPemToDer(sPem)
IF Length(bufDer) <> 294 THEN RESULT False
IF mtHex(Left(bufDer, 33)) <> MT_SPKI_RSA2048_PREFIX _OR_ mtHex(Right(bufDer, 5)) <> MT_SPKI_RSA2048_SUFFIX THEN RESULT False
bufModulus is Buffer = Middle(bufDer, 34, 256)
bufExponent is Buffer = Middle(bufDer, 292, 3)
IF Length(bufSignature) <> 256 THEN RESULT False

// 2. BCRYPT_RSAKEY_BLOB, little-endian ULONGs: Magic "RSA1" (0x31415352), BitLength 2048,
//    cbPublicExp 3, cbModulus 256, cbPrime1 0, cbPrime2 0; then exponent and modulus, big-endian.
bufBlob is Buffer = HexaToBuffer("52534131" + "00080000" + "03000000" + "00010000" + "00000000" + "00000000") + bufExponent + bufModulus

// 3. Zero-terminated UTF-16LE names
bufAlgRSA is Buffer = HexaToBuffer("5200530041000000")												// L"RSA"
bufBlobType is Buffer = HexaToBuffer("5200530041005000550042004C004900430042004C004F0042000000")		// L"RSAPUBLICBLOB"

// 4. What is signed: DigestInfo(SHA-256) followed by SHA-256 of the exact bytes
bufDigest is Buffer = HexaToBuffer(MT_DIGESTINFO_SHA256) + HashString(HA_SHA_256, bufData)

hAlgorithm is system int = 0
hKey is system int = 0
nPaddingInfo is system int = 0		// BCRYPT_PKCS1_PADDING_INFO { pszAlgId = NULL }: the DigestInfo is in bufDigest
nStatus is int
bVerified is boolean = False

nStatus = API("bcrypt", "BCryptOpenAlgorithmProvider", &hAlgorithm, bufAlgRSA, Null, 0)
IF nStatus <> MT_STATUS_SUCCESS THEN
	Trace("Mastertrade CNG: BCryptOpenAlgorithmProvider " + nStatus)
	RESULT False
END
nStatus = API("bcrypt", "BCryptImportKeyPair", hAlgorithm, Null, bufBlobType, &hKey, bufBlob, Length(bufBlob), 0)
IF nStatus = MT_STATUS_SUCCESS THEN
	nStatus = API("bcrypt", "BCryptVerifySignature", hKey, &nPaddingInfo, bufDigest, Length(bufDigest), bufSignature, Length(bufSignature), MT_BCRYPT_PAD_PKCS1)
	bVerified = (nStatus = MT_STATUS_SUCCESS)
	IF nStatus <> MT_STATUS_SUCCESS _AND_ nStatus <> MT_STATUS_INVALID_SIGNATURE THEN
		Trace("Mastertrade CNG: BCryptVerifySignature " + nStatus)
	END
	API("bcrypt", "BCryptDestroyKey", hKey)
ELSE
	Trace("Mastertrade CNG: BCryptImportKeyPair " + nStatus)
END
API("bcrypt", "BCryptCloseAlgorithmProvider", hAlgorithm, 0)
RESULT bVerified


// -----------------------------------------------------------------------------------------------------
// Self-test against docs/windev/testvectors/vectors.json (copy the file next to the executable).
// Each answer traces its signature check, then whether the client trusts it (signature and echo of nonce,
// device id, key and product, as mtVerdictOf checks them), each beside the value expected:
//   signature True, True, True, True, True, True, False, True; trusted True, True, True, False, True, True,
//   False, False (the last one is a genuine answer for another key); then "offline file: True".
// -----------------------------------------------------------------------------------------------------
PROCEDURE mtSelfTest()
vVectors is Variant = JSONToVariant(fLoadBuffer(fExeDir() + "\vectors.json"))
FOR i = 1 _TO_ ArrayCount(vVectors.answers)
	vCase is Variant = vVectors.answers[i]
	bufBody is Buffer = Decode(vCase.body_b64, encodeBASE64)
	bSigned is boolean = mtVerifySignature(bufBody, vCase.mastertrade_signature)
	bTrusted is boolean = False
	IF bSigned _AND_ vCase.kind <> "error" THEN
		vAnswer is Variant = JSONToVariant(bufBody)
		IF vCase.kind = "heartbeat" THEN
			bTrusted = (vAnswer.nonce = vVectors.nonce_sent _AND_ mtIsoToUnix(vAnswer.ts) >= 0)
		ELSE
			bTrusted = (mtIsoToUnix(vAnswer.ts) >= 0 _AND_ mtAnswerIsFor(vAnswer, vVectors.nonce_sent, vVectors.key_sent, vVectors.device_id.expected, vVectors.product_sku))
		END
	END
	Trace(vCase.name + ": signature " + bSigned + " (expected " + vCase.expect_signature_ok + "), trusted " + bTrusted + " (expected " + vCase.expect_trusted + ")")
END
vFile is Variant = JSONToVariant(Decode(vVectors.offline_license_file.file_b64, encodeBASE64))
Trace("offline file: " + mtVerifySignature(Decode(vFile.document, encodeBASE64), vFile.signature))
Trace("device id of the sample MachineGuid: " + "mt1-" + mtHex(HashString(HA_SHA_256, StringToUTF8(vVectors.device_id.hashed_text))) + " (expected " + vVectors.device_id.expected + ")")
Trace("2026-11-24T08:00:00Z -> " + mtIsoToUnix("2026-11-24T08:00:00Z") + " (expected 1795507200)")
Trace("2026-11-24T08:00:00.5Z -> " + mtIsoToUnix("2026-11-24T08:00:00.5Z") + " (expected -1: ts has no fraction)")
Trace("expiry 2027-11-24T08:13:22.123456Z -> " + mtExpiryToUnix("2027-11-24T08:13:22.123456Z") + " (expected 1827044002)")
Trace("installer sha256: " + mtFileSha256(Decode(vVectors.installer_sha256.file_b64, encodeBASE64)) + " (expected " + vVectors.installer_sha256.expected + ")")
