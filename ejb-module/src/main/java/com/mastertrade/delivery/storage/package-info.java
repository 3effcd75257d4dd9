/**
 * Where the bytes of installers live: one {@link com.mastertrade.delivery.storage.BlobStore}, the local
 * filesystem or any S3-compatible store, chosen by {@code MT_STORAGE} (ADR 0013). Keys are made here
 * ({@link com.mastertrade.delivery.storage.BlobKeys}), never taken from a client. It knows nothing of releases,
 * licences or stores beyond a key's first segment.
 */
package com.mastertrade.delivery.storage;
