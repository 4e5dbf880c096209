CREATE TABLE "icd10_release" (
	"id" text PRIMARY KEY NOT NULL,
	"release" text NOT NULL,
	"see_references" jsonb NOT NULL,
	"index_main_terms" jsonb NOT NULL,
	"drug_classes" jsonb NOT NULL
);
