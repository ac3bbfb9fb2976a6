import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ELECTRON_PACKAGE, ROOT, electronBinary } from '../build/electron-binary';
import { findChromium, openInChromium } from '../electron/browser';

/**
 * `npm start [-- --data-dir D] [-- --chromium]` (or HAVEN_DATA_DIR=D): builds when dist is missing or older than the sources,
 * then opens Haven in Electron; where Electron's binary is absent (and its download fails, tried once),
 * in the system Chromium or Chrome through the browser host. Both hosts get the same data folder.
 */
const DIST = join(ROOT, 'dist');
const OUTPUTS = ['electron/main.cjs', 'electron/preload.cjs', 'electron/worker.mjs', 'renderer/index.html'].map((f) => join(DIST, f));
const SOURCES = ['electron', 'shared', 'renderer', 'build', 'vite.config.ts', 'package.json'].map((f) => join(ROOT, f));
const INSTALL_MARKER = join(ROOT, 'node_modules', '.cache', 'haven', 'electron-install-attempted');
const say = (line: string) => process.stdout.write(line + '\n');

/** The platform's per-user application data folder, Haven's own subfolder. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Haven');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Haven');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'Haven');
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry !== 'node_modules') newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIfStale(): void {
  const oldestOutput = Math.min(...OUTPUTS.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (oldestOutput > Math.max(...SOURCES.map(newestMtime))) return;
  say('Building Haven (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write('The build failed; fix the errors above and run npm start again.\n');
    process.exit(1);
  }
}

/** Electron's own download step, once per checkout (remembered in node_modules/.cache), at most 2 minutes. */
function tryElectronInstallOnce(): string | null {
  if (!existsSync(join(ELECTRON_PACKAGE, 'install.js')) || (existsSync(INSTALL_MARKER) && process.env.HAVEN_RETRY_ELECTRON_INSTALL !== '1')) return null;
  say('Electron’s binary is not installed; trying its download once (up to 2 minutes)…');
  mkdirSync(join(INSTALL_MARKER, '..'), { recursive: true });
  writeFileSync(INSTALL_MARKER, new Date().toISOString() + '\n');
  spawnSync(process.execPath, [join(ELECTRON_PACKAGE, 'install.js')], { cwd: ELECTRON_PACKAGE, stdio: 'ignore', timeout: 120_000 });
  return electronBinary();
}

function runElectron(bin: string, dataDir: string): void {
  const args = [join(DIST, 'electron', 'main.cjs'), `--data-dir=${dataDir}`];
  // Chromium will not start its sandbox as root; only then is it switched off (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // Core-file limit 0 for the whole process tree, the zygote included: a dump would be decrypted memory.
  const prlimit = process.platform === 'linux' && existsSync('/usr/bin/prlimit');
  const child = prlimit ? spawn('/usr/bin/prlimit', ['--core=0', '--', bin, ...args], { stdio: 'inherit' }) : spawn(bin, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

async function runChromium(exe: string, dataDir: string): Promise<void> {
  say(`Electron is not available here; opening Haven in Chromium (${exe}).`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    process.stderr.write(
      'No display: DISPLAY and WAYLAND_DISPLAY are unset, so there is nowhere to open the window. Run npm start from a desktop session ' +
        '(or under xvfb-run); without a screen, the haven CLI works: npm run -s haven -- --help\n',
    );
    process.exit(1);
  }
  const host = await openInChromium({ dataDir, headless: false, executablePath: exe, coreEntry: join(DIST, 'electron', 'worker.mjs') });
  await new Promise<void>((done) => {
    void host.closed.then(done);
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  // Closing the window (or Ctrl+C) locks: the core drops its key and closes the database; then the process ends.
  await host.close();
}

function printWhatToInstall(): void {
  process.stderr.write(
    [
      'Haven needs Electron or a Chromium-based browser, and neither was found.',
      '  Debian/Ubuntu:   sudo apt-get install chromium',
      '  macOS, Windows:  install Google Chrome (https://www.google.com/chrome/)',
      '  or allow Electron’s download: HAVEN_RETRY_ELECTRON_INSTALL=1 npm start (needs access to github.com)',
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, chromium: { type: 'boolean' } }, strict: true });
  // Relative to the package folder, where npm runs every script: the same D as `npm run haven -- … --data-dir D`.
  const dataDir = resolve(values['data-dir'] || process.env.HAVEN_DATA_DIR || defaultDataDir());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  buildIfStale();

  const bin = values.chromium ? null : (electronBinary() ?? tryElectronInstallOnce());
  if (bin) return runElectron(bin, dataDir);
  const exe = findChromium();
  if (!exe) {
    printWhatToInstall();
    process.exit(1);
  }
  await runChromium(exe, dataDir);
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`Haven could not start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exit(1);
});
