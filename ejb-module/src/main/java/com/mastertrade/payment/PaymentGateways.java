package com.mastertrade.payment;

import com.mastertrade.shared.MastertradeException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway of each provider deployed on this platform: every CDI bean implementing {@link PaymentGateway}.
 * A provider without one answers 501 {@code PROVIDER_NOT_SUPPORTED} until its gateway is deployed.
 */
@ApplicationScoped
public class PaymentGateways {

    @Inject
    @Any
    Instance<PaymentGateway> deployed;

    private final Map<PaymentProvider, PaymentGateway> byProvider = new EnumMap<>(PaymentProvider.class);

    @PostConstruct
    void index() {
        for (PaymentGateway gateway : deployed) {
            PaymentGateway other = byProvider.put(gateway.provider(), gateway);
            if (other != null) {
                throw new IllegalStateException(
                        "Two gateways for " + gateway.provider().apiName());
            }
        }
    }

    public boolean isAvailable(PaymentProvider provider) {
        return byProvider.containsKey(provider);
    }

    public PaymentGateway of(PaymentProvider provider) {
        PaymentGateway gateway = byProvider.get(provider);
        if (gateway == null) {
            throw new MastertradeException(
                    501,
                    "PROVIDER_NOT_SUPPORTED",
                    "Payments through " + provider.apiName() + " are not available on this platform yet");
        }
        return gateway;
    }
}
