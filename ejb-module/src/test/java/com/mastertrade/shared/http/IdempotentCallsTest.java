package com.mastertrade.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotentCallsTest {

    @Test
    void coversTheStateChangingPostsOfBothApis() {
        assertThat(IdempotentCalls.covers("POST", "/orders")).isTrue();
        assertThat(IdempotentCalls.covers("POST", "/orders/12/checkout")).isTrue();
        assertThat(IdempotentCalls.covers("POST", "/licenses/3/renew")).isTrue();
        assertThat(IdempotentCalls.covers("POST", "/admin/licenses")).isTrue();
        assertThat(IdempotentCalls.covers("POST", "/admin/orders/5/refund")).isTrue();
        assertThat(IdempotentCalls.covers("post", "/tenants")).isTrue();
    }

    @Test
    void leavesOutSignInTheLicenseApiWebhooksAndOtherMethods() {
        assertThat(IdempotentCalls.covers("POST", "/auth/login")).isFalse();
        assertThat(IdempotentCalls.covers("POST", "/auth/register")).isFalse();
        assertThat(IdempotentCalls.covers("POST", "/license/activate")).isFalse();
        assertThat(IdempotentCalls.covers("POST", "/payments/webhook/stripe")).isFalse();
        assertThat(IdempotentCalls.covers("PUT", "/admin/payment-providers/sandbox"))
                .isFalse();
        assertThat(IdempotentCalls.covers("DELETE", "/licenses/3/activations/d1"))
                .isFalse();
        assertThat(IdempotentCalls.covers("GET", "/orders")).isFalse();
    }

    @Test
    void repeatedSlashesDoNotSlipPastTheExclusions() {
        assertThat(IdempotentCalls.covers("POST", "//auth/login")).isFalse();
        assertThat(IdempotentCalls.covers("POST", "auth//login")).isFalse();
        assertThat(IdempotentCalls.covers("POST", "/payments//webhook/sandbox")).isFalse();
    }

    @Test
    void readsTheDocumentsPathsBelowEitherApiRoot() {
        assertThat(IdempotentCalls.apiPath("/api/orders")).contains("/orders");
        assertThat(IdempotentCalls.apiPath("/operator/api/tenants")).contains("/tenants");
        assertThat(IdempotentCalls.apiPath("/health")).isEmpty();
    }
}
