package com.mastertrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductDescriptionTest {

    @Test
    void blankOptionalTextsAreAbsentAndSpacesDropped() {
        ProductDescription description = new ProductDescription(" PaieFacile ", null, "  ", " 3.1.4 ");
        assertThat(description.name()).isEqualTo("PaieFacile");
        assertThat(description.description()).isEmpty();
        assertThat(description.category()).isNull();
        assertThat(description.version()).isEqualTo("3.1.4");
    }

    @Test
    void eachTextHasItsLimit() {
        assertThatThrownBy(() -> new ProductDescription(" ", "", null, null))
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> new ProductDescription("x".repeat(201), "", null, null))
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() ->
                        new ProductDescription("P", "x".repeat(ProductDescription.MAX_DESCRIPTION + 1), null, null))
                .extracting("field")
                .isEqualTo("description");
        assertThatThrownBy(() -> new ProductDescription("P", "", "x".repeat(81), null))
                .extracting("field")
                .isEqualTo("category");
        assertThatThrownBy(() -> new ProductDescription("P", "", null, "x".repeat(41)))
                .extracting("field")
                .isEqualTo("version");
    }

    @Test
    void aThumbnailIsAWebAddress() {
        assertThat(new ProductDescription("P", "", null, null, " https://cdn.example/p.png ").thumbnailUrl())
                .isEqualTo("https://cdn.example/p.png");
        assertThat(new ProductDescription("P", "", null, null, " ").thumbnailUrl())
                .isNull();
        for (String bad : new String[] {
            "javascript:alert(1)",
            "/relative.png",
            "ftp://host/p.png",
            "https://",
            "https://host/" + "x".repeat(ProductDescription.MAX_URL)
        }) {
            assertThatThrownBy(() -> new ProductDescription("P", "", null, null, bad))
                    .as(bad)
                    .extracting("field")
                    .isEqualTo("thumbnail_url");
        }
    }
}
