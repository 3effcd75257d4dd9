package com.mastertrade.delivery.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentSpansTest {

    @Test
    void oneRequestThatSentEverythingHoldsTheFile() {
        assertThat(new SentSpans().add(0, 1000).coverWhole(1000)).isTrue();
    }

    @Test
    void aRequestCutShortDoesNot() {
        assertThat(new SentSpans().add(0, 999).coverWhole(1000)).isFalse();
    }

    @Test
    void aResumeFromWhereTheCutWasCompletesIt() {
        assertThat(new SentSpans().add(0, 400).add(400, 600).coverWhole(1000)).isTrue();
        assertThat(new SentSpans().add(400, 600).add(0, 450).coverWhole(1000)).isTrue();
    }

    @Test
    void aHoleLeavesItIncomplete() {
        assertThat(new SentSpans().add(0, 400).add(401, 599).coverWhole(1000)).isFalse();
    }

    @Test
    void theEndAloneIsNotTheFile() {
        assertThat(new SentSpans().add(500, 500).coverWhole(1000)).isFalse();
    }

    @Test
    void nothingSentHoldsOnlyAnEmptyFile() {
        assertThat(new SentSpans().add(0, 0).coverWhole(1000)).isFalse();
        assertThat(new SentSpans().coverWhole(0)).isTrue();
    }
}
