CREATE TABLE "audit_chain_heads" (
	"shard" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"heads" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_checkpoints_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "key_id" text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_legacy_idx" ON "audit_events" USING btree ("id") WHERE "audit_events"."key_id" = 'legacy';--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_shard_seq" UNIQUE("shard","seq");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_keyed_have_seq" CHECK ("audit_events"."key_id" = 'legacy' or "audit_events"."seq" is not null);