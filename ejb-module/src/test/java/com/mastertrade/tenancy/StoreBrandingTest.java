package com.mastertrade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreBrandingTest {

    @Test
    void whatAStoreSetsIsKeptTrimmedAndReadBackFromItsJson() {
        StoreBranding branding = StoreBranding.of(Map.of(
                "tagline", "  Vos logiciels  ",
                "primary_color", "#1F4E79",
                "logo_url", "https://cdn.example/logo.png",
                "terms", "Article 1.\n\nArticle 2."));

        StoreBranding read = StoreBranding.fromJson(branding.toJson());

        assertThat(read.get("tagline")).isEqualTo("Vos logiciels");
        assertThat(read.values()).isEqualTo(branding.values()).hasSize(4);
    }

    @Test
    void aBlankValueRemovesItsKeyAndUnknownKeysInStoredJsonAreIgnored() {
        Map<String, String> requested = new HashMap<>();
        requested.put("tagline", " ");
        requested.put("footer_text", null);
        assertThat(StoreBranding.of(requested).values()).isEmpty();
        assertThat(StoreBranding.fromJson("{\"tagline\":\"x\",\"old_key\":\"y\",\"primary_color\":7}")
                        .values())
                .isEqualTo(Map.of("tagline", "x"));
        assertThat(StoreBranding.fromJson(null)).isEqualTo(StoreBranding.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "favicon, https://cdn.example/f.ico",
        "primary_color, red",
        "accent_color, #12AB9",
        "logo_url, http://cdn.example/logo.png",
        "favicon_url, javascript:alert(1)",
        "contact_email, not-an-address",
    })
    void unknownKeysAndBadShapesAreRefusedOnTheBrandingField(String key, String value) {
        assertThatThrownBy(() -> StoreBranding.of(Map.of(key, value)))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("branding");
    }

    @Test
    void eachKeyHasItsLongestValue() {
        assertThat(StoreBranding.of(Map.of("terms", "x".repeat(20_000))).get("terms"))
                .hasSize(20_000);
        assertThatThrownBy(() -> StoreBranding.of(Map.of("terms", "x".repeat(20_001))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> StoreBranding.of(Map.of("footer_text", "x".repeat(501))))
                .isInstanceOf(InvalidInputException.class);
    }
}
