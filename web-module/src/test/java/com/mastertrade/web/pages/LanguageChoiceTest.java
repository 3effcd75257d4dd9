package com.mastertrade.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void theSwitchSendsBackToTheSameAddressWithoutItsChoice() {
        assertThat(LanguageChoice.withoutChoice("/t/demo/products?lang=en")).isEqualTo("/t/demo/products");
        assertThat(LanguageChoice.withoutChoice("/t/demo/products?q=paie&lang=en&page=2"))
                .isEqualTo("/t/demo/products?q=paie&page=2");
        assertThat(LanguageChoice.withoutChoice("/products?language=x&lang")).isEqualTo("/products?language=x");
        assertThat(LanguageChoice.withoutChoice("/products")).isEqualTo("/products");
    }
}
