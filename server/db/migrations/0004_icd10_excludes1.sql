CREATE TABLE "icd10_excludes1" (
	"code" text NOT NULL,
	"excluded" text NOT NULL,
	CONSTRAINT "icd10_excludes1_code_excluded_pk" PRIMARY KEY("code","excluded")
);
