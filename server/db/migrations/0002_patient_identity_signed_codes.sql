-- Stored replay bodies held PHI: purge them; replays now re-read the resource by id.
DELETE FROM "idempotency_keys";--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'other', 'unknown');--> statement-breakpoint
CREATE TABLE "note_code_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"status" "code_status" NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "status" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "sex" "sex";--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "signed_identity" jsonb;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "resource_id" text NOT NULL;--> statement-breakpoint
ALTER TABLE "note_code_decisions" ADD CONSTRAINT "note_code_decisions_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_code_decisions" ADD CONSTRAINT "note_code_decisions_code_id_note_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."note_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_code_decisions" ADD CONSTRAINT "note_code_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "note_code_decisions_note_idx" ON "note_code_decisions" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP COLUMN "response_body";