package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;

/**
 * The page a password reset e-mail links to ({@code /t/<slug>/reset-password?token=...}): a new password, twice,
 * set through the same service as {@code POST /api/auth/reset}. A stateful view, like the sandbox's checkout:
 * its form posts back only with this visitor's view state, which another site cannot know (CSRF). The token
 * stays in the view, never in the form.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentRequest current;

    private String token;
    private String password;
    private String confirmation;
    private boolean usable;
    private boolean done;

    /** On arrival: a spent, expired or forged link says so instead of showing the form. */
    public void load() {
        usable = accounts.isResetLinkUsable(token);
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            error(text("reset.mismatch"));
            return;
        }
        try {
            accounts.resetPassword(token, password, current.origin());
            done = true;
        } catch (MastertradeException e) {
            switch (e.code()) {
                case "INVALID_RESET_TOKEN" -> usable = false;
                case "WEAK_PASSWORD" -> error(e.getMessage());
                default -> error(text("reset.length"));
            }
        }
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
