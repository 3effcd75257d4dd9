package com.mastertrade.delivery.download;

import com.mastertrade.delivery.Release;
import java.net.URI;
import java.time.Instant;

/**
 * A download link just made: its token, the absolute address that serves it (in the store's {@code /t/<slug>}
 * space, so that it works from a browser, a script or a program alike), until when, for which release, and
 * how many links the licence may still use today ({@link Integer#MAX_VALUE}: no limit).
 */
public record IssuedLink(String token, URI url, Instant expiresAt, Release release, int downloadsLeftToday) {}
