package com.mastertrade.catalog;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.UniqueViolations;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue of the current store: customers browse its published products, administrators create,
 * change, publish and hide them (each change in the audit log), and licensing reads a product's terms.
 */
@Stateless
public class Products {

    static final int MAX_SEARCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CatalogChanged> changed;

    /** A new product; its sku must be free in the store, also when two requests race for it. */
    public Product create(NewProduct request, Actor actor) {
        changed.fire(CatalogChanged.ofThisStore());
        if (findBySku(request.sku().value()).isPresent()) {
            throw skuTaken(request.sku());
        }
        Instant now = clock.instant();
        Product product = new Product(request.sku(), request.description(), request.prices(), request.terms(), now);
        if (request.published()) {
            product.publish(now);
        }
        try {
            em.persist(product);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isCause(e)) {
                throw skuTaken(request.sku());
            }
            throw e;
        }
        audit.record(
                actor,
                "product.created",
                "product",
                product.id(),
                Map.of("sku", product.sku(), "prices", pricesText(product), "published", product.isPublished()));
        return product;
    }

    /** Replaces description, prices and terms; {@code published}, when given, publishes or hides it too. */
    public Product update(long id, ProductChanges changes, Actor actor) {
        changed.fire(CatalogChanged.ofThisStore());
        Product product = lock(id);
        if (changes.sku() != null && !changes.sku().value().equals(product.sku())) {
            throw new InvalidInputException("sku", "a product's sku never changes: WinDev programs send it");
        }
        Instant now = clock.instant();
        product.describe(changes.description(), now);
        product.reprice(changes.prices(), now);
        product.changeTerms(changes.terms(), now);
        audit.record(
                actor,
                "product.updated",
                "product",
                product.id(),
                Map.of(
                        "sku",
                        product.sku(),
                        "prices",
                        pricesText(product),
                        "license_type",
                        product.terms().type().apiName()));
        if (changes.published() != null) {
            showToCustomers(product, changes.published(), actor, now);
        }
        return product;
    }

    public Product publish(long id, Actor actor) {
        changed.fire(CatalogChanged.ofThisStore());
        Product product = lock(id);
        showToCustomers(product, true, actor, clock.instant());
        return product;
    }

    public Product unpublish(long id, Actor actor) {
        changed.fire(CatalogChanged.ofThisStore());
        Product product = lock(id);
        showToCustomers(product, false, actor, clock.instant());
        return product;
    }

    private void showToCustomers(Product product, boolean visible, Actor actor, Instant now) {
        boolean changed = visible ? product.publish(now) : product.unpublish(now);
        if (changed) {
            audit.record(
                    actor,
                    visible ? "product.published" : "product.unpublished",
                    "product",
                    product.id(),
                    Map.of("sku", product.sku()));
        }
    }

    /**
     * The installer the product's page describes (delivery calls this when the current stable release
     * changes); a null version keeps the described one.
     */
    public void showInstaller(long id, String version, Long size, String checksum, String changelog) {
        changed.fire(CatalogChanged.ofThisStore());
        lock(id).showInstaller(version, size, checksum, changelog, clock.instant());
    }

    /** By id when the key is a number, else by sku (in any case). */
    public Optional<Product> find(String idOrSku) {
        if (idOrSku == null || idOrSku.isBlank()) {
            return Optional.empty();
        }
        String key = idOrSku.strip();
        if (!Sku.isId(key)) {
            return findBySku(key.toUpperCase(Locale.ROOT));
        }
        try {
            return Optional.ofNullable(em.find(Product.class, Long.parseLong(key)));
        } catch (NumberFormatException beyondAnyId) {
            return Optional.empty();
        }
    }

    /** Any product of the store, published or not (staff, licensing). */
    public Product get(long id) {
        return Optional.ofNullable(em.find(Product.class, id)).orElseThrow(() -> notFound(Long.toString(id)));
    }

    /** What a customer may see: an unpublished product is as unknown as a missing one. */
    public Product getPublished(String idOrSku) {
        return find(idOrSku).filter(Product::isPublished).orElseThrow(() -> notFound(idOrSku));
    }

    /** The terms a licence of this product is issued with. */
    public LicenseTerms terms(long productId) {
        return get(productId).terms();
    }

    /** Published products by name; {@code category} and {@code search} (in name or sku) narrow it, any case. */
    public Page<Product> page(PageRequest request, String category, String search) {
        return page(request, category, search, true);
    }

    /** Every product, published or not, for the store's staff. */
    public Page<Product> pageAll(PageRequest request, String category, String search) {
        return page(request, category, search, false);
    }

    private Page<Product> page(PageRequest request, String category, String search, boolean publishedOnly) {
        ProductFilter filter = new ProductFilter(category, search, publishedOnly);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Product> select = cb.createQuery(Product.class);
        Root<Product> product = select.from(Product.class);
        select.where(filter.on(cb, product)).orderBy(cb.asc(cb.lower(product.get("name"))), cb.asc(product.get("id")));
        List<Product> items = em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted)).where(filter.on(cb, counted));
        return Page.of(items, request, em.createQuery(count).getSingleResult());
    }

    /** The conditions of a catalogue page, applied in the database. */
    private record ProductFilter(String category, String search, boolean publishedOnly) {

        ProductFilter {
            category = category == null || category.isBlank()
                    ? null
                    : category.strip().toLowerCase(Locale.ROOT);
            search = search == null || search.isBlank() ? null : search.strip();
            if (search != null && search.length() > MAX_SEARCH) {
                throw new InvalidInputException("q", "q is at most " + MAX_SEARCH + " characters");
            }
        }

        Predicate[] on(CriteriaBuilder cb, Root<Product> product) {
            List<Predicate> conditions = new ArrayList<>();
            if (publishedOnly) {
                conditions.add(cb.isTrue(product.get("published")));
            }
            if (category != null) {
                conditions.add(cb.equal(cb.lower(product.get("category")), category));
            }
            if (search != null) {
                conditions.add(cb.or(
                        cb.like(cb.lower(product.get("name")), contains(search.toLowerCase(Locale.ROOT)), '\\'),
                        cb.like(product.get("sku"), contains(search.toUpperCase(Locale.ROOT)), '\\')));
            }
            return conditions.toArray(Predicate[]::new);
        }

        /** A LIKE pattern matching the text anywhere, its own % and _ taken literally. */
        private static String contains(String text) {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    private Product lock(long id) {
        return Optional.ofNullable(em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> notFound(Long.toString(id)));
    }

    private Optional<Product> findBySku(String sku) {
        return em.createNamedQuery("Product.bySku", Product.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    private static String pricesText(Product product) {
        return product.prices().stream()
                .map(price -> price.amount() + " " + price.currency())
                .collect(Collectors.joining(", "));
    }

    private static ConflictException skuTaken(Sku sku) {
        return new ConflictException("SKU_TAKEN", "Another product of the store already has sku " + sku);
    }

    private static NotFoundException notFound(String idOrSku) {
        return new NotFoundException("PRODUCT_NOT_FOUND", "No product " + idOrSku);
    }
}
