package com.mastertrade.delivery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeysTest {

    @Test
    void aReleaseKeyIsTheStoreReleasesAndAUuid() {
        String key = BlobKeys.newRelease(new TenantSlug("acme"));
        assertThat(key).matches("acme/releases/[0-9a-f-]{36}");
        assertThat(BlobKeys.check(key)).isEqualTo(key);
        assertThat(BlobKeys.newRelease(new TenantSlug("acme"))).isNotEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/acme/releases/x",
                "acme/releases/",
                "acme//x",
                "acme/../other/x",
                "acme/./x",
                "acme/releases/..",
                "Acme/x",
                "acme\\x",
                "acme/x y",
                "acme/x\u0000",
                "acme/%2e%2e/x",
                ".../x"
            })
    void whatIsNotOneOfOurKeysIsRefused(String key) {
        assertThat(BlobKeys.isSafe(key)).isFalse();
        assertThatThrownBy(() -> BlobKeys.check(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyHasAMaximumLength() {
        assertThat(BlobKeys.isSafe(null)).isFalse();
        assertThat(BlobKeys.isSafe("a/" + "b".repeat(128))).isTrue();
        assertThat(BlobKeys.isSafe("a/" + "b".repeat(129))).isFalse();
        assertThat(BlobKeys.isSafe(("a".repeat(100) + "/").repeat(6) + "b")).isFalse();
    }
}
