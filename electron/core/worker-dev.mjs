// Development entry for the core worker: registers tsx's loader inside this thread (on Node 20 a parent's
// --import hooks do not reach workers), then loads the TypeScript worker. Bundled builds use worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
