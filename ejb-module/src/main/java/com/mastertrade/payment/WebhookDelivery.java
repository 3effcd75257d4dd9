package com.mastertrade.payment;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A webhook as it arrived: its headers (names case-insensitive) and its exact body bytes. */
@SuppressWarnings("ArrayRecordComponent") // a carrier of bytes, never compared or used as a key
public record WebhookDelivery(Map<String, String> headers, byte[] body) {

    public WebhookDelivery {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = byName;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }
}
