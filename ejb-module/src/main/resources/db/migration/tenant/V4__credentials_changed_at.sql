-- When a user's password last changed: tokens issued before it are refused (a reset signs out every device).
ALTER TABLE users ADD COLUMN credentials_changed_at TIMESTAMPTZ;
