ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_hash_unique";--> statement-breakpoint
ALTER TABLE "encounters" ADD COLUMN "transcript_chars" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: the characters each existing encounter's transcript already holds.
UPDATE "encounters" SET "transcript_chars" = s."chars"
FROM (
	SELECT "encounter_id", sum(length("text"))::integer AS "chars"
	FROM "transcript_segments" GROUP BY "encounter_id"
) AS s
WHERE s."encounter_id" = "encounters"."id";
