CREATE TABLE "ocd_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"platform" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"domain" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"retention" text DEFAULT '' NOT NULL,
	"data_controller" text DEFAULT '' NOT NULL,
	"privacy_url" text DEFAULT '' NOT NULL,
	"wildcard" boolean DEFAULT false NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ocd_loads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"rows" integer NOT NULL,
	"warnings" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ocd_entries_name_idx" ON "ocd_entries" USING btree ("name");--> statement-breakpoint
CREATE INDEX "ocd_entries_name_prefix_idx" ON "ocd_entries" USING btree (lower("name") text_pattern_ops);