import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePaths, resolveDataDir } from '../../../electron/main/paths';

describe('resolveDataDir', () => {
  const userData = '/home/u/.config/haven';

  it('prefers --data-dir, in either form, over HAVEN_DATA_DIR', () => {
    expect(resolveDataDir(['electron', 'main.cjs', '--data-dir', '/srv/a'], { HAVEN_DATA_DIR: '/srv/env' }, userData)).toBe('/srv/a');
    expect(resolveDataDir(['electron', 'main.cjs', '--data-dir=/srv/b'], { HAVEN_DATA_DIR: '/srv/env' }, userData)).toBe('/srv/b');
  });

  it('falls back to HAVEN_DATA_DIR, then <userData>/data', () => {
    expect(resolveDataDir(['electron'], { HAVEN_DATA_DIR: '/srv/env' }, userData)).toBe('/srv/env');
    expect(resolveDataDir(['electron'], {}, userData)).toBe(join(userData, 'data'));
  });

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir(['--data-dir', 'rel'], {}, userData)).toBe(resolve('rel'));
  });
});

describe('bundlePaths', () => {
  it('finds the preload and worker beside main.cjs, and the renderer in dist/renderer', () => {
    expect(bundlePaths('file:///opt/haven/dist/electron/main.cjs')).toEqual({
      preload: '/opt/haven/dist/electron/preload.cjs',
      worker: '/opt/haven/dist/electron/worker.mjs',
      renderer: '/opt/haven/dist/renderer',
    });
  });
});
