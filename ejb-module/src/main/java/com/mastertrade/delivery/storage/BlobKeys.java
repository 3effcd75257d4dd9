package com.mastertrade.delivery.storage;

import com.mastertrade.shared.tenant.TenantSlug;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The keys of blobs: made here, never from what a client sent, as {@code <store-slug>/<kind>/<uuid>}. A key
 * is checked again wherever it becomes a path or an object name, so a key from the database that was
 * tampered with cannot leave the store's root.
 */
public final class BlobKeys {

    public static final int MAX_LENGTH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    private BlobKeys() {}

    /** A new key for a release's installer in that store. */
    public static String newRelease(TenantSlug store) {
        return store.value() + "/releases/" + UUID.randomUUID();
    }

    /** The key, if it is one of ours: lower-case segments of letters, digits, '.', '_' and '-', none of dots only. */
    public static String check(String key) {
        if (!isSafe(key)) {
            throw new IllegalArgumentException("Not a blob key: " + (key == null ? null : key.length() + " chars"));
        }
        return key;
    }

    static boolean isSafe(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.chars().allMatch(c -> c == '.')) {
                return false;
            }
        }
        return true;
    }
}
