package com.mastertrade.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class NextPageTest {

    @ParameterizedTest
    @CsvSource({
        "/t/demo/orders, /orders",
        "/t/demo/downloads?license=7, /downloads?license=7",
        "/orders/12, /orders/12",
        "https://evil.example/, /dashboard",
        "//evil.example/x, /dashboard",
        "/\\evil.example, /dashboard",
        "/t/other/dashboard, /dashboard",
        "/t/demo/../x, /dashboard",
        "/t/demo/login, /dashboard",
        "javascript:alert(1), /dashboard"
    })
    void theSignInGoesOnOnlyToAnAddressOfThisStore(String next, String expected) {
        assertThat(NextPage.within(next, "/t/demo")).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void withoutOneItIsTheDashboard(String next) {
        assertThat(NextPage.within(next, "/t/demo")).isEqualTo("/dashboard");
    }
}
