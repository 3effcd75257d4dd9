package com.mastertrade.shared.http;

/** Where a value sits in the body, written as the client would name it: {@code prices[0].currency}. */
record FieldPath(FieldPath parent, String name, int index) {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    boolean isRoot() {
        return parent == null;
    }

    FieldPath property(String name) {
        return new FieldPath(this, name, -1);
    }

    FieldPath item(int index) {
        return new FieldPath(this, null, index);
    }

    @Override
    public String toString() {
        if (isRoot()) {
            return "";
        }
        if (name == null) {
            return parent + "[" + index + "]";
        }
        return (parent.isRoot() ? "" : parent + ".") + ControlCharacters.shown(name);
    }
}
