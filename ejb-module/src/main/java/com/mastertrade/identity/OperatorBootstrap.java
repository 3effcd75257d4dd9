package com.mastertrade.identity;

import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** On first start, the operator from {@code MT_OPERATOR_EMAIL} / {@code MT_OPERATOR_PASSWORD}. */
@ApplicationScoped
public class OperatorBootstrap {

    @Inject
    OperatorAccounts operators;

    @Inject
    @ConfigProperty(name = "mt.operator.email", defaultValue = "operator@mastertrade.local")
    String email;

    @Inject
    @ConfigProperty(name = "mt.operator.password", defaultValue = "operator-demo-2026")
    String password;

    void onReady(@Observes PlatformReady ready) {
        operators.ensureFirstOperator(email, password);
    }
}
