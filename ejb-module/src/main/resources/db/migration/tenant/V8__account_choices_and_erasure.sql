-- What a customer decides about their own account: which optional e-mails they receive, and its erasure
-- (GDPR). An erased account keeps its row, emptied of everything personal, because orders and licences
-- (kept for the accounts, as the law on invoices requires) still point at it.
ALTER TABLE users
    ADD COLUMN email_expiry_reminders BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN email_product_updates  BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN email_newsletter       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN erased_at              TIMESTAMPTZ,
    DROP CONSTRAINT users_status_check,
    ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'disabled', 'erased'));

-- The addresses downloads came from are forgotten with the account.
ALTER TABLE downloads ALTER COLUMN ip_address DROP NOT NULL;
