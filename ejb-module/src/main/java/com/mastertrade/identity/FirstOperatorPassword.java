package com.mastertrade.identity;

import java.util.Optional;

/**
 * The password the first operator gets when the platform starts without any operator. A demo
 * ({@code MT_DEMO=true}: {@code ./mastertrade start} and the test domain) falls back on the published demo
 * password; any other start needs {@code MT_OPERATOR_PASSWORD} of its own, or it does not start at all, since
 * a platform whose operator has a published password belongs to whoever reads the README.
 */
final class FirstOperatorPassword {

    private FirstOperatorPassword() {}

    /** @throws StartupRefused outside a demo, when the password is missing or published */
    static String choose(boolean demo, Optional<String> configured) {
        Optional<String> given = configured.filter(password -> !password.isBlank());
        if (demo) {
            return given.orElse(DemoPasswords.OPERATOR);
        }
        String password = given.orElseThrow(() -> new StartupRefused(
                "Mastertrade does not start: there is no operator yet and MT_OPERATOR_PASSWORD is not set. Set"
                        + " MT_OPERATOR_PASSWORD (and MT_OPERATOR_EMAIL) to the first operator's credentials, or"
                        + " MT_DEMO=true for a demonstration with published passwords (never in production)."));
        if (DemoPasswords.isPublished(password)) {
            throw new StartupRefused("Mastertrade does not start: MT_OPERATOR_PASSWORD is one of the demo's published"
                    + " passwords, which only a demonstration (MT_DEMO=true) may use. Choose a password of your own.");
        }
        return password;
    }

    /** Start-up stops here: the deployment fails with this message, which is also logged on its own line. */
    static final class StartupRefused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        StartupRefused(String message) {
            super(message);
        }
    }
}
