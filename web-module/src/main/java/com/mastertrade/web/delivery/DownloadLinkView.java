package com.mastertrade.web.delivery;

import com.mastertrade.delivery.download.IssuedLink;
import java.net.URI;
import java.time.Instant;

/**
 * {@code POST /api/downloads/generate}'s answer: the link, until when, the release it serves, and how many
 * links the licence may still use today (null: no limit).
 */
public record DownloadLinkView(
        String token, URI url, Instant expiresAt, ReleaseView release, Integer downloadsLeftToday) {

    static DownloadLinkView of(IssuedLink link) {
        return new DownloadLinkView(
                link.token(),
                link.url(),
                link.expiresAt(),
                ReleaseView.of(link.release()),
                link.downloadsLeftToday() == Integer.MAX_VALUE ? null : link.downloadsLeftToday());
    }
}
