import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const read = (p: string) => readFileSync(`${ROOT}/${p}`, 'utf8');

/** Every fuse a packaged Haven must have, with the value it must have (see the comment in the config). */
export const REQUIRED_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** What the config must say, as [path, value]; a change to any of them fails this test. */
export function installerProblems(yamlText: string): string[] {
  const c = load(yamlText) as Record<string, unknown>;
  const problems: string[] = [];
  const fuses = (c.electronFuses ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(REQUIRED_FUSES)) if (fuses[k] !== v) problems.push(`fuse ${k} must be ${v}`);
  if (c.asar === false) problems.push('asar must not be off (the integrity fuse checks the asar)');
  if (c.npmRebuild !== true) problems.push('npmRebuild must be true (native store rebuilt for Electron)');
  if (!((c.asarUnpack as string[] | undefined) ?? []).includes('**/*.node')) problems.push('native modules must be unpacked from the asar');
  const files = (c.files as string[] | undefined) ?? [];
  if (!files.includes('dist/electron/**') || !files.includes('!**/*.map') || files.some((f) => /^(electron|shared|renderer\/src|src)\b/.test(f))) problems.push('files: only the bundles, no sources or source maps');
  if ((c.mac as Record<string, unknown> | undefined)?.hardenedRuntime !== true) problems.push('mac.hardenedRuntime must be true');
  const targets = JSON.stringify([(c.linux as { target?: unknown })?.target, (c.mac as { target?: unknown })?.target, (c.win as { target?: unknown })?.target]);
  for (const t of ['AppImage', 'deb', 'dmg', 'nsis']) if (!targets.includes(t)) problems.push(`target ${t} missing`);
  if ((c.extraMetadata as { main?: string } | undefined)?.main !== 'dist/electron/main.cjs') problems.push('main must be the bundled main.cjs');
  return problems;
}

describe('installer configuration (build/electron-builder.yml)', () => {
  const yml = read('build/electron-builder.yml');

  it('applies every fuse and packaging hardening item', () => {
    expect(installerProblems(yml)).toEqual([]);
  });

  it.each(Object.keys(REQUIRED_FUSES))('fails when the fuse %s is missing', (fuse) => {
    const without = yml.split('\n').filter((l) => !l.trim().startsWith(`${fuse}:`)).join('\n');
    expect(installerProblems(without)).toContain(`fuse ${fuse} must be ${REQUIRED_FUSES[fuse]}`);
  });

  it('fails when the native rebuild or the hardened runtime is turned off', () => {
    expect(installerProblems(yml.replace('npmRebuild: true', 'npmRebuild: false'))).toContain('npmRebuild must be true (native store rebuilt for Electron)');
    expect(installerProblems(yml.replace('hardenedRuntime: true', 'hardenedRuntime: false'))).toContain('mac.hardenedRuntime must be true');
  });

  it('npm run dist builds first, then packages with this config', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.dist).toBe('npm run -s build && electron-builder --config build/electron-builder.yml');
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });

  it('the main process keeps its hardening (window, session, app)', () => {
    const window = read('electron/main/window.ts');
    for (const item of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'allowRunningInsecureContent: false', 'webviewTag: false', 'devTools: o.dev']) {
      expect(window, item).toContain(item);
    }
    const hardening = read('electron/main/hardening.ts');
    for (const item of ["setWindowOpenHandler(() => ({ action: 'deny' }))", "'will-navigate'", "'will-attach-webview'", 'setPermissionRequestHandler', 'setDevicePermissionHandler(() => false)', 'app.enableSandbox()', 'onBeforeRequest']) {
      expect(hardening, item).toContain(item);
    }
    const main = read('electron/main/index.ts');
    for (const item of ['requestSingleInstanceLock()', "app.on('second-instance'", 'hardenSession(ses)', 'hardenApp(app)']) expect(main, item).toContain(item);
  });
});
