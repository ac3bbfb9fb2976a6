import { describe, expect, it } from 'vitest';
import { chromiumArgs, NO_SANDBOX_ENV } from '../../../electron/browser/chromium';

describe('Chromium sandbox as root', () => {
  it('refuses outside tests unless HAVEN_ALLOW_NO_SANDBOX=1, and says so on start when it goes without', () => {
    const lines: string[] = [];
    const warn = (l: string) => lines.push(l);
    expect(() => chromiumArgs(true, {}, warn)).toThrow(/HAVEN_ALLOW_NO_SANDBOX=1/);
    expect(lines).toEqual([]);
    expect(chromiumArgs(true, { [NO_SANDBOX_ENV]: '1' }, warn)).toContain('--no-sandbox');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/WITHOUT its sandbox/);
    expect(chromiumArgs(false, {}, warn)).not.toContain('--no-sandbox');
    expect(lines).toHaveLength(1);
  });
});
