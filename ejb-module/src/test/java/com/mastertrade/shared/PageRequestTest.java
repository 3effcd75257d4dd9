package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.parse("3", "10").offset()).isEqualTo(20);
    }

    @Test
    void refusesSizesOverOneHundredAndNonNumbers() {
        assertThatThrownBy(() -> PageRequest.parse("1", "101"))
                .extracting("field")
                .isEqualTo("size");
        assertThatThrownBy(() -> PageRequest.parse("0", "10"))
                .extracting("field")
                .isEqualTo("page");
        assertThatThrownBy(() -> PageRequest.parse("two", "10"))
                .extracting("field")
                .isEqualTo("page");
        assertThatThrownBy(() -> PageRequest.parse("1", "1e3")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsTotal() {
        Page<String> page = Page.of(List.of(1, 2), new PageRequest(2, 2), 5).map(String::valueOf);
        assertThat(page).isEqualTo(new Page<>(List.of("1", "2"), 2, 2, 5));
    }
}
