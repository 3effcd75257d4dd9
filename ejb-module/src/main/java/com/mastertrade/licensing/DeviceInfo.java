package com.mastertrade.licensing;

import com.mastertrade.shared.Texts;
import java.util.Locale;

/** What is recorded with an activation besides the device id: its name, address and country when known. */
public record DeviceInfo(String name, String ip, String country) {

    public static final DeviceInfo UNKNOWN = new DeviceInfo(null, null, null);

    public DeviceInfo {
        name = name == null || name.isBlank() ? null : Texts.atMost(name.strip(), 128);
        ip = ip == null || ip.length() > 45 ? null : ip;
        country = country != null && country.matches("^[A-Za-z]{2}$") ? country.toUpperCase(Locale.ROOT) : null;
    }
}
