package com.mastertrade.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of one entity for staff screens: conditions added one by one (each only when the filter names it),
 * then one page of it in the order asked and the total, filtered and counted by the database.
 *
 * <pre>{@code
 * FilteredPage.of(em, Order.class, "CustomerOrder o")
 *         .where("o.status = :status", "status", status)
 *         .read("o.createdAt desc, o.id desc", request);
 * }</pre>
 */
public final class FilteredPage<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String from;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private FilteredPage(EntityManager em, Class<T> type, String from) {
        this.em = em;
        this.type = type;
        this.from = from;
    }

    /** A list of {@code from}: the entity and its alias, as JPQL names them ({@code "License l"}). */
    public static <T> FilteredPage<T> of(EntityManager em, Class<T> type, String from) {
        return new FilteredPage<>(em, type, from);
    }

    /** One more condition, {@code clause} naming the parameter {@code :name}. */
    public FilteredPage<T> where(String clause, String name, Object value) {
        where.append(" and ").append(clause);
        parameters.put(name, value);
        return this;
    }

    /** The page asked for, ordered by {@code orderBy} (JPQL, with the alias), and the total of the list. */
    public Page<T> read(String orderBy, PageRequest request) {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        TypedQuery<T> items =
                em.createQuery("select " + alias + " from " + from + where + " order by " + orderBy, type);
        TypedQuery<Long> total = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return Page.of(
                items.setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                request,
                total.getSingleResult());
    }
}
