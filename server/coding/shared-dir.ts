export { sharedDataPath, sharedDir } from '../../shared/node/shared-dir.js';
