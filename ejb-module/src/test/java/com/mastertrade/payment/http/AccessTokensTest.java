package com.mastertrade.payment.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mastertrade.payment.PaymentProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessTokensTest {

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private AccessTokens tokens;
    private URI base;

    @BeforeEach
    void tokensFromTheFakeProvider() {
        tokens = new AccessTokens(new ProviderHttp(PaymentProvider.PAYPAL, Duration.ofSeconds(2)), clock);
        base = URI.create(provider.baseUrl());
        provider.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"first\", \"expires_in\": 3600}")));
        provider.stubFor(get("/resource").willReturn(okJson("{\"ok\": true}")));
    }

    @Test
    void aTokenServesManyCalls() {
        call("client", "secret");
        call("client", "secret");

        provider.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    /** A token is dropped a minute before it expires, so that the call it is for still finds it valid. */
    @Test
    void aTokenThatExpiresWithinAMinuteIsNotKept() {
        provider.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"short\", \"expires_in\": 60}")));

        call("client", "secret");
        call("client", "secret");

        provider.verify(2, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void orangesLifetimeWrittenAsAStringCountsToo() {
        provider.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"om\", \"expires_in\": \"3600\"}")));

        call("client", "secret");
        call("client", "secret");

        provider.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void anotherSecretForTheSameClientNeverBorrowsItsToken() {
        call("client", "secret");
        call("client", "wrong secret");

        provider.verify(2, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void aTokenRevokedBeforeItsExpiryIsReplacedOnce() {
        call("client", "secret");
        provider.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"second\", \"expires_in\": 3600}")));
        provider.stubFor(get("/resource")
                .inScenario("revoked")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401))
                .willSetStateTo("renewed"));
        provider.stubFor(get("/resource")
                .inScenario("revoked")
                .whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"ok\": true}")));

        assertThat(call("client", "secret").status()).isEqualTo(200);
        provider.verify(getRequestedFor(urlEqualTo("/resource")).withHeader("Authorization", equalTo("Bearer second")));
    }

    @Test
    void refusedCredentialsAreAProviderRejection() {
        provider.stubFor(
                post("/token")
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\": \"invalid_client\", \"error_description\": \"Client Authentication failed\"}")));

        assertThatThrownBy(() -> call("client", "secret"))
                .isInstanceOf(ProviderRejectedException.class)
                .hasMessage("PayPal refused the request (HTTP 401): Client Authentication failed");
    }

    private ProviderAnswer call(String clientId, String secret) {
        return tokens.send(
                ProviderHttp.url(base, "/token"),
                clientId,
                secret,
                token -> ProviderHttp.request(base, "/resource").header("Authorization", ProviderHttp.bearer(token)));
    }
}
