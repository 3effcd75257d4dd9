// =====================================================================================================
//  Example: how a WinDev program uses MastertradeLicense (Exemple d'utilisation)
//  WIN_LicenseKey, WIN_StoreSignIn and the menu options are YOUR windows and controls: adapt the names.
// =====================================================================================================

// -----------------------------------------------------------------------------------------------------
// Project initialization code (code d'initialisation du projet)
// -----------------------------------------------------------------------------------------------------
vLicense is STMtVerdict = mtStartUp()

IF vLicense.sCode = "NEED_KEY" THEN
	// First run on this PC: ask for the key (needs the network: the server must accept it once).
	LOOP
		sTypedKey is string = Open(WIN_LicenseKey)		// your window; returns "" when the user cancels
		IF sTypedKey = "" THEN EndProgram()
		// device_name is optional and stored by the store in clear: send it only if the user agrees.
		vLicense = mtFirstRun(sTypedKey)
		IF vLicense.bRun THEN BREAK
		IF NOT vLicense.bValidated _AND_ vLicense.sCode = "NETWORK" THEN
			Error("Connexion impossible au serveur de licences. La première activation demande Internet.")
		ELSE
			Error(vLicense.sMessage)
		END
	END
END

IF NOT vLicense.bRun THEN
	Error(vLicense.sMessage)
	EndProgram()
END

IF vLicense.sCode = "IN_GRACE_PERIOD" THEN Warning(vLicense.sMessage)

// A newer version? Signed answer checked, installer downloaded, SHA-256 checked, installed (MastertradeUpdate.wl).
IF vLicense.sSource = "online" THEN mtUpdateAtStartUp()

// Online and valid: make sure this PC can keep working offline for a while.
IF vLicense.sSource = "online" _AND_ mtOfflineFileDaysLeft() < 7 THEN
	IF YesNo("Voulez-vous pouvoir utiliser le logiciel sans Internet pendant " + MT_OFFLINE_DAYS + " jours ? " + ...
			"Il faut vous identifier une fois avec votre compte client de la boutique.") = Yes THEN
		Open(WIN_StoreSignIn)	// your window: calls mtDownloadOfflineFile(sEmail, sPassword) and forgets both
	END
END

// Heartbeats: one call now and then while the program runs (the server says when: next_heartbeat_in).
ThreadExecute("MT_HEARTBEAT", threadNormal, HeartbeatLoop)		// [CONFIRM] thread functions of your version


// -----------------------------------------------------------------------------------------------------
// Global procedure HeartbeatLoop (runs in its own thread)
// -----------------------------------------------------------------------------------------------------
// A heartbeat is telemetry: its "ok" only says that this PC still holds a slot, NOT that the licence is
// still in force (a revoked licence keeps its slots). So the loop also validates again once a day.
PROCEDURE HeartbeatLoop()
nWaitS is int = 3600		// the start-up validation already counted as "seen"
nSinceValidationS is int = 0
LOOP
	ThreadPause(nWaitS * 100)		// hundredths of a second   [CONFIRM]
	nSinceValidationS += nWaitS
	nWaitS = mtHeartbeat()
	IF nWaitS >= 0 _AND_ nSinceValidationS >= 86400 THEN
		nSinceValidationS = 0
		vCheck is STMtVerdict = mtValidateOnline()
		IF vCheck.bValidated _AND_ NOT vCheck.bRun THEN
			mtApplyRefusal(vCheck)
			nWaitS = -1
		END
	END
	IF nWaitS < 0 THEN
		// The licence was refused meanwhile (revoked, suspended, slot lost with none free…).
		ExecuteMainThread(StopForLicense)	// [CONFIRM] UI work belongs to the main thread
		RETURN
	END
END

PROCEDURE StopForLicense()
Error("Votre licence n'est plus valide sur ce poste. Le logiciel va se fermer.")
EndProgram()


// -----------------------------------------------------------------------------------------------------
// Menu option "Transférer ma licence vers un autre PC" (move my licence to another PC)
// -----------------------------------------------------------------------------------------------------
IF YesNo("Libérer la licence de ce PC ? Le logiciel se fermera ; vous pourrez saisir la clé sur l'autre PC.") = Yes THEN
	IF mtDeactivate() THEN
		Info("La licence est libérée. Saisissez votre clé sur le nouveau PC.")
		EndProgram()
	ELSE
		Error("Le serveur de licences n'a pas confirmé la libération (connexion Internet ?). Rien n'a été modifié.")
	END
END


// -----------------------------------------------------------------------------------------------------
// WIN_StoreSignIn, button "OK": download the offline licence file
// -----------------------------------------------------------------------------------------------------
IF mtDownloadOfflineFile(EDT_Email, EDT_Password) THEN
	EDT_Password = ""
	Info("Ce PC peut maintenant fonctionner " + MT_OFFLINE_DAYS + " jours sans Internet.")
	Close()
ELSE
	EDT_Password = ""
	Error("Téléchargement impossible : vérifiez l'e-mail et le mot de passe de votre compte client, et que cette licence est bien la vôtre.")
END
