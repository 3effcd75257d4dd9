package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Locale;

/** Amazon Corretto Crypto Provider for the tests that sign with it: it must load wherever it is built for. */
final class NativeProvider {

    private NativeProvider() {}

    /**
     * ACCP, on Linux x86-64 (its only build), where its library must load (a failure there is a failed test,
     * not a skipped one); elsewhere the test is skipped, as the server would sign in Java.
     */
    static Provider accp() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64")),
                "Amazon Corretto Crypto Provider is built for Linux x86-64 only");
        assertThat(AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError())
                .as("why ACCP's native library did not load")
                .isNull();
        return AmazonCorrettoCryptoProvider.INSTANCE;
    }
}
