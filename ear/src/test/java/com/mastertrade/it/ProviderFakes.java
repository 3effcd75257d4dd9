package com.mastertrade.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.function.Supplier;

/**
 * The payment providers' HTTP APIs, played by one WireMock in the test JVM, where {@code ./mastertrade it-up}
 * pointed the test server ({@code mt.wiremock.port}; each provider under its own path: {@code /stripe},
 * {@code /paypal}, {@code /flutterwave}, {@code /orangemoney}). Started once for every provider's test; the tests
 * never reset it: each store has its own credentials and each order its own ids, and every stub and count
 * matches them, so tests cannot see each other's calls.
 */
final class ProviderFakes {

    /** Stubs that stand in for an outage win over the normal ones. */
    static final int OUTAGE = 1;

    private static WireMockServer server;

    private ProviderFakes() {}

    static synchronized WireMockServer api() {
        if (server == null) {
            server = new WireMockServer(
                    wireMockConfig().bindAddress("127.0.0.1").port(Integer.getInteger("mt.wiremock.port", 18089)));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    static StubMapping stub(MappingBuilder mapping) {
        return api().stubFor(mapping);
    }

    static int count(RequestPatternBuilder requests) {
        return api().countRequestsMatching(requests.build()).getCount();
    }

    /** Takes a step while the stub answers in place of the provider's usual answer, then removes the stub. */
    static <T> T during(MappingBuilder outage, Supplier<T> step) {
        StubMapping stub = stub(outage.atPriority(OUTAGE));
        try {
            return step.get();
        } finally {
            api().removeStub(stub);
        }
    }
}
