CREATE TYPE "public"."corrected_role" AS ENUM('clinician', 'patient', 'other');--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD COLUMN "corrected_role" "corrected_role";--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD COLUMN "role_corrected_by" uuid;--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD COLUMN "role_corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD COLUMN "role_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD CONSTRAINT "transcript_segments_role_corrected_by_users_id_fk" FOREIGN KEY ("role_corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;