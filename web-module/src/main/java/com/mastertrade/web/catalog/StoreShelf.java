package com.mastertrade.web.catalog;

import com.mastertrade.catalog.StoreCatalog;
import com.mastertrade.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The store's home page shelf: its first published products, priced in the visitor's language. */
@Named
@RequestScoped
public class StoreShelf {

    static final int SHOWN = 12;
    static final int SUMMARY_LENGTH = 160;

    @Inject
    StoreCatalog catalog;

    private List<ProductCard> items;

    public List<ProductCard> getItems() {
        if (items == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            items = catalog.page(new PageRequest(1, SHOWN), null, null).items().stream()
                    .map(product -> ProductCard.of(product, locale))
                    .toList();
        }
        return items;
    }

    /** The description's first paragraph, cut at a word within {@link #SUMMARY_LENGTH} characters. */
    static String summary(String description) {
        if (description == null) {
            return "";
        }
        String first = description.strip().split("\\R\\s*\\R", 2)[0].replaceAll("\\s+", " ");
        if (first.length() <= SUMMARY_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return first.substring(0, cut > 0 ? cut : SUMMARY_LENGTH - 1) + "…";
    }
}
