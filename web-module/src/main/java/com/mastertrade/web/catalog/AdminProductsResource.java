package com.mastertrade.web.catalog;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.PRODUCT;

import com.mastertrade.catalog.Products;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller's side of the catalogue: every product, published or not; administrators change it. */
@Path("/admin/products")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminProductsResource {

    @Inject
    Products products;

    @Inject
    CurrentRequest current;

    @POST
    @Operation(summary = "Create a product (unpublished unless \"published\": true); 409 SKU_TAKEN if the sku is used")
    public Response create(ProductRequest body, @Context UriInfo uri) {
        require(body);
        ProductView product = ProductView.of(products.create(body.toNewProduct(), current.actor()), null);
        return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(product.id()))
                .entity(product)
                .build();
    }

    @GET
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "Every product of the store, published or not, by name; ?category= and ?q= narrow it")
    public Page<ProductView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("category") String category,
            @QueryParam("q") String search) {
        return products.pageAll(PageRequest.parse(page, size), category, search).map(p -> ProductView.of(p, null));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "A product, published or not")
    public ProductView get(@PathParam("id") @Owned(PRODUCT) long id) {
        return ProductView.of(products.get(id), null);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Replace description, prices and licence terms (the sku never changes); "
                    + "\"published\" publishes or hides it, left out it stays as it is")
    public ProductView update(@PathParam("id") @Owned(PRODUCT) long id, ProductRequest body) {
        require(body);
        return ProductView.of(products.update(id, body.toChanges(), current.actor()), null);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Show the product to customers")
    public ProductView publish(@PathParam("id") @Owned(PRODUCT) long id) {
        return ProductView.of(products.publish(id, current.actor()), null);
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Hide the product from customers; licences already sold keep working")
    public ProductView unpublish(@PathParam("id") @Owned(PRODUCT) long id) {
        return ProductView.of(products.unpublish(id, current.actor()), null);
    }
}
