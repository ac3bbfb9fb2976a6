import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../electron/browser/chromium';

describe('chromiumArgs', () => {
  it('turns the sandbox off only for root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
  });

  it('stops Chromium’s own background traffic', () => {
    for (const flag of ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']) {
      expect(chromiumArgs(false)).toContain(flag);
    }
  });
});

describe('findChromium', () => {
  const only = (path: string) => (p: string) => p === path;

  it('finds Debian’s Chromium, then Chrome, on Linux', () => {
    expect(findChromium('linux', {}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium('linux', {}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('knows the macOS and Windows install places', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium('darwin', {}, only(mac))).toBe(mac);
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium('win32', { PROGRAMFILES: 'C:\\Program Files' }, only(win))).toBe(win);
  });

  it('returns null when there is none', () => {
    expect(findChromium('linux', {}, () => false)).toBeNull();
  });
});
