package com.mastertrade.web.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusedLicenseCallsTest {

    private static final String KEY = "MT-3f0c9a52-1b2c-4d3e-8f90-a1b2c3d4e5f6";

    private static Optional<String> keyOf(String body) {
        return RefusedLicenseCalls.keyOf(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theKeyIsReadWhenItComesBeforeTheFault() {
        assertThat(keyOf("{\"key\": \"" + KEY + "\", \"device_id\": 5}")).contains(KEY);
        assertThat(keyOf("{\"key\": \"" + KEY + "\"}xyz")).contains(KEY);
        assertThat(keyOf("{\"key\": \"" + KEY + "\", \"device_id\": ")).contains(KEY);
        assertThat(keyOf("{\"nonce\": {\"key\": \"other\"}, \"list\": [{\"key\": 1}], \"key\": \"" + KEY + "\"}"))
                .contains(KEY);
    }

    @Test
    void noKeyWhenItComesAfterTheFaultOrIsNoString() {
        assertThat(keyOf("{\"device_id\": , \"key\": \"" + KEY + "\"}")).isEmpty();
        assertThat(keyOf("{\"key\": 5}")).isEmpty();
        assertThat(keyOf("[\"" + KEY + "\"]")).isEmpty();
        assertThat(keyOf("")).isEmpty();
        assertThat(keyOf("{\"nonce\": {\"key\": \"" + KEY + "\"}}")).isEmpty();
    }
}
