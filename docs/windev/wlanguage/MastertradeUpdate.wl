// =====================================================================================================
//  MastertradeUpdate: is there a newer version? Download it, check it, install it.
//  (Mise à jour au démarrage : vérifier, télécharger, contrôler le SHA-256, installer.)
//  Needs MastertradeLicense.wl: mtPost, mtNewNonce, mtDeviceId, mtSafe, mtHex, gsMtKey, MT_APP_VERSION.
//  Call mtUpdateAtStartUp() right after mtStartUp() said the program may run (it validated this PC).
// =====================================================================================================

CONSTANT
	MT_UPDATE_CHANNEL = "stable"	// "beta" to receive previews as well (and the stable releases after them)
END

// What the store says about updates, once its answer is proved authentic.
STMtUpdate is Structure
	bTrusted is boolean		// True only for a signed answer echoing our nonce, device and key
	bAvailable is boolean	// a newer release exists for this licence and channel
	bMandatory is boolean	// it (or a release it skips over) fixes something the program must not run without
	sVersion is string
	sChangelog is string
	nSize is 8-byte int
	sSha256 is string		// lower-case hex of the installer's SHA-256, from the SIGNED answer
	sUrl is string			// download link bound to this licence, valid 15 minutes; "" when today's downloads are used up
	sProblem is string		// why there is nothing to trust: NETWORK, UNSIGNED, BAD_ECHO, HTTP_<status> or the error code
END

// POST /api/license/update {key, device_id, version, channel, nonce}. Like every licence answer it is signed
// by the store (Mastertrade-Signature over the exact bytes, checked by mtPost with the pinned key) and echoes
// our nonce, device id and key: anything else is not trusted, and the program simply runs the version it has.
PROCEDURE mtCheckForUpdate() : STMtUpdate
u is STMtUpdate
sNonce is string = mtNewNonce()
sJson is string = "{""key"":""" + gsMtKey + """,""device_id"":""" + mtDeviceId() + """,""version"":""" + mtSafe(MT_APP_VERSION, 40) + """"
sJson += ",""channel"":""" + MT_UPDATE_CHANNEL + """,""nonce"":""" + sNonce + """}"
ex is STMtExchange = mtPost("/api/license/update", sJson)
IF ex.bNetworkError THEN
	u.sProblem = "NETWORK"
ELSE IF NOT ex.bSigned THEN
	u.sProblem = "UNSIGNED"
ELSE IF ex.nStatus <> 200 THEN
	// 409 DEVICE_NOT_ACTIVATED (validate first), 409 EXPIRED / REVOKED / SUSPENDED..., 422 version
	u.sProblem = "HTTP_" + ex.nStatus
	IF ex.sErrorCode <> "" THEN u.sProblem = ex.sErrorCode
ELSE
	vAnswer is Variant = JSONToVariant(ex.bufBody)		// parsed only now that the bytes are authentic
	IF vAnswer.nonce <> sNonce _OR_ vAnswer.device_id <> mtDeviceId() _OR_ vAnswer.key <> gsMtKey THEN
		u.sProblem = "BAD_ECHO"
	ELSE
		u.bTrusted = True
		u.bAvailable = (vAnswer.update_available = True)
		IF u.bAvailable THEN
			u.bMandatory = (vAnswer.mandatory = True)
			u.sVersion = vAnswer.version
			IF vAnswer.changelog <> Null THEN u.sChangelog = vAnswer.changelog
			u.nSize = vAnswer.size
			u.sSha256 = Lower(vAnswer.sha256)
			IF vAnswer.url <> Null THEN u.sUrl = vAnswer.url
		END
	END
END
RESULT u

// Lower-case hex SHA-256 of bytes, as the server computes a release's sha256.
PROCEDURE mtFileSha256(bufFile is Buffer) : string
RESULT mtHex(HashString(HA_SHA_256, bufFile))

// Downloads the installer with HTTPRequest into a temporary folder and keeps it only if its SHA-256 is the
// one of the signed answer (the link itself is not what proves the file: the signed sha256 is).
// Returns the installer's path, or "" (nothing left on disk) when the download or the check failed.
PROCEDURE mtDownloadUpdate(u is STMtUpdate) : string
IF u.sUrl = "" THEN RESULT ""
sDir is string = fTempPath() + ["\"] + "MastertradeUpdate"
IF NOT fDirectoryExist(sDir) THEN fMakeDir(sDir)
sFile is string = sDir + ["\"] + "setup-" + mtSafe(u.sVersion, 40) + ".exe"
fDelete(sFile)
HTTPDestination(sFile)						// [CONFIRM] the next HTTPRequest writes its result to this file
IF NOT HTTPRequest(u.sUrl) THEN				// follows the store's redirect to its file storage, if any
	Trace("Mastertrade update: " + ErrorInfo(errFullDetails))
	fDelete(sFile)
	RESULT ""
END
bufInstaller is Buffer = fLoadBuffer(sFile)
IF Length(bufInstaller) <> u.nSize _OR_ mtFileSha256(bufInstaller) <> u.sSha256 THEN
	Trace("Mastertrade update: the file is not the signed release (size or SHA-256 differ)")
	fDelete(sFile)
	RESULT ""
END
RESULT sFile

// Start-up: ask, tell the user, download, check, run the installer and close the program so it can be
// replaced. A mandatory update is not optional; any other one the user may postpone. When anything fails
// (no network, quota used up, unsigned answer), the program goes on with the version it has.
PROCEDURE mtUpdateAtStartUp()
u is STMtUpdate = mtCheckForUpdate()
IF NOT u.bTrusted _OR_ NOT u.bAvailable THEN RETURN
sText is string = "La version " + u.sVersion + " est disponible (vous avez la " + MT_APP_VERSION + ")." + CR + CR + u.sChangelog
IF u.bMandatory THEN
	Info(sText + CR + CR + "Cette mise à jour est obligatoire : elle va être installée.")
ELSE IF YesNo(sText + CR + CR + "Installer maintenant ?") = No THEN
	RETURN
END
IF u.sUrl = "" THEN
	Info("Le nombre de téléchargements du jour de votre licence est atteint : réessayez demain.")
	IF u.bMandatory THEN EndProgram()
	RETURN
END
sInstaller is string = mtDownloadUpdate(u)
IF sInstaller = "" THEN
	Error("La mise à jour n'a pas pu être téléchargée ou n'est pas intacte. Réessayez plus tard.")
	IF u.bMandatory THEN EndProgram()
	RETURN
END
ShellExecute(sInstaller)		// the installer replaces the program: close it now
EndProgram()
