package com.mastertrade.web.catalog;

import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Products' names by id, each read once per request: what the customer's lists show beside a licence or order. */
@RequestScoped
public class ProductNames {

    @Inject
    Products products;

    private final Map<Long, String> names = new HashMap<>();

    public String of(long productId) {
        return names.computeIfAbsent(
                productId,
                id -> products.find(Long.toString(id)).map(Product::name).orElse("#" + id));
    }
}
