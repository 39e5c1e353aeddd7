CREATE TABLE "consent_chain_heads" (
	"site_id" uuid NOT NULL,
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "consent_chain_heads_site_id_day_pk" PRIMARY KEY("site_id","day")
);
--> statement-breakpoint
CREATE TABLE "consent_receipts" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"seq" integer NOT NULL,
	"consent_id" text NOT NULL,
	"action" text NOT NULL,
	"choices" jsonb NOT NULL,
	"config_version" integer NOT NULL,
	"config_hash" text NOT NULL,
	"text_hash" text NOT NULL,
	"locale" text NOT NULL,
	"gpc" boolean NOT NULL,
	"page_path" text NOT NULL,
	"user_agent" text,
	"ip_truncated" text,
	"region" text,
	"client_time" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "consent_records_created_at_id_pk" PRIMARY KEY("created_at","id")
) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "consent_retention_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_chain_heads" ADD CONSTRAINT "consent_chain_heads_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_receipts" ADD CONSTRAINT "consent_receipts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_receipts_site_id_created_at_index" ON "consent_receipts" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "consent_records_site_id_consent_id_index" ON "consent_records" USING btree ("site_id","consent_id");--> statement-breakpoint
CREATE INDEX "consent_records_site_id_created_at_index" ON "consent_records" USING btree ("site_id","created_at");--> statement-breakpoint
-- Monthly partitions are created ahead of time by the app (src/server/consents/partitions.ts),
-- which knows today's date; a migration does not.
-- Consent records are append-only proof: refuse UPDATE and TRUNCATE always, and DELETE unless
-- the purge job set smula.consent_purge for its transaction or a site's removal cascades.
CREATE OR REPLACE FUNCTION smula_consent_records_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (pg_trigger_depth() > 1
      OR current_setting('smula.consent_purge', true) = 'on') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'consent_records are append-only: % is not allowed', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_records_append_only
  BEFORE UPDATE OR DELETE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION smula_consent_records_append_only();
--> statement-breakpoint
CREATE TRIGGER consent_records_no_truncate
  BEFORE TRUNCATE ON consent_records
  FOR EACH STATEMENT EXECUTE FUNCTION smula_consent_records_append_only();
