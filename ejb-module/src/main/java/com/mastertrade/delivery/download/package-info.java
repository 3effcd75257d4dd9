/**
 * Downloads of releases: signed, short-lived download links bound to a licence ({@link
 * com.mastertrade.delivery.download.DownloadToken}, ADR 0014), checked again with the licence, its order and the
 * release at every request; the per-licence daily quota; the download log; and the update channel that tells an
 * installed program about a newer release. It reads licences and orders through their services and releases
 * through {@link com.mastertrade.delivery.Releases}; it never changes a licence, an order or a release.
 */
package com.mastertrade.delivery.download;
