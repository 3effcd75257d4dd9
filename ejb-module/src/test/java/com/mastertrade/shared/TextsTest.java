package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void longerTextsAreCutAndOthersKept() {
        assertThat(Texts.atMost("abcdef", 4)).isEqualTo("abcd");
        assertThat(Texts.atMost("abcd", 4)).isEqualTo("abcd");
        assertThat(Texts.atMost("ab", 4)).isEqualTo("ab");
        assertThat(Texts.atMost(null, 4)).isNull();
    }
}
