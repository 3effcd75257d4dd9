package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;

/**
 * What the store says about a product: its name (1 to 200 characters), a description (up to 20,000), a
 * category that groups it in the store (up to 80, optional) and the version being sold (up to 40, optional).
 * Blank optional texts are absent; surrounding spaces are dropped.
 */
public record ProductDescription(String name, String description, String category, String version) {

    static final int MAX_DESCRIPTION = 20_000;

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
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
