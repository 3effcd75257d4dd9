-- Every node remembers licences as devices see them (LicenseCache). Whatever changes a licence or its
-- activations, the application or a person at a SQL prompt, announces the licence key to every node once the
-- transaction commits (LISTEN mastertrade_licence_changes, LicenseChangeFeed). pg_notify sends one
-- announcement per distinct key per transaction.

CREATE FUNCTION announce_licence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('mastertrade_licence_changes', OLD.license_key);
    ELSE
        PERFORM pg_notify('mastertrade_licence_changes', NEW.license_key);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER licences_announce_change AFTER UPDATE OR DELETE ON licenses
    FOR EACH ROW EXECUTE FUNCTION announce_licence_change();

-- Activations change their licence's count in the same transaction; these catch changes made by hand.
CREATE FUNCTION announce_activation_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    licence_id BIGINT;
    licence_key TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        licence_id := OLD.license_id;
    ELSE
        licence_id := NEW.license_id;
    END IF;
    EXECUTE format('SELECT license_key FROM %I.licenses WHERE id = $1', TG_TABLE_SCHEMA)
        INTO licence_key USING licence_id;
    PERFORM pg_notify('mastertrade_licence_changes', licence_key);
    RETURN NULL;
END
$$;

CREATE TRIGGER activations_announce_change AFTER INSERT OR DELETE OR UPDATE OF deactivated_at
    ON license_activations FOR EACH ROW EXECUTE FUNCTION announce_activation_change();
