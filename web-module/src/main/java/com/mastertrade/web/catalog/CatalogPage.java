package com.mastertrade.web.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.mastertrade.catalog.StoreCatalog;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /products?q=&category=&page=}: the published products, searched, filtered by category and cut in
 * pages of {@value #SIZE}; a plain GET form, so results can be bookmarked and no session is made.
 */
@Named
@RequestScoped
public class CatalogPage {

    static final int SIZE = 12;
    private static final int LONGEST_QUERY = 100;

    @Inject
    StoreCatalog catalog;

    private Page<ProductCard> found;

    public Page<ProductCard> getFound() {
        if (found == null) {
            found = catalog.page(new PageRequest(getPage(), SIZE), getCategory(), getQuery())
                    .map(product -> ProductCard.of(product, Pages.locale()));
        }
        return found;
    }

    /** Every category that has a published product, for the filter. */
    public List<String> getCategories() {
        return catalog.categories();
    }

    public List<Integer> getPages() {
        long count = (getFound().total() + SIZE - 1) / SIZE;
        return IntStream.rangeClosed(1, (int) Math.max(1, count)).boxed().toList();
    }

    public String getQuery() {
        String query = Pages.request().getParameter("q");
        return query == null
                ? null
                : query.strip().substring(0, Math.min(query.strip().length(), LONGEST_QUERY));
    }

    public String getCategory() {
        return Pages.request().getParameter("category");
    }

    public int getPage() {
        String page = Pages.request().getParameter("page");
        if (page == null || !page.matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    /** The address of another page of the same search. */
    public String pageLink(int page) {
        StringBuilder query = new StringBuilder("?page=").append(page);
        if (getQuery() != null && !getQuery().isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(getQuery(), UTF_8));
        }
        if (getCategory() != null && !getCategory().isEmpty()) {
            query.append("&category=").append(URLEncoder.encode(getCategory(), UTF_8));
        }
        return query.toString();
    }
}
