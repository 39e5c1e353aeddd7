-- Published config versions are immutable: the banner, the policy page and every consent
-- record point at them. Refuse UPDATE, DELETE and TRUNCATE, except the DELETE that the
-- ON DELETE CASCADE of a site's removal performs (it runs as a nested trigger, depth > 1).
CREATE OR REPLACE FUNCTION smula_config_versions_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'config_versions are immutable: % is not allowed', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER config_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON config_versions
  FOR EACH ROW EXECUTE FUNCTION smula_config_versions_immutable();
--> statement-breakpoint
CREATE TRIGGER config_versions_no_truncate
  BEFORE TRUNCATE ON config_versions
  FOR EACH STATEMENT EXECUTE FUNCTION smula_config_versions_immutable();
