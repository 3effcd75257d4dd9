package com.mastertrade.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

    @Test
    void namesASchemaThatNeedsNoQuoting() {
        assertThat(new TenantSlug("acme-store").schema()).isEqualTo("tenant_acme_store");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ab",
                "Acme",
                "1acme",
                "acme-",
                "ac--me",
                "acme_store",
                "acme store",
                "acme;drop",
                "x2345678901234567890123456789012345678901",
                "api",
                "operator"
            })
    void refusesWhatCannotBeASlug(String candidate) {
        assertThatThrownBy(() -> new TenantSlug(candidate))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("slug");
        assertThat(TenantSlug.parseOrNull(candidate)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "acme", "shop-42", "a1b", "x23456789012345678901234567890123456789"})
    void acceptsLowercaseNamesWithInnerHyphens(String candidate) {
        assertThat(TenantSlug.parseOrNull(candidate)).isEqualTo(new TenantSlug(candidate));
    }
}
