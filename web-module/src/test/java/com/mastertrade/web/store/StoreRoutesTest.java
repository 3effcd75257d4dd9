package com.mastertrade.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreRoutesTest {

    @Test
    void theSpecificationsAddressesReachTheirViewsWithTheirParameters() {
        assertThat(StoreRoutes.resolve("/products/GESTCOM-PRO").orElseThrow().view())
                .isEqualTo("/catalog/product.xhtml");
        assertThat(StoreRoutes.resolve("/products/GESTCOM-PRO").orElseThrow().parameters())
                .isEqualTo(Map.of("sku", "GESTCOM-PRO"));
        assertThat(StoreRoutes.resolve("/orders/42").orElseThrow().parameters()).isEqualTo(Map.of("id", "42"));
        assertThat(StoreRoutes.resolve("/").orElseThrow().view()).isEqualTo("/index.xhtml");
        assertThat(StoreRoutes.resolve("/products/").orElseThrow().view()).isEqualTo("/catalog/products.xhtml");
    }

    @Test
    void theCustomersPagesAskForASignInAndTheCatalogueDoesNot() {
        assertThat(StoreRoutes.resolve("/products/GESTCOM-PRO/checkout")
                        .orElseThrow()
                        .forCustomers())
                .isTrue();
        assertThat(StoreRoutes.resolve("/licenses/3").orElseThrow().forCustomers())
                .isTrue();
        assertThat(StoreRoutes.resolve("/downloads").orElseThrow().forCustomers())
                .isTrue();
        assertThat(StoreRoutes.resolve("/products").orElseThrow().forCustomers())
                .isFalse();
        assertThat(StoreRoutes.resolve("/login").orElseThrow().forCustomers()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/orders/0",
                "/orders/-1",
                "/orders/abc",
                "/orders/99999999999999999999",
                "/products/<x>",
                "/products/a/b",
                "/nowhere",
                "/api/products",
                "/licenses/1/extra"
            })
    void anythingElseIsNoPage(String path) {
        assertThat(StoreRoutes.resolve(path)).isEmpty();
    }

    @Test
    void aViewWithAnAddressIsNotServedUnderItsFileName() {
        assertThat(StoreRoutes.isRoutedView("/catalog/product.xhtml")).isTrue();
        assertThat(StoreRoutes.isRoutedView("/index.xhtml")).isFalse();
        assertThat(StoreRoutes.isRoutedView("/sandbox/checkout.xhtml")).isFalse();
    }
}
