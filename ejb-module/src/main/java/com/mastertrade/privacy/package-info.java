/**
 * The customer's rights over their own data (GDPR): a copy of everything the store keeps about them
 * ({@link com.mastertrade.privacy.PersonalDataExport}) and the erasure of their account
 * ({@link com.mastertrade.privacy.AccountErasure}), orders kept for the accounts. It sits above every feature that
 * keeps something personal and asks each to give or forget its part; none of them depends on it.
 */
package com.mastertrade.privacy;
