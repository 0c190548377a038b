// Shared helpers to run the extension in a real VS Code on machines without a
// desktop VS Code: code-server (VS Code 1.139 server + web workbench, installed
// by scripts/setup-code-server.sh) with a headless Debian Chromium as client.
// See /work/shared/docs/real-vscode.md for the measured facts behind each flag.
//
// Used by run-integration.ts, run-e2e.ts and (transpiled by esbuild) scripts/start.mjs,
// so it must not import anything from the project itself.
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';

/** The checkout: the nearest folder above this file holding package.json. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

export const resultsDir = path.join(repoRoot, 'test-results');

/** Prefixed, timestamped log line on stderr (stdout is kept for test output). */
export function log(message: string): void {
  process.stderr.write(`[harness ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

// ---------------------------------------------------------------------------
// Cleanup: every process group and temp dir we create is registered here and
// released on normal exit, on an uncaught exception and on Ctrl+C / SIGTERM.
// code-server runs in its own process group (so the extension host and its
// children die with it), which also means the terminal's Ctrl+C does NOT reach
// it: we must forward the kill ourselves.
// ---------------------------------------------------------------------------
const liveGroups = new Set<number>();
const tempDirs = new Set<string>();
const browserClosers = new Set<() => Promise<void>>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  liveGroups.delete(pid);
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0); // signal 0: existence check only
    return true;
  } catch {
    return false;
  }
}

function cleanupSync(): void {
  for (const pid of [...liveGroups]) killGroup(pid);
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

let handlersInstalled = false;
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers must be synchronous: process.kill and rmSync are.
  process.on('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping code-server and Chromium, then exiting`);
      for (const pid of [...liveGroups]) killGroup(pid);
      // Close Chromium before removing its profile (it keeps writing to it
      // until it is gone), but never wait more than a few seconds.
      const closing = Promise.all([...browserClosers].map((close) => close().catch(() => undefined)));
      void Promise.race([closing, sleep(5000)]).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('uncaughtException', (error) => {
    log(`uncaught exception: ${error.stack ?? error}`);
    cleanupSync();
    process.exit(2);
  });
}

/** A fresh temp folder, removed on exit (or earlier with removeTempDir). */
export function makeTempDir(prefix: string): string {
  installExitHandlers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sourcebook-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* a dying Chromium may still be writing; the OS tmp cleaner gets the rest */
  }
  tempDirs.delete(dir);
}

// ---------------------------------------------------------------------------
// Setup and paths
// ---------------------------------------------------------------------------
export interface CodeServerInstall {
  cache: string;
  /** code-server's launcher script (a `#!/usr/bin/env node` script: Node 24 must be first on PATH). */
  bin: string;
  /** Folder holding Node 24's `node`; code-server refuses older Node versions. */
  node24Dir: string;
}

/** Runs the idempotent setup script (a no-op once cached) and returns the install's paths. */
export function ensureSetup(): CodeServerInstall {
  const started = Date.now();
  const out = execFileSync('bash', [path.join(repoRoot, 'scripts/setup-code-server.sh')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'], // the script logs on stderr, prints the cache dir last on stdout
    encoding: 'utf8',
  });
  const cache = out.trim().split('\n').pop()!.trim();
  const bin = path.join(cache, 'code-server-4.139.1/node_modules/.bin/code-server');
  const node24Dir = path.dirname(fs.realpathSync(path.join(cache, 'node24/node_modules/node/bin/node')));
  for (const file of [bin, path.join(node24Dir, 'node')]) {
    if (!fs.existsSync(file)) throw new Error(`setup-code-server.sh did not produce ${file}`);
  }
  log(`code-server ready in ${cache} (${Date.now() - started} ms)`);
  return { cache, bin, node24Dir };
}

/** Environment for code-server: Node 24 first on PATH, XDG dirs away from the user's home. */
export function codeServerEnv(install: CodeServerInstall, xdgRoot: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  env.PATH = `${install.node24Dir}${path.delimiter}${env.PATH ?? ''}`;
  // code-server writes ~/.config/code-server/config.yaml (with a password) and
  // ~/.local/share/code-server otherwise; keep every run self-contained.
  env.XDG_CONFIG_HOME = path.join(xdgRoot, 'config');
  env.XDG_DATA_HOME = path.join(xdgRoot, 'data');
  env.XDG_CACHE_HOME = path.join(xdgRoot, 'cache');
  // Under `npm run`, npm's variables (user agent "node/v20", nodedir=/usr) leak
  // into every child; they confuse anything in code-server that shells out to npm.
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return env;
}

/** A free TCP port on 127.0.0.1: `preferred` if it is free, else the next free ones, else any. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  if (preferred) {
    for (let port = preferred; port < preferred + 20; port++) {
      const bound = await tryPort(port);
      if (bound) return bound;
    }
  }
  const bound = await tryPort(0);
  if (!bound) throw new Error('no free port on 127.0.0.1');
  return bound;
}

/** User settings that keep the workbench quiet offline (no tips, no walkthroughs, no update or AI calls). */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // The test workspace sits inside the project's git repository: without this a
  // toast asks whether to open the parent repository, covering the screenshot.
  'git.openRepositoryInParentFolders': 'never',
};

/** Writes `<userDataDir>/User/settings.json` (unless `keepExisting` and it exists). */
export function writeUserSettings(userDataDir: string, keepExisting = false, extra: Record<string, unknown> = {}): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (keepExisting && fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...quietSettings, ...extra }, null, 2) + '\n');
}

/** `code-server --install-extension`: about a second, offline-safe for a local .vsix. */
export function installVsix(install: CodeServerInstall, vsix: string, extensionsDir: string, userDataDir: string, xdgRoot: string): void {
  const started = Date.now();
  execFileSync(
    install.bin,
    ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
    { env: codeServerEnv(install, xdgRoot), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  log(`installed ${path.basename(vsix)} into ${extensionsDir} (${Date.now() - started} ms)`);
}

// ---------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------
export interface StartOptions {
  install: CodeServerInstall;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Where XDG_CONFIG/DATA/CACHE_HOME go. */
  xdgRoot: string;
  port?: number;
  /** Needed for `?payload=` (extension tests) and the codeAutomation* hooks. */
  smokeTestDriver?: boolean;
  /** Extra environment: the extension host inherits code-server's environment. */
  env?: NodeJS.ProcessEnv;
  /** code-server's own stdout/stderr go here (they are noisy). */
  logFile: string;
  /** More code-server options, e.g. `['--locale', 'es']`. */
  extraArgs?: string[];
}

export interface RunningCodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  process: ChildProcess;
  /** Kills the whole process group (code-server, extension host, pty host...) and waits until it is gone. Idempotent. */
  stop(): Promise<void>;
}

export async function startCodeServer(options: StartOptions): Promise<RunningCodeServer> {
  installExitHandlers();
  const port = options.port ?? (await freePort());
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, // loopback only
    '--auth', 'none', // no password page in front of the workbench
    '--disable-telemetry',
    '--disable-update-check', // no GitHub call on start
    '--disable-workspace-trust', // otherwise restricted mode may block the extension
    '--disable-getting-started-override', // no welcome walkthrough over the editor
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(...(options.extraArgs ?? []), options.workspace);

  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const logFd = fs.openSync(options.logFile, 'w');
  const child = spawn(options.install.bin, args, {
    env: codeServerEnv(options.install, options.xdgRoot, options.env),
    // Own process group: `process.kill(-pid)` then takes down every descendant.
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const pid = child.pid!;
  liveGroups.add(pid);
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async () => {
    killGroup(pid);
    // SIGKILL is delivered asynchronously: wait (briefly) until no process of the group is left.
    for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  const started = Date.now();
  while (!(await healthy(origin))) {
    if (exited || Date.now() > deadline) {
      await stop();
      const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`code-server ${exited ? 'exited' : 'did not listen within 60 s'}; log tail:\n${tail}`);
    }
    await sleep(200);
  }
  log(`code-server listening on ${origin} (pid ${pid}, ${Date.now() - started} ms)`);
  return { port, origin, process: child, stop };
}

/** code-server answers /healthz once its HTTP server is up. */
function healthy(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${origin}/healthz`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------
export const chromiumArgs = [
  '--no-sandbox', // we run as root in containers; the sandbox refuses root
  '--disable-gpu', // no GPU here; avoids GPU-process crash loops
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // no calls to Google services (offline machine)
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage', // /dev/shm is tiny in containers; use /tmp
];

export interface Browser {
  context: BrowserContext;
  /** Closes Chromium and removes its profile. */
  close(): Promise<void>;
}

/**
 * Headless Debian Chromium driven by playwright-core. A persistent context
 * because Playwright refuses `--user-data-dir` in `launch()`; the profile is a
 * fresh temp dir. Never `npx playwright install` (it downloads a browser).
 */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = makeTempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
  });
  const close = async () => {
    browserClosers.delete(close);
    await context.close().catch(() => undefined);
    removeTempDir(profile);
  };
  browserClosers.add(close);
  return { context, close };
}
