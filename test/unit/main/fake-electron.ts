import { vi } from 'vitest';

/**
 * A recording stand-in for the 'electron' module: just enough surface for electron/main to run under
 * Node, with every constructor option, handler and registration kept so a test can call it back.
 */
type Fn = (...args: never[]) => unknown;

export class Emitter {
  readonly handlers = new Map<string, Fn[]>();
  on(event: string, fn: Fn): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Fn): this {
    return this.on(event, fn);
  }
  /** Calls every handler for event; returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.handlers.get(event) ?? []).map((fn) => (fn as (...a: unknown[]) => unknown)(...args));
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;
export class FakeContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame = { url: 'app://haven/index.html', parent: null, processId: 7, routingId: 1 };
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly forcefullyCrashRenderer = vi.fn();
  readonly reload = vi.fn();
  setWindowOpenHandler(fn: (details: { url: string }) => unknown) {
    this.windowOpenHandler = fn;
  }
  isDestroyed() {
    return false;
  }
}

export class FakeSession {
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly protocol = { handle: (scheme: string, fn: (request: Request) => Promise<Response>) => this.protocolHandlers.set(scheme, fn) };
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermission: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
  readonly setSpellCheckerEnabled = vi.fn();
  readonly webRequest = { onBeforeRequest: (fn: FakeSession['beforeRequest']) => (this.beforeRequest = fn) };
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(fn: FakeSession['permissionRequest']) {
    this.permissionRequest = fn;
  }
  setPermissionCheckHandler(fn: FakeSession['permissionCheck']) {
    this.permissionCheck = fn;
  }
  setDevicePermissionHandler(fn: FakeSession['devicePermission']) {
    this.devicePermission = fn;
  }
}

export const rec = {
  paths: { userData: '', crashDumps: '' },
  ready: null as null | (() => void),
  windows: [] as FakeWindow[],
  privileged: [] as unknown[][],
  globalProtocolHandles: [] as string[],
  ipcHandles: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  ipcOther: [] as string[],
  sessions: new Map<string, FakeSession>(),
  menuTemplate: null as unknown,
  clipboardText: '',
};

const readyPromise = new Promise<void>((resolve) => (rec.ready = resolve));

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  enableSandbox: vi.fn(),
  getPath: (name: 'userData' | 'crashDumps') => rec.paths[name],
  whenReady: () => readyPromise,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
});

export class FakeWindow extends Emitter {
  readonly webContents = new FakeContents();
  readonly loadURL = vi.fn(async () => undefined);
  constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    rec.windows.push(this);
    // As Electron does: every webContents is announced to the app before it loads anything.
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() {
    return false;
  }
  show() {}
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}

const sessionFor = (partition: string) => {
  if (!rec.sessions.has(partition)) rec.sessions.set(partition, new FakeSession(partition));
  return rec.sessions.get(partition)!;
};

export const electron = {
  app,
  BrowserWindow: FakeWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => rec.privileged.push(schemes),
    handle: (scheme: string) => rec.globalProtocolHandles.push(scheme),
  },
  session: {
    fromPartition: sessionFor,
    get defaultSession() {
      return sessionFor('(default)');
    },
  },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => rec.ipcHandles.set(channel, fn),
    handleOnce: (channel: string) => rec.ipcOther.push(`handleOnce:${channel}`),
    on: (channel: string) => rec.ipcOther.push(`on:${channel}`),
    once: (channel: string) => rec.ipcOther.push(`once:${channel}`),
  },
  clipboard: {
    readText: vi.fn(async () => rec.clipboardText),
    clear: vi.fn(() => (rec.clipboardText = '')),
  },
  powerMonitor: new Emitter(),
  Menu: {
    buildFromTemplate: (template: unknown) => (rec.menuTemplate = template),
    setApplicationMenu: vi.fn(),
  },
};
