package com.mastertrade.delivery.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How download links behave: their lifetime ({@code MT_DOWNLOAD_TOKEN_MINUTES}, default 15), whether they serve
 * only the address that asked for them ({@code MT_DOWNLOAD_BIND_IP}, default false: customers behind mobile
 * networks change address) and how many links a licence may use a day ({@code MT_DOWNLOAD_DAILY_QUOTA},
 * default 10; 0 for no limit).
 */
@ApplicationScoped
public class DownloadSettings {

    @Inject
    @ConfigProperty(name = "mt.download-token-minutes", defaultValue = "15")
    int tokenMinutes;

    @Inject
    @ConfigProperty(name = "mt.download-bind-ip", defaultValue = "false")
    boolean bindAddress;

    @Inject
    @ConfigProperty(name = "mt.download-daily-quota", defaultValue = "10")
    int dailyQuota;

    public Duration linkLifetime() {
        return Duration.ofMinutes(Math.max(1, tokenMinutes));
    }

    public boolean bindsAddress() {
        return bindAddress;
    }

    /** Links a licence may use per UTC day; 0: no limit. */
    public int dailyQuota() {
        return Math.max(0, dailyQuota);
    }
}
