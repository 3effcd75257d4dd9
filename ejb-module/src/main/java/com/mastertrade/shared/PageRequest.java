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

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
