package com.mastertrade.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the pages exists in French and in English, so no page shows a raw key in either language. */
class MessageBundlesTest {

    @Test
    void frenchAndEnglishHaveTheSameKeysAndTheDefaultIsFrench() throws IOException {
        Properties fr = load("messages_fr.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
        assertThat(load("messages.properties")).isEqualTo(fr);
        assertThat(fr.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/com/mastertrade/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
