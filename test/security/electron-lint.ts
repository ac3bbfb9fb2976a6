import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * A security lint over electron/ in the spirit of electronegativity (which is unmaintained and does not read
 * TypeScript): the TypeScript syntax tree of every file, checked for the mistakes that turn an Electron
 * renderer into a way onto the machine. Used by test/unit/main/security-lint.test.ts and by the proof suite
 * (issue 14); `lintElectron()` returns the findings, each with a severity.
 *
 * Checks (high unless noted):
 *  - every webPreferences literal: contextIsolation true, sandbox true, nodeIntegration (and in workers and
 *    sub-frames) false, webSecurity not false, allowRunningInsecureContent not true, webviewTag not true,
 *    experimentalFeatures not true, no enableRemoteModule;
 *  - the remote module (`@electron/remote`, `electron.remote`) never used;
 *  - the CSP (electron/hostkit/static.ts): default-src and script-src 'self' without unsafe-inline / eval,
 *    object-src, base-uri and frame-ancestors 'none'; and served as a header;
 *  - every setWindowOpenHandler denies; will-navigate is prevented; a permission request handler is set;
 *  - shell.openExternal only with a literal URL; no privileged scheme with bypassCSP;
 *  - every ipcMain.handle / ipcMain.on handler checks its sender (isTrustedSender) before anything else;
 *  - app.enableSandbox() called (medium); executeJavaScript with a non-literal argument (medium).
 */
export type Severity = 'high' | 'medium';
export interface Finding {
  severity: Severity;
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

export function electronSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !/\.test\./.test(name)) out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(root, 'electron'));
  return out;
}

const propName = (p: ts.ObjectLiteralElementLike): string | null =>
  ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null) : null;

const literalValue = (e: ts.Expression): boolean | string | null =>
  e.kind === ts.SyntaxKind.TrueKeyword ? true : e.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isStringLiteralLike(e) ? e.text : null;

/** The call's callee as written, e.g. `contents.setWindowOpenHandler`. */
const calleeText = (c: ts.CallExpression, sf: ts.SourceFile) => c.expression.getText(sf);

export function lintSources(files: SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  const seen = { windowOpenDeny: false, willNavigatePrevented: false, permissionHandler: false, enableSandbox: false, cspHeader: false, csp: null as string | null };
  for (const f of files) {
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true, f.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const add = (severity: Severity, rule: string, node: ts.Node, message: string) =>
      findings.push({ severity, rule, file: f.path, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, message });
    if (/Content-Security-Policy/.test(f.text)) seen.cspHeader = true;

    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === '@electron/remote') add('high', 'no-remote', node, 'the remote module gives the renderer the main process');
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'remote' && /electron/.test(node.expression.getText(sf))) add('high', 'no-remote', node, 'electron.remote used');
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'CSP' && node.initializer) seen.csp = evaluateCsp(node.initializer);
      if (ts.isPropertyAssignment(node) && propName(node) === 'webPreferences' && ts.isObjectLiteralExpression(node.initializer)) checkWebPreferences(node.initializer, add);
      if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node)) {
        // A function returning WebPreferences (window.ts webPreferencesFor) is a webPreferences literal too.
        const type = node.type?.getText(sf);
        if (type === 'WebPreferences') {
          const ret = findReturnedObject(node);
          if (ret) checkWebPreferences(ret, add);
        }
      }
      if (ts.isPropertyAssignment(node) && propName(node) === 'enableRemoteModule' && literalValue(node.initializer) !== false) add('high', 'no-remote', node, 'enableRemoteModule');
      if (ts.isPropertyAssignment(node) && propName(node) === 'bypassCSP' && literalValue(node.initializer) === true) add('high', 'scheme-bypass-csp', node, 'a privileged scheme bypasses the CSP');
      if (ts.isCallExpression(node)) {
        const callee = calleeText(node, sf);
        const [first, second] = node.arguments;
        if (callee.endsWith('setWindowOpenHandler')) {
          if (first && /action:\s*'deny'/.test(first.getText(sf)) && !/action:\s*'allow'/.test(first.getText(sf))) seen.windowOpenDeny = true;
          else add('high', 'window-open-deny', node, 'setWindowOpenHandler must deny');
        }
        if (/\.on$|\.once$/.test(callee) && first && literalValue(first) === 'will-navigate') {
          if (second && /preventDefault\(\)/.test(second.getText(sf))) seen.willNavigatePrevented = true;
          else add('high', 'will-navigate', node, 'will-navigate handler does not prevent navigation');
        }
        if (callee.endsWith('setPermissionRequestHandler')) seen.permissionHandler = true;
        if (callee.endsWith('enableSandbox')) seen.enableSandbox = true;
        if (callee.endsWith('openExternal') && !(first && ts.isStringLiteralLike(first))) add('high', 'open-external', node, 'shell.openExternal with a URL that is not a literal');
        if (callee.endsWith('executeJavaScript') && !(first && ts.isStringLiteralLike(first))) add('medium', 'execute-javascript', node, 'executeJavaScript with a computed script');
        if (/ipcMain\.(handle|on|once|handleOnce)$/.test(callee)) {
          const handler = node.arguments[1];
          if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) || !firstStatementChecksSender(handler, sf)) {
            add('high', 'ipc-sender', node, 'an IPC handler that does not check its sender first');
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const global = (rule: string, message: string, severity: Severity = 'high') => findings.push({ severity, rule, file: 'electron/', line: 0, message });
  if (!seen.windowOpenDeny) global('window-open-deny', 'no setWindowOpenHandler that denies');
  if (!seen.willNavigatePrevented) global('will-navigate', 'no will-navigate handler that prevents navigation');
  if (!seen.permissionHandler) global('permission-handler', 'no setPermissionRequestHandler');
  if (!seen.enableSandbox) global('enable-sandbox', 'app.enableSandbox() is not called', 'medium');
  if (!seen.cspHeader) global('csp', 'no Content-Security-Policy header is sent');
  for (const problem of cspProblems(seen.csp)) global('csp', problem);
  return findings;
}

export const lintElectron = (root: string): Finding[] => lintSources(electronSources(root));

type Add = (severity: Severity, rule: string, node: ts.Node, message: string) => void;

function checkWebPreferences(o: ts.ObjectLiteralExpression, add: Add): void {
  const props = new Map<string, ts.Expression>();
  for (const p of o.properties) {
    const n = propName(p);
    if (n && ts.isPropertyAssignment(p)) props.set(n, p.initializer);
    if (ts.isSpreadAssignment(p)) add('high', 'web-preferences', p, 'webPreferences spread from elsewhere: cannot be checked');
  }
  const must = (key: string, want: boolean, message: string) => {
    const v = props.get(key);
    if (!v || literalValue(v) !== want) add('high', 'web-preferences', v ?? o, `${key} must be ${want}: ${message}`);
  };
  const mustNot = (key: string, bad: boolean, message: string) => {
    const v = props.get(key);
    if (v && literalValue(v) !== !bad) add('high', 'web-preferences', v, `${key} must not be ${bad}: ${message}`);
  };
  must('contextIsolation', true, 'the preload and the page share one world otherwise');
  must('sandbox', true, 'the renderer gets the OS sandbox');
  must('nodeIntegration', false, 'the page must not reach Node');
  mustNot('nodeIntegrationInWorker', true, 'workers must not reach Node');
  mustNot('nodeIntegrationInSubFrames', true, 'frames must not reach Node');
  mustNot('webSecurity', false, 'same-origin policy');
  mustNot('allowRunningInsecureContent', true, 'mixed content');
  mustNot('webviewTag', true, 'a <webview> is a window with its own preferences');
  mustNot('experimentalFeatures', true, 'experimental Blink features');
  mustNot('enableRemoteModule', true, 'the remote module');
}

function findReturnedObject(fn: ts.FunctionDeclaration | ts.ArrowFunction): ts.ObjectLiteralExpression | null {
  if (ts.isArrowFunction(fn) && ts.isParenthesizedExpression(fn.body) && ts.isObjectLiteralExpression(fn.body.expression)) return fn.body.expression;
  let found: ts.ObjectLiteralExpression | null = null;
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression && ts.isObjectLiteralExpression(n.expression)) found = n.expression;
    else ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

/** The handler's first statement must be `if (!isTrustedSender(...)) ...`: nothing runs before the check. */
function firstStatementChecksSender(fn: ts.ArrowFunction | ts.FunctionExpression, sf: ts.SourceFile): boolean {
  if (!ts.isBlock(fn.body)) return false;
  const first = fn.body.statements[0];
  return !!first && ts.isIfStatement(first) && /^!\s*isTrustedSender\(/.test(first.expression.getText(sf));
}

/** A CSP written as an array of literals joined with '; ' (static.ts), or a plain string literal. */
function evaluateCsp(init: ts.Expression): string | null {
  if (ts.isStringLiteralLike(init)) return init.text;
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'join' && ts.isArrayLiteralExpression(init.expression.expression)) {
    const parts = init.expression.expression.elements.map((e) => (ts.isStringLiteralLike(e) ? e.text : null));
    return parts.every((p) => p !== null) ? parts.join('; ') : null;
  }
  return null;
}

export function cspProblems(csp: string | null): string[] {
  if (csp === null) return ['no CSP constant found (electron/hostkit/static.ts CSP)'];
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
  const problems: string[] = [];
  const exactly = (name: string, value: string) => {
    const v = directives.get(name);
    if (!v || v.length !== 1 || v[0] !== value) problems.push(`CSP ${name} must be ${value}`);
  };
  exactly('default-src', "'self'");
  exactly('script-src', "'self'");
  exactly('object-src', "'none'");
  exactly('base-uri', "'none'");
  exactly('frame-ancestors', "'none'");
  if (/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|data:\s*;?\s*$/.test([...(directives.get('script-src') ?? []), ...(directives.get('default-src') ?? [])].join(' '))) problems.push('CSP allows inline or remote script');
  return problems;
}
