CREATE TABLE "delivery_answers" (
	"site_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"variant" text NOT NULL,
	"content_type" text NOT NULL,
	"etag" text NOT NULL,
	"body" "bytea" NOT NULL,
	"brotli" "bytea" NOT NULL,
	"gzip" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_answers_site_id_version_kind_variant_pk" PRIMARY KEY("site_id","version","kind","variant")
);
--> statement-breakpoint
ALTER TABLE "delivery_answers" ADD CONSTRAINT "delivery_answers_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;