ALTER TABLE "note_addenda" ADD COLUMN "seq" integer;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "addenda_head" text;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_note_seq" UNIQUE("note_id","seq");