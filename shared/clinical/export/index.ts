export { base64ToUtf8, utf8ToBase64 } from './base64.js';
export { type FhirExportOptions, fhirExportOptionsSchema, ICD10CM_SYSTEM, noteToFhirBundle } from './fhir.js';
export { dottedIcd10 } from './icd10.js';
export { type NoteExportMeta, noteToMarkdown, noteToText } from './text.js';
