package com.mastertrade.shared;

/** A page of a list: {@code page} counts from 1, {@code size} is at most 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "page starts at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size is between 1 and " + MAX_SIZE);
        }
    }

    /** From query parameters as sent; absent means page 1 of 20, anything not a number is a 422. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(number("page", page, 1), number("size", size, 20));
    }

    private static int number(String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
