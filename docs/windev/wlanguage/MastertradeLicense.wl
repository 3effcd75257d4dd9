// =====================================================================================================
//  MastertradeLicense: set of global procedures for a WinDev program licensed by a Mastertrade store
//  (Collection de procédures globales pour un programme WinDev vendu par une boutique Mastertrade)
//
//  How to use: in your WinDev project create a "Set of procedures" named MastertradeLicense, paste the
//  declaration block below into its declaration code, then create each PROCEDURE. Set the constants
//  (store address, SKU, pinned public key). docs/windev/README.md explains the flow; Example_StartUp.wl
//  shows the calls. Every function marked [CONFIRM] is listed in README.md, "Known limits": check it on
//  your WinDev version with the test vectors (docs/windev/testvectors/vectors.json) before you ship.
//
//  Wire contract (checked against the server code): POST /api/license/validate|activate|deactivate|
//  heartbeat, JSON in snake_case, answers signed in the Mastertrade-Signature header
//  (keyid="…", algorithm="rsa-sha256", signature="<base64>") over the exact body bytes. Verdicts name
//  their key, product, device_id and nonce, all checked; ts is UTC in whole seconds.
//
//  References (PC SOFT online help):
//   CertificateCheckString  https://doc.windev.com/en-US/?1000019298  (raw signature: certSignatureOnly)
//   CertificateSignString   https://doc.pcsoft.fr/fr-FR/?1000019296   (hash constants certSHA256 …)
//   httpRequest / HTTPSend  https://doc.windev.com/en-US/?1000021158
//   httpResponse            https://doc.windev.com/en-US/?1000021165  (Content, StatusCode, RoughHeader)
//   JSONToVariant           https://help.windev.com/en-US/?1000021052
//   HashString              https://help.windev.com/?1000007111        (result is a Buffer)
//   BufferToHexa            https://help.windev.com/?1000019916        (NoGrouping, NoLine; HexaToBuffer)
//   Buffer type             https://doc.windev.com/?1514042
//   Duration type           https://doc.pcsoft.fr/en-US/?1514069
//   RegistryValueType       https://help.windev.com/?1000017280        (registryMode64, version 27+)
//   OpenSSLCheck            https://doc.windev.com/en-US/?1000020432   (RSA + SHA-1 only: NOT usable here)
// =====================================================================================================

// ----------------------------------------------------------------------------------------------------
// Declaration code of the set of procedures
// ----------------------------------------------------------------------------------------------------
CONSTANT
	// The reseller's store: its own domain, or the platform address with /t/<slug>. Naming the store
	// matters: the server then signs every answer it produces, errors and unknown keys included.
	MT_BASE_URL = "https://boutique.acme.ci"
	// The product's SKU as the store lists it: letters, digits, '-', '_' and '.' only.
	MT_PRODUCT_SKU = "GESTCOM-PRO"
	MT_APP_VERSION = "5.2.1"
	// Tolerance between clocks, in seconds (server nodes, this PC after the measured skew).
	MT_CLOCK_TOLERANCE_S = 300
	// How many days an offline licence file is asked for (the server accepts 1 to 90).
	MT_OFFLINE_DAYS = 30
	// "certificate": CertificateCheckString (WinDev native); "cng": Windows CNG through API()
	// (MastertradeSignatureFallback.wl), for versions where the native check refuses a bare key.
	// Paste MastertradeSignatureFallback.wl too, or delete the "cng" branch of mtVerifySignature.
	MT_VERIFY_WITH = "certificate"
	MT_FILE_FORMAT = "mastertrade-license-file/1"
END

// What the program learns from one licence call, or from the offline file.
STMtVerdict is Structure
	bRun is boolean			// True: the program may run now
	bValidated is boolean	// True only for a signed, fresh answer of the server (nonce, device, key, product echoed)
	sSource is string		// "online", "offline-file" or "none"
	sCode is string			// a licence API code (VALID…), or NEED_KEY, NETWORK, HTTP_<status>, UNSIGNED, BAD_SIGNATURE, STALE, OFFLINE_…
	sStatus is string		// active, trial, suspended, revoked, expired ("" when unknown)
	sType is string			// permanent, subscription, seat-based
	sExpiry is string		// ISO-8601 UTC, "" for a permanent licence
	nUsed is int
	nMax is int
	nRetryAfterS is int		// 429: seconds to wait (Retry-After)
	sMessage is string		// text for the user (French)
END

// What one HTTP exchange with the licence API gave, before any interpretation.
STMtExchange is Structure
	bNetworkError is boolean
	nStatus is int			// HTTP status, 0 on a network failure
	bufBody is Buffer		// the exact body bytes
	bSigned is boolean		// Mastertrade-Signature present AND verified with a pinned key
	nRetryAfterS is int
	sErrorCode is string	// error.code of an error body, when there is one (never trusted for a decision)
END

// The program's memory between runs (state.ini in mtStateDir()).
gsMtKey is string			// the licence key, normalised (MT-<lowercase uuid>)
gnMtHighWater is 8-byte int	// latest trusted UTC time seen (Unix seconds): anti clock-rollback
gnMtSkew is 8-byte int		// server time minus this PC's UTC clock, measured at the last signed answer
gsMtDeviceId is string		// computed once per run (mtDeviceId)


// ----------------------------------------------------------------------------------------------------
// Pinned public keys. Ship them in the program; never fetch them from /api/license/keys at run time
// (that list is signed by the keys it lists: whoever answers in place of the server can list its own).
// After a rotation, add the new kid here and KEEP the old one until the offline files it signed expire.
// ----------------------------------------------------------------------------------------------------
PROCEDURE mtPinnedKeyPem(LOCAL sKid is string) : string
SWITCH sKid
	CASE "rsa-20261124-1a2b3c4d"
		// Paste the store's public_key_pem, as GET /api/license/keys lists it (this one is the TEST key
		// of docs/windev/testvectors: replace it, it signs nothing real).
		sPem is string = [
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw8yzCvolNHyBPx1Z9Hgn
giyfRjTuurj2i9aa540aGC9ZrMAQUTQoOn77GMARl8Hb6NyAXRGoBs+qIjtdAux6
EpuzlqiCuo0IvOiqbjhnTP/czU3kKHKEItHfPYsH61AlWXa03ajoeptfDtxoHvyA
k4UMybxQKQ76ye3gwIzJ5IQ9jeo3Cryek/+WXJ9sjCPLY3iuLSKgrC3GR284hMeU
iB6dBZzKs84t1h9m5G75L8xgaJZ2Mty1FgFCNNIbqheHI0AAr1/uJh4JDK3O5M0n
Dt/3iUG5LzBCSrv6TEqZX5TzWYmzE+WSA04psrNG4qXCC56k6QagAObEQoTnGTbM
hwIDAQAB
-----END PUBLIC KEY-----
]
		RESULT sPem
	OTHER CASE
		RESULT ""	// a key this build does not know: the answer is NOT trusted
END


// ----------------------------------------------------------------------------------------------------
// Signature: Mastertrade-Signature over the EXACT body bytes, checked BEFORE the JSON is parsed.
// ----------------------------------------------------------------------------------------------------

// One parameter (keyid, algorithm, signature) of a header value keyid="…", algorithm="…", signature="…".
PROCEDURE mtSignatureParam(LOCAL sHeader is string, LOCAL sName is string) : string
sLow is string = Lower(sHeader)
nStart is int = Position(sLow, Lower(sName) + "=""")
IF nStart = 0 THEN RESULT ""
nStart += Length(sName) + 2
nEnd is int = Position(sHeader, """", nStart)
IF nEnd = 0 THEN RESULT ""
RESULT Middle(sHeader, nStart, nEnd - nStart)

// True when sHeader is a valid RSA-SHA256 signature of bufSigned by a pinned key.
PROCEDURE mtVerifySignature(bufSigned is Buffer, LOCAL sHeader is string) : boolean
IF sHeader = "" THEN RESULT False
IF Lower(mtSignatureParam(sHeader, "algorithm")) <> "rsa-sha256" THEN RESULT False
sPem is string = mtPinnedKeyPem(mtSignatureParam(sHeader, "keyid"))
IF sPem = "" THEN RESULT False
bufSignature is Buffer = Decode(mtSignatureParam(sHeader, "signature"), encodeBASE64)	// [CONFIRM] encodeBASE64
IF Length(bufSignature) <> 256 THEN RESULT False	// RSA-2048
IF MT_VERIFY_WITH = "cng" THEN
	RESULT mtVerifyRsaSha256CNG(bufSigned, bufSignature, sPem)	// MastertradeSignatureFallback.wl
END
// Raw PKCS#1 v1.5 signature, SHA-256, checked with a bare public key (PEM bytes in a Buffer).
bufPem is Buffer = StringToUTF8(sPem)	// PEM is ASCII: the same bytes in ANSI and Unicode projects
// Documented: raw signature (certSignatureOnly) checked with a public key; certSHA256 as for
// CertificateSignString. [CONFIRM] that a PEM Buffer is accepted as <Certificate file> (else a .pem path).
nCheck is int = CertificateCheckString(bufSigned, bufSignature, bufPem, "", "", certSignatureOnly + certSHA256)
RESULT (nCheck = certificateOk)


// ----------------------------------------------------------------------------------------------------
// Small helpers
// ----------------------------------------------------------------------------------------------------

// A header of an HTTP answer, by name, whatever its case (HTTP/2 writes names in lower case).
PROCEDURE mtResponseHeader(resp is httpResponse, LOCAL sName is string) : string
sRaw is string = resp.RoughHeader
i is int = 1
sLine is string = ExtractString(sRaw, i, CR)
WHILE sLine <> EOT
	nColon is int = Position(sLine, ":")
	IF nColon > 0 _AND_ Lower(NoSpace(Left(sLine, nColon - 1))) = Lower(sName) THEN
		RESULT NoSpace(Middle(sLine, nColon + 1))
	END
	i++
	sLine = ExtractString(sRaw, i, CR)
END
RESULT ""

// Lower-case hexadecimal of a buffer, without spaces or line breaks.
PROCEDURE mtHex(bufData is Buffer) : string
RESULT Lower(BufferToHexa(bufData, NoGrouping, NoLine))

// Keeps only the characters the licence API needs in the fields we send (no escaping needed then).
PROCEDURE mtSafe(LOCAL sValue is string, LOCAL nMax is int = 128) : string
sAllowed is string = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. "
sOut is string = ""
FOR i = 1 _TO_ Length(sValue)
	sChar is string = Middle(sValue, i, 1)
	IF Position(sAllowed, sChar) > 0 THEN sOut += sChar
END
RESULT Left(NoSpace(sOut), nMax)

// A JSON string literal for free text (e-mail, password): quotes, backslashes and line breaks escaped.
PROCEDURE mtJsonString(LOCAL sValue is string) : string
sValue = Replace(sValue, "\", "\\")
sValue = Replace(sValue, """", "\""")
sValue = Replace(sValue, Charact(13), "\r")
sValue = Replace(sValue, Charact(10), "\n")
sValue = Replace(sValue, Charact(9), "\t")
RESULT """" + sValue + """"

// A licence key as the server reads it: MT-<uuid>, blanks trimmed, hex digits in lower case; "" if malformed.
PROCEDURE mtNormalizeKey(LOCAL sTyped is string) : string
sKey is string = NoSpace(sTyped)
IF Length(sKey) <> 39 OR Upper(Left(sKey, 3)) <> "MT-" THEN RESULT ""
sKey = "MT-" + Lower(Middle(sKey, 4))
FOR i = 4 _TO_ 39
	sChar is string = Middle(sKey, i, 1)
	IF i = 12 OR i = 17 OR i = 22 OR i = 27 THEN
		IF sChar <> "-" THEN RESULT ""
	ELSE
		IF Position("0123456789abcdef", sChar) = 0 THEN RESULT ""
	END
END
RESULT sKey

// A fresh nonce: 16 random bytes in hex. Random() alone is predictable: use the system's generator.
PROCEDURE mtNewNonce() : string
bufRandom is Buffer = HexaToBuffer("00000000000000000000000000000000")
// BCryptGenRandom(NULL, buffer, 16, BCRYPT_USE_SYSTEM_PREFERRED_RNG)   [CONFIRM] API() and Buffer passing
nStatus is int = API("bcrypt", "BCryptGenRandom", Null, bufRandom, 16, 2)
IF nStatus = 0 _AND_ mtHex(bufRandom) <> "00000000000000000000000000000000" THEN RESULT mtHex(bufRandom)
// Fallback: a GUID (random on Windows) mixed with the clock, hashed.   [CONFIRM] GetGUID
bufMix is Buffer = HashString(HA_SHA_256, StringToUTF8(GetGUID(guidRough) + DateTimeSys() + Random(1, 2000000000)))
RESULT Left(mtHex(bufMix), 32)


// ----------------------------------------------------------------------------------------------------
// Time: everything is compared in UTC Unix seconds, never in local DateTime values.
// ----------------------------------------------------------------------------------------------------

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil, integer steps, years >= 1).
PROCEDURE mtDaysFromCivil(LOCAL nYear is int, LOCAL nMonth is int, LOCAL nDay is int) : 8-byte int
IF nMonth <= 2 THEN nYear--
nEra is int = IntegerPart(nYear / 400)
nYoe is int = nYear - nEra * 400
nMp is int = (nMonth + 9) modulo 12			// March = 0 … February = 11
nDoy is int = IntegerPart((153 * nMp + 2) / 5) + nDay - 1
nDoe is int = nYoe * 365 + IntegerPart(nYoe / 4) - IntegerPart(nYoe / 100) + nDoy
RESULT nEra * 146097 + nDoe - 719468

// "2026-11-24T08:00:00Z" -> Unix seconds; -1 for anything else. The server writes ts (answers and
// heartbeats) and the offline file's issued_at and valid_until in whole seconds, always in this form.
PROCEDURE mtIsoToUnix(LOCAL sIso is string) : 8-byte int
IF Length(sIso) <> 20 OR Right(sIso, 1) <> "Z" OR Middle(sIso, 11, 1) <> "T" THEN RESULT -1
IF Middle(sIso, 5, 1) <> "-" OR Middle(sIso, 8, 1) <> "-" OR Middle(sIso, 14, 1) <> ":" OR Middle(sIso, 17, 1) <> ":" THEN RESULT -1
nDays is 8-byte int = mtDaysFromCivil(Val(Left(sIso, 4)), Val(Middle(sIso, 6, 2)), Val(Middle(sIso, 9, 2)))
RESULT nDays * 86400 + Val(Middle(sIso, 12, 2)) * 3600 + Val(Middle(sIso, 15, 2)) * 60 + Val(Middle(sIso, 18, 2))

// An expiry, which keeps the fraction of a second it was stored with ("2027-11-24T08:13:22.123456Z": none, 3,
// 6 or 9 digits): the fraction is ignored, the rest read as by mtIsoToUnix; -1 if malformed.
PROCEDURE mtExpiryToUnix(LOCAL sIso is string) : 8-byte int
IF Length(sIso) > 21 _AND_ Middle(sIso, 20, 1) = "." THEN sIso = Left(sIso, 19) + Right(sIso, 1)
RESULT mtIsoToUnix(sIso)

// This PC's clock in UTC Unix seconds (no time zone, no daylight saving involved).
PROCEDURE mtNowUnix() : 8-byte int
nFileTime is 8-byte int = 0		// 100 ns ticks since 1601-01-01 UTC
API("kernel32", "GetSystemTimeAsFileTime", &nFileTime)	// [CONFIRM] API() with the address of an 8-byte int
RESULT IntegerPart(nFileTime / 10000000) - 11644473600

// The best estimate of the server's current time: this PC's clock corrected by the last measured skew.
PROCEDURE mtTrustedNow() : 8-byte int
RESULT mtNowUnix() + gnMtSkew


// ----------------------------------------------------------------------------------------------------
// Device id: stable for this PC, the same for every Windows user, nothing personal, hashed.
// ----------------------------------------------------------------------------------------------------

// Windows' MachineGuid: made at installation, unique per installation. 64-bit view forced: a 32-bit
// program would otherwise read Wow6432Node, where the value does not exist.
PROCEDURE mtMachineGuid() : string
sGuid is string = RegistryQueryValue(registryMode64, "HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Cryptography", "MachineGuid")	// [CONFIRM] access mode (v27+)
IF NoSpace(sGuid) <> "" THEN RESULT Lower(NoSpace(sGuid))
// No MachineGuid readable: a random seed made once and kept beside the state (weaker: a copy of the
// folder carries it to another PC, a reinstall loses it).
sSeedFile is string = mtStateDir() + "\device.seed"
IF fFileExist(sSeedFile) THEN RESULT NoSpace(fLoadText(sSeedFile))
sSeed is string = "seed-" + mtNewNonce()
fSaveText(sSeedFile, sSeed)
RESULT sSeed

// "mt1-" + SHA-256 hex of "mastertrade-device-v1|<SKU>|<MachineGuid>": 68 printable characters, within
// the server's rule (1 to 128 characters 0x21-0x7E). Never the user name, e-mail, computer name, MAC
// address or disk serial in clear: they are personal, change, or both. The SKU makes the id differ per
// product, so ids cannot be linked across stores.
PROCEDURE mtDeviceId() : string
IF gsMtDeviceId <> "" THEN RESULT gsMtDeviceId
sText is string = "mastertrade-device-v1|" + Upper(MT_PRODUCT_SKU) + "|" + mtMachineGuid()
gsMtDeviceId = "mt1-" + mtHex(HashString(HA_SHA_256, StringToUTF8(sText)))	// hash the UTF-8 bytes, not UTF-16
RESULT gsMtDeviceId


// ----------------------------------------------------------------------------------------------------
// State between runs: state.ini (key, anti-rollback high water, clock skew) and the offline file.
// ----------------------------------------------------------------------------------------------------

// The folder of the program's licence files. Adapt it to your setup (it must be writable by the user).
PROCEDURE mtStateDir() : string
sDir is string = fDataDir() + "\Mastertrade"
IF NOT fDirectoryExist(sDir) THEN fMakeDir(sDir)
RESULT sDir

PROCEDURE mtLoadState()
sIni is string = mtStateDir() + "\state.ini"
gsMtKey = mtNormalizeKey(INIRead("licence", "key", "", sIni))
gnMtHighWater = Val(INIRead("clock", "high_water", "0", sIni))
gnMtSkew = Val(INIRead("clock", "skew", "0", sIni))

PROCEDURE mtSaveState()
sIni is string = mtStateDir() + "\state.ini"
INIWrite("licence", "key", gsMtKey, sIni)
INIWrite("clock", "high_water", NumToString(gnMtHighWater), sIni)
INIWrite("clock", "skew", NumToString(gnMtSkew), sIni)

PROCEDURE mtOfflineFilePath() : string
RESULT mtStateDir() + "\licence-offline.json"

PROCEDURE mtForgetOfflineFile()
IF fFileExist(mtOfflineFilePath()) THEN fDelete(mtOfflineFilePath())

// Forgets the key and the offline file (refusals for good, or the licence moved to another PC).
PROCEDURE mtForgetLicense()
gsMtKey = ""
mtForgetOfflineFile()
mtSaveState()


// ----------------------------------------------------------------------------------------------------
// HTTP
// ----------------------------------------------------------------------------------------------------

// POST of a JSON body to the licence API; the answer's signature is checked here, before any parsing.
PROCEDURE mtPost(LOCAL sPath is string, LOCAL sJson is string) : STMtExchange
ex is STMtExchange
req is httpRequest
req.URL = MT_BASE_URL + sPath
req.Method = httpPost					// [CONFIRM] property and constant names
req.ContentType = "application/json"
req.Content = StringToUTF8(sJson)
req.Timeout = 15s						// [CONFIRM] unit; a PC without network must not hang at start-up
// Never switch certificate checks off (IgnoreError): a wrong certificate is treated as "offline".
resp is httpResponse = HTTPSend(req)
IF ErrorOccurred THEN
	ex.bNetworkError = True
	Trace("Mastertrade: " + ErrorInfo(errFullDetails))
	RESULT ex
END
RESULT mtExchangeOf(resp)

PROCEDURE mtExchangeOf(resp is httpResponse) : STMtExchange
ex is STMtExchange
ex.nStatus = resp.StatusCode
ex.bufBody = resp.Content				// a Buffer: the exact bytes that were signed
ex.bSigned = mtVerifySignature(ex.bufBody, mtResponseHeader(resp, "Mastertrade-Signature"))
ex.nRetryAfterS = Val(mtResponseHeader(resp, "Retry-After"))
IF ex.nStatus <> 200 _AND_ ex.bSigned THEN
	// Error bodies: {"error": {"code", "message", "field", "request_id"}}, parsed only when signed (a
	// proxy's HTML page is not JSON). For display and logs only: an error never carries the nonce, so
	// even a signed one may be a replay.
	vError is Variant = JSONToVariant(ex.bufBody)
	IF vError.error <> Null THEN ex.sErrorCode = vError.error.code
END
RESULT ex


// ----------------------------------------------------------------------------------------------------
// The licence calls
// ----------------------------------------------------------------------------------------------------

// The JSON body of validate / activate / deactivate / heartbeat.
PROCEDURE mtCallBody(LOCAL sNonce is string, LOCAL bWithProduct is boolean = False, LOCAL sDeviceName is string = "") : string
sJson is string = "{""key"":""" + gsMtKey + """,""device_id"":""" + mtDeviceId() + """,""nonce"":""" + sNonce + """"
sJson += ",""app_version"":""" + mtSafe(MT_APP_VERSION, 40) + """"
IF bWithProduct THEN sJson += ",""product"":""" + mtSafe(MT_PRODUCT_SKU, 64) + """"
IF sDeviceName <> "" THEN sJson += ",""device_name"":""" + mtSafe(sDeviceName, 64) + """"
RESULT sJson + "}"

// True when an authentic verdict answers THIS call: our nonce, this PC, our key (as the server read it,
// MT-<lower-case uuid>, which mtNormalizeKey also gives) and our product. A genuine signed answer to another
// call or PC (a replay), or for another key or product (a proxy that swapped the key in our request) fails.
// The product is the licence's SKU: null for NOT_FOUND (no licence), another product's for PRODUCT_MISMATCH;
// any answer that lets the program run names ours (any case, as the server compares it).
PROCEDURE mtAnswerIsFor(vAnswer is Variant, LOCAL sNonce is string, LOCAL sKey is string, LOCAL sDeviceId is string, LOCAL sSku is string) : boolean
IF vAnswer.nonce <> sNonce _OR_ vAnswer.device_id <> sDeviceId THEN RESULT False
IF vAnswer.key = Null _OR_ vAnswer.key <> sKey THEN RESULT False
SWITCH vAnswer.code
	CASE "NOT_FOUND": RESULT (vAnswer.product = Null)
	CASE "PRODUCT_MISMATCH": RESULT (vAnswer.product <> Null _AND_ Upper(NoSpace(vAnswer.product)) <> Upper(NoSpace(sSku)))
	OTHER CASE: RESULT (vAnswer.product <> Null _AND_ Upper(NoSpace(vAnswer.product)) = Upper(NoSpace(sSku)))
END

// Turns an exchange into a verdict. Only a 200 whose signature verifies with a pinned key, which echoes
// our nonce, device id, key and product (mtAnswerIsFor) and whose ts is not older than what we already
// trusted, is a server verdict.
PROCEDURE mtVerdictOf(ex is STMtExchange, LOCAL sNonce is string) : STMtVerdict
v is STMtVerdict
v.sSource = "online"
IF ex.bNetworkError THEN
	v.sCode = "NETWORK"
ELSE IF ex.nStatus = 429 THEN
	v.sCode = "HTTP_429"
	v.nRetryAfterS = ex.nRetryAfterS
ELSE IF ex.nStatus <> 200 THEN
	v.sCode = "HTTP_" + ex.nStatus
	IF ex.bSigned _AND_ ex.sErrorCode <> "" THEN v.sCode = ex.sErrorCode	// e.g. 409 TOO_MANY_ACTIVATIONS (display only)
ELSE IF NOT ex.bSigned THEN
	v.sCode = "UNSIGNED"		// missing or wrong signature on a 200: never trusted (tampering, or a proxy)
ELSE
	vAnswer is Variant = JSONToVariant(ex.bufBody)		// parsed only now that the bytes are authentic
	nTs is 8-byte int = mtIsoToUnix(vAnswer.ts)
	IF nTs < 0 _OR_ NOT mtAnswerIsFor(vAnswer, sNonce, gsMtKey, mtDeviceId(), MT_PRODUCT_SKU) THEN
		v.sCode = "BAD_ECHO"	// an authentic answer, but to another request, PC, key or product
	ELSE IF nTs < gnMtHighWater - MT_CLOCK_TOLERANCE_S THEN
		v.sCode = "STALE"		// older than an answer already trusted
	ELSE
		v.bValidated = True
		v.sCode = vAnswer.code
		IF vAnswer.status <> Null THEN v.sStatus = vAnswer.status
		IF vAnswer.type <> Null THEN v.sType = vAnswer.type
		IF vAnswer.expiry <> Null THEN v.sExpiry = vAnswer.expiry
		IF vAnswer.activations <> Null THEN
			v.nUsed = vAnswer.activations.used
			v.nMax = vAnswer.activations.max
		END
		// Runs only when allowed AND the code says so (belt and braces).
		v.bRun = (vAnswer.allowed = True _AND_ (v.sCode = "VALID" _OR_ v.sCode = "IN_GRACE_PERIOD"))
		// ts: the server's clock. Keep the skew of this PC and the high water mark against clock rollback.
		gnMtSkew = nTs - mtNowUnix()
		IF Abs(gnMtSkew) > MT_CLOCK_TOLERANCE_S THEN Trace("Mastertrade: this PC's clock is off by " + gnMtSkew + " s")
		IF nTs > gnMtHighWater THEN gnMtHighWater = nTs
		mtSaveState()
	END
END
v.sMessage = mtMessage(v.sCode, v)
RESULT v

// POST /api/license/validate {key, device_id, nonce, product, app_version[, device_name]}: always 200 with
// the verdict in code. A device without a slot takes a free one; PRODUCT_MISMATCH takes none.
PROCEDURE mtValidateOnline(LOCAL sDeviceName is string = "") : STMtVerdict
sNonce is string = mtNewNonce()
ex is STMtExchange = mtPost("/api/license/validate", mtCallBody(sNonce, True, sDeviceName))
RESULT mtVerdictOf(ex, sNonce)

// POST /api/license/activate {key, device_id, nonce, product[, device_name]}: 200 with the validate answer,
// or an error (409 TOO_MANY_ACTIVATIONS, PRODUCT_MISMATCH, EXPIRED, REVOKED, SUSPENDED, TRIAL_EXPIRED;
// 404 NOT_FOUND), which takes no slot. Its refusals are errors without our nonce, never verdicts: mtFirstRun
// (validate with the product, which activates too) gets signed refusals instead.
PROCEDURE mtActivate(LOCAL sDeviceName is string = "") : STMtVerdict
sNonce is string = mtNewNonce()
ex is STMtExchange = mtPost("/api/license/activate", mtCallBody(sNonce, True, sDeviceName))
RESULT mtVerdictOf(ex, sNonce)

// First run: the key the user typed. Validation with the product takes this PC's slot.
PROCEDURE mtFirstRun(LOCAL sTypedKey is string, LOCAL sDeviceName is string = "") : STMtVerdict
v is STMtVerdict
gsMtKey = mtNormalizeKey(sTypedKey)
IF gsMtKey = "" THEN
	v.sCode = "NOT_FOUND"		// malformed: the server would answer NOT_FOUND too
	v.sMessage = mtMessage(v.sCode, v)
	RESULT v
END
v = mtValidateOnline(sDeviceName)
IF NOT (v.bValidated _AND_ v.bRun) THEN
	gsMtKey = ""				// keep the key only once the server accepted it
	mtSaveState()				// (mtVerdictOf saved the clock data, with the key)
END
RESULT v

// "Move my licence to another PC": frees this PC's slot, then forgets the key and the offline file.
// POST /api/license/deactivate {key, device_id, nonce} -> 200 with allowed false (this PC no longer holds a
// slot); code and valid describe the licence (VALID / true while it is in force). Success: a signed 200
// echoing our nonce, device, key and product, with allowed false.
PROCEDURE mtDeactivate() : boolean
IF gsMtKey = "" THEN RESULT False
sNonce is string = mtNewNonce()
ex is STMtExchange = mtPost("/api/license/deactivate", mtCallBody(sNonce))
v is STMtVerdict = mtVerdictOf(ex, sNonce)
IF NOT v.bValidated _OR_ v.bRun THEN RESULT False	// offline, refused, unsigned, or still allowed: slot kept
mtForgetLicense()
RESULT True

// POST /api/license/heartbeat {key, device_id, app_version, nonce} -> {ok, next_heartbeat_in, nonce, ts}.
// Returns the seconds to wait before the next beat; -1 when the program must stop (licence refused).
// At most 3 beats a minute per key and device (429 + Retry-After): never beat in a loop.
PROCEDURE mtHeartbeat() : int
IF gsMtKey = "" THEN RESULT -1
sNonce is string = mtNewNonce()
ex is STMtExchange = mtPost("/api/license/heartbeat", mtCallBody(sNonce))
IF ex.bNetworkError _OR_ (ex.nStatus >= 500) THEN RESULT 900		// offline: try again in 15 min
IF ex.nStatus = 429 THEN RESULT Max(ex.nRetryAfterS, 60)
IF ex.nStatus <> 200 _OR_ NOT ex.bSigned THEN RESULT 3600
vBeat is Variant = JSONToVariant(ex.bufBody)
IF vBeat.nonce <> sNonce THEN RESULT 3600			// a heartbeat answer names only the nonce: no key, no device
IF vBeat.ok = False THEN
	// This PC no longer holds a slot (freed elsewhere): validate again, which takes one back or refuses.
	v is STMtVerdict = mtValidateOnline()
	IF v.bValidated _AND_ NOT v.bRun THEN
		mtApplyRefusal(v)
		RESULT -1
	END
END
nNext is int = vBeat.next_heartbeat_in
IF nNext < 60 THEN nNext = 60
RESULT nNext


// ----------------------------------------------------------------------------------------------------
// Offline licence file
// ----------------------------------------------------------------------------------------------------

// Checks an offline licence file (the bytes of GET /api/licenses/{id}/file) for this key, product and PC.
// The outer valid_until is NOT signed: only the document's fields count.
PROCEDURE mtCheckOfflineFile(bufFile is Buffer) : STMtVerdict
v is STMtVerdict
v.sSource = "offline-file"
v.sCode = "OFFLINE_INVALID"
IF Length(bufFile) = 0 THEN
	v.sCode = "OFFLINE_NONE"
	v.sMessage = mtMessage(v.sCode, v)
	RESULT v
END
vFile is Variant = JSONToVariant(bufFile)
IF vFile.format <> MT_FILE_FORMAT THEN RESULT v
bufDocument is Buffer = Decode(vFile.document, encodeBASE64)
IF NOT mtVerifySignature(bufDocument, vFile.signature) THEN RESULT v		// before parsing the document
vDoc is Variant = JSONToVariant(bufDocument)
IF vDoc.format <> MT_FILE_FORMAT _OR_ vDoc.key <> gsMtKey _OR_ vDoc.device_id <> mtDeviceId() THEN RESULT v
IF Upper(vDoc.product) <> Upper(MT_PRODUCT_SKU) THEN RESULT v
nNow is 8-byte int = mtTrustedNow()
nIssued is 8-byte int = mtIsoToUnix(vDoc.issued_at)
nUntil is 8-byte int = mtIsoToUnix(vDoc.valid_until)
IF nIssued < 0 _OR_ nUntil < 0 THEN RESULT v
// Clock set back? "Now" may never be before the issue time or before the latest trusted time.
IF nNow < nIssued - MT_CLOCK_TOLERANCE_S _OR_ nNow < gnMtHighWater - MT_CLOCK_TOLERANCE_S THEN
	v.sCode = "OFFLINE_CLOCK"
	v.sMessage = mtMessage(v.sCode, v)
	RESULT v
END
v.sStatus = vDoc.status
v.sType = vDoc.type
v.nMax = vDoc.max_activations
IF vDoc.expiry <> "never" THEN v.sExpiry = vDoc.expiry
IF nNow >= nUntil THEN
	v.sCode = "OFFLINE_EXPIRED"
ELSE IF vDoc.status <> "active" _AND_ vDoc.status <> "trial" THEN
	v.sCode = "OFFLINE_" + Upper(vDoc.status)		// the file was issued for a licence not in force
ELSE IF v.sExpiry <> "" _AND_ nNow >= mtExpiryToUnix(v.sExpiry) THEN
	v.sCode = "OFFLINE_EXPIRED"					// no grace offline: the document carries no grace days
ELSE
	v.sCode = "VALID"
	v.bRun = True
	IF nNow > gnMtHighWater THEN
		gnMtHighWater = nNow
		mtSaveState()
	END
END
v.sMessage = mtMessage(v.sCode, v)
RESULT v

// Days left on the saved offline licence file; -1 when there is none that passes mtCheckOfflineFile.
// Call it after a VALID online answer: below 7, offer the user to refresh the file (mtDownloadOfflineFile).
PROCEDURE mtOfflineFileDaysLeft() : int
IF NOT fFileExist(mtOfflineFilePath()) THEN RESULT -1
bufFile is Buffer = fLoadBuffer(mtOfflineFilePath())
v is STMtVerdict = mtCheckOfflineFile(bufFile)
IF NOT v.bRun THEN RESULT -1
vFile is Variant = JSONToVariant(bufFile)
vDoc is Variant = JSONToVariant(Decode(vFile.document, encodeBASE64))
RESULT IntegerPart((mtIsoToUnix(vDoc.valid_until) - mtTrustedNow()) / 86400)

// Downloads this PC's offline licence file (valid MT_OFFLINE_DAYS days). This call needs the customer's
// store account (the licence's owner): the program asks for e-mail and password once and keeps neither.
// Steps: POST /api/auth/login -> GET /api/users/{id}/licenses (finds the licence id of our key) ->
// GET /api/licenses/{id}/file?device_id=…&days=… . The PC must hold a slot (validate first), else 409
// DEVICE_NOT_ACTIVATED. Returns True when a file that passes mtCheckOfflineFile was saved.
PROCEDURE mtDownloadOfflineFile(LOCAL sEmail is string, LOCAL sPassword is string) : boolean
// 1. Sign in (429 + Retry-After after repeated failures)
ex is STMtExchange = mtPost("/api/auth/login", "{""email"":" + mtJsonString(sEmail) + ",""password"":" + mtJsonString(sPassword) + "}")
sPassword = ""
IF ex.nStatus <> 200 THEN RESULT False
vLogin is Variant = JSONToVariant(ex.bufBody)
sAuthorization is string = "Bearer " + vLogin.token
// 2. The licence id of our key
req is httpRequest
req.URL = MT_BASE_URL + "/api/users/" + vLogin.user.id + "/licenses"
req.Method = httpGet
req.Header["Authorization"] = sAuthorization		// [CONFIRM] Header property
resp is httpResponse = HTTPSend(req)
IF ErrorOccurred _OR_ resp.StatusCode <> 200 THEN RESULT False
vList is Variant = JSONToVariant(resp.Content)
sLicenseId is string = ""
FOR i = 1 _TO_ ArrayCount(vList)				// [CONFIRM] arrays held by a Variant
	IF vList[i].key = gsMtKey THEN sLicenseId = vList[i].id
END
IF sLicenseId = "" THEN RESULT False			// not this account's licence
// 3. The file
req.URL = MT_BASE_URL + "/api/licenses/" + sLicenseId + "/file?device_id=" + mtDeviceId() + "&days=" + MT_OFFLINE_DAYS
resp = HTTPSend(req)
IF ErrorOccurred _OR_ resp.StatusCode <> 200 THEN RESULT False
bufFile is Buffer = resp.Content
v is STMtVerdict = mtCheckOfflineFile(bufFile)
IF NOT v.bRun THEN RESULT False
RESULT fSaveBuffer(mtOfflineFilePath(), bufFile)


// ----------------------------------------------------------------------------------------------------
// Start-up: cached state -> online validation -> offline file while offline -> refuse
// ----------------------------------------------------------------------------------------------------

// After a signed refusal the program stops; the offline file goes (it would let the PC run offline).
PROCEDURE mtApplyRefusal(v is STMtVerdict)
SWITCH v.sCode
	CASE "NOT_FOUND", "REVOKED", "PRODUCT_MISMATCH"
		mtForgetLicense()		// this key will never work here
	CASE "EXPIRED", "SUSPENDED", "TRIAL_EXPIRED", "TOO_MANY_ACTIVATIONS"
		mtForgetOfflineFile()	// keep the key: renewal, reinstatement or a freed slot will make it work
END

PROCEDURE mtStartUp() : STMtVerdict
v is STMtVerdict
mtLoadState()
IF gsMtKey = "" THEN
	v.sCode = "NEED_KEY"		// first run: ask for the key, then call mtFirstRun
	v.sMessage = mtMessage(v.sCode, v)
	RESULT v
END
v = mtValidateOnline()
IF v.bValidated THEN
	IF NOT v.bRun THEN mtApplyRefusal(v)
	RESULT v				// a fresh, signed verdict decides, whatever the offline file says
END
// No verdict (offline, server error, 403 TENANT_SUSPENDED, unsigned answer, 429…): the offline file decides.
Trace("Mastertrade: no online verdict (" + v.sCode + "), trying the offline file")
bufFile is Buffer
IF fFileExist(mtOfflineFilePath()) THEN bufFile = fLoadBuffer(mtOfflineFilePath())
vOffline is STMtVerdict = mtCheckOfflineFile(bufFile)
IF NOT vOffline.bRun THEN vOffline.sMessage = mtMessage(v.sCode, v) + CR + vOffline.sMessage
RESULT vOffline


// ----------------------------------------------------------------------------------------------------
// Messages for the user (French: the customers are francophone)
// ----------------------------------------------------------------------------------------------------
PROCEDURE mtMessage(LOCAL sCode is string, v is STMtVerdict) : string
SWITCH sCode
	CASE "VALID": RESULT ""
	CASE "IN_GRACE_PERIOD": RESULT "Votre abonnement a expiré le " + Left(v.sExpiry, 10) + ". Renouvelez-le rapidement : le logiciel fonctionne encore pendant la période de grâce."
	CASE "NEED_KEY": RESULT "Saisissez votre clé de licence (MT-…)."
	CASE "NOT_FOUND": RESULT "Clé de licence inconnue. Vérifiez la clé reçue par e-mail."
	CASE "EXPIRED": RESULT "Votre licence a expiré. Renouvelez-la depuis votre espace client."
	CASE "REVOKED": RESULT "Cette licence a été révoquée. Contactez le support de votre revendeur."
	CASE "SUSPENDED": RESULT "Cette licence est suspendue. Contactez le support de votre revendeur."
	CASE "TRIAL_EXPIRED": RESULT "La période d'essai est terminée. Achetez une licence pour continuer."
	CASE "TOO_MANY_ACTIVATIONS": RESULT "Cette licence est déjà utilisée sur " + v.nUsed + " poste(s) sur " + v.nMax + ". Libérez un poste (menu « Transférer ma licence » sur l'autre PC) ou contactez le support."
	CASE "PRODUCT_MISMATCH": RESULT "Cette clé correspond à un autre logiciel."
	CASE "HTTP_429": RESULT "Trop de requêtes : nouvel essai dans " + v.nRetryAfterS + " s."
	CASE "NETWORK", "HTTP_403", "HTTP_404", "HTTP_500", "HTTP_502", "HTTP_503", "HTTP_504", "UNSIGNED", "BAD_ECHO", "STALE"
		RESULT "Le serveur de licences n'a pas pu confirmer votre licence."
	CASE "OFFLINE_NONE": RESULT "Connectez-vous à Internet pour vérifier votre licence."
	CASE "OFFLINE_EXPIRED": RESULT "Le fichier de licence hors ligne a expiré : connectez-vous à Internet."
	CASE "OFFLINE_CLOCK": RESULT "L'horloge de ce PC semble reculée. Corrigez la date et l'heure, puis relancez le logiciel."
	OTHER CASE: RESULT "Licence non valide sur ce poste (" + sCode + ")."
END
