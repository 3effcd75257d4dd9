package com.mastertrade.identity;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.Texts;

/** Where a request came from, as the web layer saw it: kept with consents, resets and audit entries. */
public record RequestOrigin(String ip, String userAgent, Language language) {

    public static final RequestOrigin SYSTEM = new RequestOrigin(null, "mastertrade", Language.DEFAULT);

    String userAgentTruncated() {
        return Texts.atMost(userAgent, 512);
    }
}
