CREATE TYPE "public"."ehr_insert_mode" AS ENUM('replace', 'append', 'cursor');--> statement-breakpoint
CREATE TABLE "ehr_insert_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"chart_mrn" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ehr_inserts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"note_version" integer NOT NULL,
	"signed" boolean NOT NULL,
	"user_id" uuid NOT NULL,
	"mode" "ehr_insert_mode" NOT NULL,
	"override_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ehr_insert_overrides" ADD CONSTRAINT "ehr_insert_overrides_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehr_insert_overrides" ADD CONSTRAINT "ehr_insert_overrides_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehr_inserts" ADD CONSTRAINT "ehr_inserts_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehr_inserts" ADD CONSTRAINT "ehr_inserts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehr_inserts" ADD CONSTRAINT "ehr_inserts_override_id_ehr_insert_overrides_id_fk" FOREIGN KEY ("override_id") REFERENCES "public"."ehr_insert_overrides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ehr_insert_overrides_note_idx" ON "ehr_insert_overrides" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "ehr_inserts_note_idx" ON "ehr_inserts" USING btree ("note_id");