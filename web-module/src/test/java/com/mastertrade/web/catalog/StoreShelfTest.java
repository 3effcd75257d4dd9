package com.mastertrade.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreShelfTest {

    @Test
    void aShortDescriptionIsShownWholeOnOneLine() {
        assertThat(StoreShelf.summary("  Gestion   commerciale\npour PME ")).isEqualTo("Gestion commerciale pour PME");
    }

    @Test
    void onlyTheFirstParagraphIsShown() {
        assertThat(StoreShelf.summary("Première partie.\n\nDétails techniques."))
                .isEqualTo("Première partie.");
    }

    @Test
    void aLongParagraphIsCutAtAWordWithAnEllipsis() {
        String summary = StoreShelf.summary("mot ".repeat(100));

        assertThat(summary).hasSizeLessThanOrEqualTo(StoreShelf.SUMMARY_LENGTH).endsWith("mot…");
    }

    @Test
    void noDescriptionIsAnEmptySummary() {
        assertThat(StoreShelf.summary(null)).isEmpty();
    }
}
