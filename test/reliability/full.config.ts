import { mergeConfig } from 'vitest/config';
import base from './vitest.config';

/** `npm run test:reliability:full`: the full counts, without setting a variable in the shell (works on Windows too). */
export default mergeConfig(base, { test: { env: { HAVEN_RELIABILITY: 'full' } } });
