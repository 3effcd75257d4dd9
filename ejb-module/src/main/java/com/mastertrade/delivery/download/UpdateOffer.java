package com.mastertrade.delivery.download;

import com.mastertrade.delivery.Release;
import java.util.Optional;

/**
 * The answer to an installed program's update check: the release to move to, if any, whether it must, and a
 * download link bound to its licence (empty when the licence has used its links of the day).
 */
public record UpdateOffer(Optional<Release> release, boolean mandatory, Optional<IssuedLink> link) {

    static UpdateOffer upToDate() {
        return new UpdateOffer(Optional.empty(), false, Optional.empty());
    }

    public boolean updateAvailable() {
        return release.isPresent();
    }
}
