package com.mastertrade.operator.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.tenancy.NewTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an operator's request to open a store becomes, and what of it is refused (admin manual, "Stores"). */
class OpenTenantRequestTest {

    private static final OpenTenantRequest.Admin OWNER =
            new OpenTenantRequest.Admin("owner@acme.test", "correct-horse-battery", "Awa Diallo");

    @Test
    void theStoreItsOwnerDomainsAndBrandingAreCarriedOver() {
        NewTenant tenant = new OpenTenantRequest(
                        "acme",
                        "Acme Logiciels",
                        OWNER,
                        List.of("shop.acme.test", "acme.test"),
                        Map.of("primary_color", "#12AB9f", "logo_url", "https://cdn.acme.test/logo.png"))
                .toNewTenant();

        assertThat(tenant.slug().value()).isEqualTo("acme");
        assertThat(tenant.name()).isEqualTo("Acme Logiciels");
        assertThat(tenant.owner().email()).isEqualTo("owner@acme.test");
        assertThat(tenant.owner().name()).isEqualTo("Awa Diallo");
        assertThat(tenant.domains()).containsExactlyInAnyOrder("shop.acme.test", "acme.test");
        JsonObject branding =
                Json.createReader(new StringReader(tenant.brandingJson())).readObject();
        assertThat(branding.getString("primary_color")).isEqualTo("#12AB9f");
        assertThat(branding.getString("logo_url")).isEqualTo("https://cdn.acme.test/logo.png");
        assertThat(branding).hasSize(2);
    }

    @Test
    void anOwnerWithoutANameIsTheAdministratorAndNoBrandingIsAnEmptyObject() {
        NewTenant tenant = new OpenTenantRequest(
                        "acme",
                        "Acme",
                        new OpenTenantRequest.Admin("owner@acme.test", "correct-horse-battery", null),
                        null,
                        null)
                .toNewTenant();

        assertThat(tenant.owner().name()).isEqualTo("Administrateur");
        assertThat(tenant.domains()).isEmpty();
        assertThat(tenant.brandingJson()).isEqualTo("{}");
    }

    @Test
    void aStoreWithoutAnAdministratorIsRefusedOnItsAdminField() {
        assertThatThrownBy(() -> new OpenTenantRequest("acme", "Acme", null, null, null).toNewTenant())
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("admin");
    }

    @ParameterizedTest
    @CsvSource({
        "favicon, https://cdn.acme.test/favicon.ico",
        "primary_color, red",
        "accent_color, #12AB9",
        "primary_color, #12AB9G",
        "logo_url, http://cdn.acme.test/logo.png",
        "logo_url, javascript:alert(1)",
    })
    void brandingOutsideTheKnownKeysOrTheirShapesIsRefused(String key, String value) {
        OpenTenantRequest request = new OpenTenantRequest("acme", "Acme", OWNER, null, Map.of(key, value));

        assertThatThrownBy(request::toNewTenant)
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("branding");
    }

    @Test
    void aBrandingValueOver512CharactersIsRefused() {
        OpenTenantRequest request =
                new OpenTenantRequest("acme", "Acme", OWNER, null, Map.of("tagline", "x".repeat(513)));

        assertThatThrownBy(request::toNewTenant).extracting("field").isEqualTo("branding");
        assertThat(new OpenTenantRequest("acme", "Acme", OWNER, null, Map.of("tagline", "x".repeat(512)))
                        .toNewTenant()
                        .brandingJson())
                .contains("tagline");
    }
}
