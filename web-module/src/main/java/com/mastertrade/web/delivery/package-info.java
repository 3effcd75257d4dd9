/**
 * The delivery API's releases and uploads: store administrators upload installers with the tus protocol and
 * turn them into releases (draft, published, yanked, current); anyone lists a product's published releases.
 * Thin resources over {@link com.mastertrade.delivery.ReleaseDesk}, {@link com.mastertrade.delivery.Releases}
 * and {@link com.mastertrade.delivery.UploadReception}.
 */
package com.mastertrade.web.delivery;
