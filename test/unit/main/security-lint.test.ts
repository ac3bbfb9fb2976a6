import { describe, expect, it } from 'vitest';
import { electronSources, lintElectron, lintSources, type SourceFile } from '../../security/electron-lint';

const ROOT = new URL('../../..', import.meta.url).pathname;

/** The real sources with one file's text changed: each check must catch its own mistake. */
function withEdit(path: string, from: string | RegExp, to: string): SourceFile[] {
  return electronSources(ROOT).map((f) => {
    if (f.path !== path) return f;
    const text = f.text.replace(from, to);
    if (text === f.text) throw new Error(`edit did not apply to ${path}: ${String(from)}`);
    return { ...f, text };
  });
}
const rules = (files: SourceFile[]) => lintSources(files).filter((f) => f.severity === 'high').map((f) => f.rule);

describe('security lint over electron/ (electronegativity equivalent)', () => {
  it('finds no high or medium problem in the code as it is', () => {
    expect(lintElectron(ROOT)).toEqual([]);
  });

  it.each([
    ['contextIsolation off', 'electron/main/window.ts', 'contextIsolation: true', 'contextIsolation: false', 'web-preferences'],
    ['sandbox off', 'electron/main/window.ts', 'sandbox: true', 'sandbox: false', 'web-preferences'],
    ['nodeIntegration on', 'electron/main/window.ts', 'nodeIntegration: false', 'nodeIntegration: true', 'web-preferences'],
    ['webSecurity off', 'electron/main/window.ts', 'webSecurity: true', 'webSecurity: false', 'web-preferences'],
    ['insecure content allowed', 'electron/main/window.ts', 'allowRunningInsecureContent: false', 'allowRunningInsecureContent: true', 'web-preferences'],
    ['window.open allowed', 'electron/main/hardening.ts', "({ action: 'deny' })", "({ action: 'allow' })", 'window-open-deny'],
    ['will-navigate not prevented', 'electron/main/hardening.ts', /contents\.on\('will-navigate', \(event\) => \{\n\s*if \(!isAppUrl\(event\.url\)\) event\.preventDefault\(\);/, "contents.on('will-navigate', (event) => {\n void event;", 'will-navigate'],
    ['no permission handler', 'electron/main/hardening.ts', 'ses.setPermissionRequestHandler(', 'ses.setPermissionCheckHandler(', 'permission-handler'],
    ['CSP with inline script', 'electron/hostkit/static.ts', `"script-src 'self'"`, `"script-src 'self' 'unsafe-inline'"`, 'csp'],
    ['CSP without frame-ancestors', 'electron/hostkit/static.ts', `"frame-ancestors 'none'",`, '', 'csp'],
    ['IPC sender unchecked', 'electron/main/ipc.ts', 'if (!isTrustedSender(event, deps.appContents()))', 'if (!event)', 'ipc-sender'],
    ['bypassCSP scheme', 'electron/main/protocol.ts', 'standard: true, secure: true', 'standard: true, secure: true, bypassCSP: true', 'scheme-bypass-csp'],
  ])('catches %s', (_name, file, from, to, rule) => {
    expect(rules(withEdit(file, from, to))).toContain(rule);
  });

  it('catches openExternal of a computed URL and the remote module', () => {
    const extra: SourceFile = {
      path: 'electron/main/extra.ts',
      text: "import { shell } from 'electron';\nimport remote from '@electron/remote';\nexport const open = (u: string) => shell.openExternal(u);\nvoid remote;\n",
    };
    expect(rules([...electronSources(ROOT), extra]).sort()).toEqual(['no-remote', 'open-external']);
  });
});
