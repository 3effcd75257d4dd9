/**
 * Licences and their activations: the {@link com.mastertrade.licensing.License} aggregate decides whether a
 * licence is valid at an instant and on a device, takes and frees device slots, and is revoked, suspended,
 * reinstated and renewed. The licence API that WinDev programs call, the global key index and the signing of
 * answers are built on it. Validations that take no slot are read without lock through
 * {@link com.mastertrade.licensing.LicenseReadings} and remembered per node by
 * {@link com.mastertrade.licensing.LicenseCache}, which every change forgets (ADR 0008). Other features create and
 * read licences through this package's services.
 */
package com.mastertrade.licensing;
