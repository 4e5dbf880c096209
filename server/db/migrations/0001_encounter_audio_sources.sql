CREATE TYPE "public"."audio_source" AS ENUM('microphone', 'tab');--> statement-breakpoint
ALTER TABLE "encounters" ADD COLUMN "audio_sources" "audio_source"[];