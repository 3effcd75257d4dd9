package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What the store says about a product: its name (1 to 200 characters), a description (up to 20,000), a
 * category that groups it in the store (up to 80, optional), the version being sold (up to 40, optional) and a
 * picture for the store's pages (an http or https address of up to 1024 characters, optional).
 * Blank optional texts are absent; surrounding spaces are dropped.
 */
public record ProductDescription(
        String name, String description, String category, String version, String thumbnailUrl) {

    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_URL = 1024;

    /** A description without a picture. */
    public ProductDescription(String name, String description, String category, String version) {
        this(name, description, category, version, null);
    }

    public ProductDescription {
        name = strip(name);
        if (name == null || name.length() > 200) {
            throw new InvalidInputException("name", "name is 1 to 200 characters");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "description is at most " + MAX_DESCRIPTION + " characters");
        }
        category = strip(category);
        if (category != null && category.length() > 80) {
            throw new InvalidInputException("category", "category is at most 80 characters");
        }
        version = strip(version);
        if (version != null && version.length() > 40) {
            throw new InvalidInputException("version", "version is at most 40 characters");
        }
        thumbnailUrl = strip(thumbnailUrl);
        if (thumbnailUrl != null && !isWebAddress(thumbnailUrl)) {
            throw new InvalidInputException(
                    "thumbnail_url", "thumbnail_url is an http or https address of at most " + MAX_URL + " characters");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= MAX_URL
                    && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
