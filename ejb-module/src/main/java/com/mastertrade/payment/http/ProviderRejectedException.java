package com.mastertrade.payment.http;

import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.MastertradeException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 502: the provider refused our request (a 4xx answer: bad credentials, a currency it does not take...). It
 * carries the provider's own explanation, never our credentials; retrying the same request would not help.
 */
public class ProviderRejectedException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    private static final int EXPLANATION_LENGTH = 200;
    /**
     * Long runs of letters mixed with digits look like keys: whatever a provider might echo of a credential stays
     * out of messages, while its error codes ({@code PAYEE_ACCOUNT_RESTRICTED}) have no digits and stay.
     */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_\\-]{24,}");

    public ProviderRejectedException(String message) {
        super(502, "PROVIDER_REJECTED", message);
    }

    public static ProviderRejectedException answered(
            PaymentProvider provider, int status, Optional<String> explanation) {
        return new ProviderRejectedException(ProviderHttp.displayName(provider) + " refused the request (HTTP " + status
                + ")" + explanation.map(text -> ": " + redact(text)).orElse(""));
    }

    static String redact(String explanation) {
        String safe = KEY_LIKE.matcher(explanation)
                .replaceAll(
                        run -> run.group().matches(".*[0-9].*") && run.group().matches(".*[A-Za-z].*")
                                ? "[redacted]"
                                : run.group());
        return safe.length() <= EXPLANATION_LENGTH ? safe : safe.substring(0, EXPLANATION_LENGTH) + "…";
    }
}
