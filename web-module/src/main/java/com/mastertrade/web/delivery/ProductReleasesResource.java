package com.mastertrade.web.delivery;

import com.mastertrade.catalog.Products;
import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.Releases;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A product's published installers, for anyone who may see the product. */
@Path("/products/{idOrSku}/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductReleasesResource {

    @Inject
    Products products;

    @Inject
    Releases releases;

    @GET
    @Operation(
            summary = "The published releases of a published product, newest version first: stable ones; the "
                    + "store's staff also see beta ones. 404 PRODUCT_NOT_FOUND if unknown or not published")
    public List<ReleaseView> list(@PathParam("idOrSku") String idOrSku, @Context SecurityContext security) {
        long product = products.getPublished(idOrSku).id();
        Set<ReleaseChannel> channels = security.isUserInRole("admin") || security.isUserInRole("support")
                ? EnumSet.allOf(ReleaseChannel.class)
                : EnumSet.of(ReleaseChannel.STABLE);
        return releases.published(product, channels).stream()
                .map(ReleaseView::of)
                .toList();
    }
}
