package com.mastertrade.web.catalog;

import com.mastertrade.catalog.Products;
import com.mastertrade.shared.Money;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store's shelves: published products, for anyone, signed in or not. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductsResource {

    @Inject
    Products products;

    @GET
    @Operation(
            summary = "Published products by name; ?category= and ?q= (name or sku, any case) narrow the list, "
                    + "?currency= chooses the price shown")
    public Page<ProductView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("category") String category,
            @QueryParam("q") String search,
            @QueryParam("currency") String currency) {
        String shownIn = displayCurrency(currency);
        return products.page(PageRequest.parse(page, size), category, search)
                .map(product -> ProductView.of(product, shownIn));
    }

    @GET
    @Path("/{idOrSku}")
    @Operation(summary = "A published product by id or sku; 404 PRODUCT_NOT_FOUND if unknown or not published")
    public ProductView get(@PathParam("idOrSku") String idOrSku, @QueryParam("currency") String currency) {
        return ProductView.of(products.getPublished(idOrSku), displayCurrency(currency));
    }

    /** The currency asked for, checked (422 if the platform does not sell in it); null when none was asked for. */
    static String displayCurrency(String requested) {
        return requested == null || requested.isBlank() ? null : new Money(0, requested).currency();
    }
}
