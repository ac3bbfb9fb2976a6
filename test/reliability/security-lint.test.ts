import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSources, lintElectron } from '../security/electron-lint';
import { report } from './figures';

/**
 * Security lint proof: the electronegativity-equivalent checks over electron/ (test/security/electron-lint.ts,
 * whose own test proves each check catches its mistake) find nothing high. Printed with the other figures.
 */
describe('security lint over electron/', () => {
  it('has no high finding', () => {
    const root = resolve(import.meta.dirname, '../..');
    const findings = lintElectron(root);
    const high = findings.filter((f) => f.severity === 'high');
    report('lint', { filesChecked: electronSources(root).length, high: high.length, medium: findings.length - high.length });
    expect(high).toEqual([]);
  });
});
