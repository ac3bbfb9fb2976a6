import { describe, expect, it } from 'vitest';
import { START_URL, WINDOW, appWindowArgs, correctedSize } from '../../../electron/browser/window';

describe('the app window Chromium opens', () => {
  it('is an app window (no tabs, no address bar) of the designed size, starting on a page titled Haven', () => {
    const args = appWindowArgs();
    expect(args).toContain(`--app=${START_URL}`);
    expect(args).toContain('--window-size=1280,800');
    expect(START_URL).toMatch(/^data:text\/html,.*<title>Haven<\/title>/);
    // A data: URL is no request: the first paint needs no route and leaks nothing to a network.
    expect(new URL(START_URL).protocol).toBe('data:');
  });

  it('is never smaller than the smallest layout the screens are tested at', () => {
    expect(WINDOW).toMatchObject({ minWidth: 1024, minHeight: 640 });
    expect(correctedSize({ width: 700, height: 450, windowState: 'normal' })).toEqual({ width: 1024, height: 640 });
    expect(correctedSize({ width: 1400, height: 500 })).toEqual({ width: 1400, height: 640 });
    expect(correctedSize({ width: 900, height: 900 })).toEqual({ width: 1024, height: 900 });
    expect(correctedSize({ width: 1024, height: 640 })).toBeNull();
    expect(correctedSize({ width: 1280, height: 800 })).toBeNull();
  });

  it('leaves a minimized, maximized or fullscreen window alone', () => {
    for (const windowState of ['minimized', 'maximized', 'fullscreen'] as const) expect(correctedSize({ width: 10, height: 10, windowState })).toBeNull();
    expect(correctedSize({ windowState: 'normal' })).toBeNull();
  });
});
