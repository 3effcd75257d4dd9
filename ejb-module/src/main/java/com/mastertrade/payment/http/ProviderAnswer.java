package com.mastertrade.payment.http;

import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.MastertradeException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;

/** A provider's answer below 500 (those never get this far): its status and its body. */
public record ProviderAnswer(PaymentProvider provider, int status, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The body of a 2xx answer; any other status is the provider refusing the request. */
    public JsonObject successJson() {
        if (!isSuccess()) {
            throw rejected();
        }
        return json();
    }

    public JsonObject json() {
        return JsonObjects.parse(body)
                .orElseThrow(() -> new MastertradeException(
                        502,
                        "PROVIDER_ANSWER_INVALID",
                        ProviderHttp.displayName(provider) + " answered HTTP " + status + " with no JSON object"));
    }

    public ProviderRejectedException rejected() {
        return ProviderRejectedException.answered(provider, status, explanation());
    }

    /**
     * How providers explain an error: PayPal {@code message} and {@code details[0].issue}, Flutterwave and
     * Orange Money {@code message} or {@code description}, OAuth {@code error_description}.
     */
    private Optional<String> explanation() {
        return JsonObjects.parse(body).flatMap(json -> {
            Optional<String> issue = json.get("details") instanceof JsonArray details
                            && !details.isEmpty()
                            && details.get(0) instanceof JsonObject first
                    ? Optional.ofNullable(first.getString("issue", null))
                    : Optional.empty();
            for (String field : new String[] {"message", "error_description", "description", "error"}) {
                if (json.get(field) instanceof JsonString text
                        && !text.getString().isBlank()) {
                    return Optional.of(text.getString()
                            + issue.map(code -> " (" + code + ")").orElse(""));
                }
            }
            return issue;
        });
    }
}
