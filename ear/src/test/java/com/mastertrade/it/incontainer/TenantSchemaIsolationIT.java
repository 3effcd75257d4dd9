package com.mastertrade.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mastertrade.identity.EmailAddress;
import com.mastertrade.identity.EmailPreferences;
import com.mastertrade.identity.Profile;
import com.mastertrade.identity.Role;
import com.mastertrade.identity.RoleName;
import com.mastertrade.identity.User;
import com.mastertrade.shared.InstantConverter;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.TenantSessionCustomizer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, below every service: two tenants' transactions run at once on the container's threads
 * and each reads only its own schema, related rows (the user's role) included. The probe WAR holds just the
 * tenancy classes and a persistence unit on the application's data source.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantSchemaIsolationIT {

    private static final String[] STORES = {"arq-alpha", "arq-beta"};
    private static final int CUSTOMERS = 5;

    @Inject
    TenantUsers users;

    @Resource
    ManagedExecutorService executor;

    @Deployment
    static WebArchive probe() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "isolation-probe.war")
                .addClasses(
                        TenantUsers.class,
                        User.class,
                        Role.class,
                        RoleName.class,
                        Profile.class,
                        EmailPreferences.class,
                        EmailAddress.class,
                        Language.class,
                        InstantConverter.class,
                        InvalidInputException.class,
                        MastertradeException.class,
                        TenantContext.class,
                        TenantContext.Scope.class,
                        TenantRef.class,
                        TenantSlug.class,
                        TenantStatus.class,
                        TenantSessionCustomizer.class)
                .addClass("com.mastertrade.tenancy.TenantSchemaConnector")
                .addClass("com.mastertrade.identity.RoleNameConverter")
                .addAsResource("isolation-persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Assertions.class));
    }

    @Test
    @Order(1)
    @RunAsClient
    void twoStoresWithTheirCustomers() throws Exception {
        String base = System.getProperty("mt.base-url", "http://localhost:18080");
        HttpClient http = HttpClient.newHttpClient();
        String token = http.send(
                        post(
                                base + "/operator/api/auth/login",
                                "{\"email\":\""
                                        + System.getProperty("mt.operator.email", "operator@mastertrade.local")
                                        + "\",\"password\":\""
                                        + System.getProperty("mt.operator.password", "operator-demo-2026") + "\"}",
                                null),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        for (String store : STORES) {
            int opened = http.send(
                            post(
                                    base + "/operator/api/tenants",
                                    "{\"slug\":\"" + store + "\",\"name\":\"" + store
                                            + "\",\"admin\":{\"email\":\"admin@" + store
                                            + ".test\",\"password\":\"correct-horse-battery\"}}",
                                    token),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(opened).isIn(201, 409);
            for (int i = 0; i < CUSTOMERS; i++) {
                int registered = http.send(
                                post(
                                        base + "/t/" + store + "/api/auth/register",
                                        "{\"name\":\"C\",\"email\":\"c" + i + "@" + store
                                                + ".test\",\"password\":\"correct-horse-battery\",\"accept_terms\":true}",
                                        null),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertThat(registered).isIn(201, 409);
            }
        }
    }

    @Test
    @Order(2)
    void concurrentTransactionsReadOnlyTheirOwnSchema() throws Exception {
        List<Future<List<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            TenantRef tenant = tenant(STORES[i % 2]);
            answers.add(executor.submit(() -> TenantContext.call(tenant, users::emailsWithRoles)));
        }
        for (int i = 0; i < answers.size(); i++) {
            String domain = "@" + STORES[i % 2] + ".test";
            List<String> rows = answers.get(i).get();
            assertThat(rows).hasSize(CUSTOMERS + 1);
            assertThat(rows).allSatisfy(row -> assertThat(row).contains(domain + "|"));
            assertThat(rows).contains("admin" + domain + "|admin", "c0" + domain + "|user");
        }
    }

    @Test
    @Order(3)
    void withoutATenantNoTenantTableCanBeRead() {
        assertThat(TenantContext.current()).isEmpty();
        Throwable refused = catchThrowable(users::emailsWithRoles);
        SQLException fromPostgres = causes(refused)
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SQLException behind " + refused, refused));
        assertThat(fromPostgres.getSQLState()).as("undefined_table").isEqualTo("42P01");
        assertThat(fromPostgres.getMessage()).containsPattern("relation \"(users|roles)\" does not exist");
    }

    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause);
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static TenantRef tenant(String slug) {
        return new TenantRef(0, new TenantSlug(slug), slug, TenantStatus.ACTIVE);
    }

    private static HttpRequest post(String url, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
