export * from './audit.js';
export * from './ehr-inserts.js';
export * from './encounters.js';
export * from './icd10.js';
export * from './notes.js';
export * from './security.js';
export * from './templates.js';
export * from './users.js';
