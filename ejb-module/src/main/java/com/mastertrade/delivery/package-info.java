/**
 * Delivery: a product's installer releases ({@link com.mastertrade.delivery.Release}: draft, published,
 * yanked, one current per product and channel) and the resumable uploads that bring their files. Other
 * features read releases through {@link com.mastertrade.delivery.Releases}; it reads products through the
 * catalogue's service. Two subpackages: {@code storage} keeps the bytes (filesystem or S3, ADR 0013) and knows
 * nothing of releases; {@code download} (links, quotas, the download log, the update channel) is the one part
 * that reads licences and orders, to check a link's right to the bytes at every request.
 */
package com.mastertrade.delivery;
