-- Orders and payments (issue 4): what V1's tables lacked for checkouts, exactly-once webhooks and renewals.

-- The reference sent to providers (Stripe client_reference_id, Flutterwave tx_ref, Orange Money order_id):
-- random, so that it stays unique in a provider account even when a store's database starts again from id 1.
ALTER TABLE orders ADD COLUMN reference VARCHAR(40);
UPDATE orders SET reference = 'MT-' || id WHERE reference IS NULL;
ALTER TABLE orders ALTER COLUMN reference SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_reference_uq UNIQUE (reference);

-- What a provider's checkout left for later calls (Orange Money's pay_token...), as a JSON object.
ALTER TABLE orders ADD COLUMN checkout_details JSONB NOT NULL DEFAULT '{}'::jsonb;

-- A renewal buys a number of days, fixed with its price when the order is placed.
ALTER TABLE orders ADD COLUMN renewal_days INTEGER CHECK (renewal_days > 0);
ALTER TABLE orders ADD CONSTRAINT orders_renewal_ck CHECK (
    (kind = 'renewal') = (renews_license_id IS NOT NULL AND renewal_days IS NOT NULL));
CREATE INDEX orders_product_idx ON orders (product_id);

-- What each provider event did (paid, unchanged, rejected for a wrong amount...) and the amount the provider
-- stated, so that staff can see why an event changed nothing. A repeated delivery adds no row.
ALTER TABLE payment_events ADD COLUMN outcome VARCHAR(32) NOT NULL DEFAULT 'applied';
ALTER TABLE payment_events ADD COLUMN detail VARCHAR(255);
ALTER TABLE payment_events ADD COLUMN amount BIGINT;
ALTER TABLE payment_events ADD COLUMN currency CHAR(3);
CREATE INDEX payment_events_order_idx ON payment_events (order_id);

-- One licence per paid order, whatever the number of deliveries of its payment event.
CREATE UNIQUE INDEX licenses_order_uq ON licenses (order_id) WHERE order_id IS NOT NULL;
