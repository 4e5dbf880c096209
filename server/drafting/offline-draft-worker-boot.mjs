// Worker threads do not inherit tsx's loader from the server process: register it, then load the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./offline-draft-thread.ts', import.meta.url).href);
