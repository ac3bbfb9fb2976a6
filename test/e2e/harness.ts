import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { DEFAULT_RENDERER_DIR, openInChromium, type ChromiumHost } from '../../electron/browser';
import { BINDING } from '../../electron/browser/transport';
import type { Result } from '../../shared/errors';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** HAVEN_E2E_RENDERER_DIR lets a check run against another build; the default is what `npm run build` makes. */
export const rendererDir = process.env.HAVEN_E2E_RENDERER_DIR || DEFAULT_RENDERER_DIR;

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface Harness {
  host: ChromiumHost;
  page: Page;
  dataDir: string;
  screenshot(name: string): Promise<string>;
  /** Serious and critical accessibility violations on the page as it is now. */
  axe(page?: Page): Promise<AxeViolation[]>;
  cleanup(): Promise<void>;
}

/** Calls the page binding from inside a frame, as page code would. */
export function callFrom(frame: Frame | Page, channel: string, input: unknown = {}): Promise<Result<unknown>> {
  return frame.evaluate(
    ([name, c, i]) => (window as unknown as Record<string, (c: string, i: unknown) => Promise<Result<unknown>>>)[name]!(c, i),
    [BINDING, channel, input] as const,
  );
}

/**
 * A fresh data folder (or the one given) and Haven in headless Chromium, on the real core. The renderer must be built: the
 * tests exist to check what ships, so a missing build is a failure, not a skip.
 */
export async function openHaven(o: { viewport?: { width: number; height: number }; dataDir?: string } = {}): Promise<Harness> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}. Run \`npm run build:renderer\` (or \`npm run build\`) first.`);
  }
  // An existing folder: Haven started again on the same data (backups.e2e.ts stops it, damages it, restarts).
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'haven-e2e-'));
  const host = await openInChromium({ dataDir, headless: true, rendererDir, viewport: o.viewport ?? { width: 1280, height: 800 } });
  let axeSource: string | null = null;
  return {
    host,
    page: host.page,
    dataDir,
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await host.page.screenshot({ path, fullPage: true });
      return path;
    },
    async axe(page = host.page) {
      axeSource ??= readFileSync(AXE, 'utf8');
      // Evaluated through the DevTools protocol, which the page's CSP does not govern: the CSP stays on in
      // the tests, so a renderer change that breaks it fails here too.
      await page.evaluate(axeSource);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
        const { violations } = await axe.run(document);
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      });
    },
    async cleanup() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
