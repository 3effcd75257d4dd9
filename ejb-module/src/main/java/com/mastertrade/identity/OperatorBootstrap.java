package com.mastertrade.identity;

import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start, the operator from {@code MT_OPERATOR_EMAIL} / {@code MT_OPERATOR_PASSWORD}. Outside a demo a
 * platform without an operator and without a password of its own does not start ({@link FirstOperatorPassword}):
 * the exception leaves the start-up singleton, so the deployment fails and readiness stays DOWN.
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @Inject
    OperatorAccounts operators;

    @Inject
    @ConfigProperty(name = "mt.operator.email", defaultValue = "operator@mastertrade.local")
    String email;

    @Inject
    @ConfigProperty(name = "mt.operator.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mt.demo", defaultValue = "false")
    boolean demo;

    void onReady(@Observes PlatformReady ready) {
        if (operators.anyOperator()) {
            return;
        }
        String chosen;
        try {
            chosen = FirstOperatorPassword.choose(demo, password);
        } catch (FirstOperatorPassword.StartupRefused refused) {
            LOG.severe(refused.getMessage());
            throw refused;
        }
        operators.ensureFirstOperator(email, chosen);
    }
}
