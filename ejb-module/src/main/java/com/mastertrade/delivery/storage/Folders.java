package com.mastertrade.delivery.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Where delivery keeps files on the local disk: a folder set on its own, else one under {@code MT_HOME}. */
public final class Folders {

    private Folders() {}

    /**
     * The folder set (e.g. {@code MT_STORAGE_DIR}), else {@code $MT_HOME/<name>}, else {@code <name>} in a
     * {@code mastertrade} folder of the temporary directory; absolute.
     */
    public static Path of(Optional<String> set, Optional<String> home, String name) {
        return set.filter(dir -> !dir.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(home.orElse(System.getProperty("java.io.tmpdir") + "/mastertrade"), name))
                .toAbsolutePath();
    }
}
