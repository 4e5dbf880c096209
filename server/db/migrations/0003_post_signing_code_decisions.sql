CREATE TABLE "post_signing_code_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"note_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"status" "code_status" NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "post_signing_code_decisions" ADD CONSTRAINT "post_signing_code_decisions_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_signing_code_decisions" ADD CONSTRAINT "post_signing_code_decisions_code_id_note_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."note_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_signing_code_decisions" ADD CONSTRAINT "post_signing_code_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_signing_code_decisions_note_idx" ON "post_signing_code_decisions" USING btree ("note_id");