package com.mastertrade.payment.orangemoney;

import com.mastertrade.payment.http.AccessTokens;
import com.mastertrade.payment.http.ProviderAnswer;
import com.mastertrade.payment.http.ProviderHttp;
import jakarta.json.JsonObject;
import java.net.URI;

/** The two calls of Orange's Web Payment API, for one merchant application of one country. */
final class OrangeMoneyApi {

    private final AccessTokens tokens;
    private final URI base;
    private final String country;
    private final String clientId;
    private final String clientSecret;

    /** @param country the merchant's country as a path segment ({@code sn}, {@code ci}...), {@code dev} in the sandbox */
    OrangeMoneyApi(AccessTokens tokens, URI base, String country, String clientId, String clientSecret) {
        this.tokens = tokens;
        this.base = base;
        this.country = ProviderHttp.pathSegment(country);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    JsonObject webPayment(JsonObject payment) {
        return post("/webpayment", payment).successJson();
    }

    ProviderAnswer transactionStatus(JsonObject transaction) {
        return post("/transactionstatus", transaction);
    }

    private ProviderAnswer post(String call, JsonObject body) {
        String path = "/orange-money-webpay/" + country + "/v1" + call;
        return tokens.send(
                ProviderHttp.url(base, "/oauth/v3/token"),
                clientId,
                clientSecret,
                token -> ProviderHttp.postJson(base, path, body).header("Authorization", ProviderHttp.bearer(token)));
    }
}
