// Runs the mocha suite out/test/integration/**/*.test.js inside a real VS Code
// extension host, the way @vscode/test-electron does, but through code-server
// and a headless Chromium (this machine cannot download desktop VS Code).
//
//   node out/test/harness/run-integration.js          # code-server (default)
//   VSCODE_EXECUTABLE=/path/to/code node out/...      # desktop VS Code via @vscode/test-electron
//   node out/test/harness/run-integration.js --web    # the web worker extension host (below)
//
// --web runs the browser entry and the browser bundle of the tests
// (out/test/web/index.js, scripts/build-web-tests.mjs) in code-server's web
// worker extension host: the user setting `remote.extensionKind` puts
// Sourcebook, which has both `main` and `browser`, on the web side. Two runs,
// one after the other: the suite `main` (the integration tests that are not
// about Node-only behaviour), then `es` under `--locale es`. Their stats add up
// in test-results/integration-web.json.
//
// Exit codes: 0 all tests passed (and the stats file agrees), 1 test failures,
// 2 infrastructure error or timeout.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import {
  ensureSetup, launchBrowser, log, makeTempDir, removeTempDir, repoRoot, resultsDir, startCodeServer, writeUserSettings,
} from './codeServer';

const OVERALL_TIMEOUT_MS = 10 * 60_000;
const web = process.argv.includes('--web');
const workspace = path.join(repoRoot, 'test', 'workspace');
const extensionTestsPath = web ? path.join(repoRoot, 'out', 'test', 'web', 'index.js') : path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
/** What scripts/test-all.mjs reads. */
const resultsFile = path.join(resultsDir, web ? 'integration-web.json' : 'integration.json');
/**
 * Where mocha writes its stats for THIS run (then copied to resultsFile): a
 * per-run name, so two runs at once (several people on one machine) can never
 * read each other's verdict.
 */
const statsFile = path.join(resultsDir, `.integration-${process.pid}.json`);
/** The web runs: which suite of test/integration-web/index.ts, and code-server's extra options. */
const WEB_RUNS: Array<{ suite: string; locale?: string }> = [
  { suite: 'main' },
  { suite: 'es', locale: 'es' },
].filter((run) => !process.env.SOURCEBOOK_WEB_SUITES || process.env.SOURCEBOOK_WEB_SUITES.split(',').includes(run.suite)); // e.g. SOURCEBOOK_WEB_SUITES=es
/** Printed by test/integration/index.ts when mocha starts. */
const TESTS_STARTED_SENTINEL = '[sourcebook-tests]';

class InfraError extends Error {}

async function main(): Promise<number> {
  if (!fs.existsSync(extensionTestsPath)) throw new InfraError(`${extensionTestsPath} is missing: run \`npm run compile-tests\``);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new InfraError('dist/extension.js is missing: run `npm run build`');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true }); // a stale file must never vouch for this run
  if (web) return runWeb();
  const started = Date.now();
  const hostExitCode = process.env.VSCODE_EXECUTABLE ? await runWithTestElectron(process.env.VSCODE_EXECUTABLE) : await runWithCodeServer();
  log(`extension host exited with ${hostExitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    return verdict(hostExitCode);
  } finally {
    if (fs.existsSync(statsFile)) fs.renameSync(statsFile, resultsFile);
  }
}

/** The web runs one after the other; the worst verdict wins, the stats add up. */
async function runWeb(): Promise<number> {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'web', 'extension.js'))) throw new InfraError('dist/web/extension.js is missing: run `npm run build`');
  const total = { layer: 'integration-web', passed: 0, failed: 0, pending: 0, tests: 0, durationMs: 0, failures: [] as string[], runs: [] as unknown[] };
  let code = 0;
  for (const run of WEB_RUNS) {
    const started = Date.now();
    const extraSettings = {
      // Sourcebook has `main` and `browser`: this puts it in the web worker host.
      'remote.extensionKind': { 'sourcebook.sourcebook': ['web'] },
      // Read by test/integration-web/index.ts, which has no environment to read.
      'sourcebookTests.suite': run.suite,
      'sourcebookTests.statsFile': statsFile,
      'sourcebookTests.grep': process.env.SOURCEBOOK_TEST_GREP ?? '',
    };
    log(`web worker run: suite ${run.suite}${run.locale ? ` (--locale ${run.locale})` : ''}`);
    const hostExitCode = await runWithCodeServer(extraSettings, run.locale);
    log(`suite ${run.suite}: extension host exited with ${hostExitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const stats = fs.existsSync(statsFile) ? JSON.parse(fs.readFileSync(statsFile, 'utf8')) : undefined;
    // With a grep, a suite where nothing matched is no error.
    const skipped = !!process.env.SOURCEBOOK_TEST_GREP && stats?.tests === 0 && stats.failed === 0;
    const runCode = skipped ? 0 : verdict(hostExitCode);
    const inWorker = stats?.host === 'web worker';
    if (stats) {
      for (const key of ['passed', 'failed', 'pending', 'tests', 'durationMs'] as const) total[key] += stats[key] ?? 0;
      total.failures.push(...(stats.failures ?? []));
      total.runs.push(stats);
    } else {
      total.failed += 1;
      total.failures.push(`suite ${run.suite}: no stats (mocha did not finish in the web worker host)`);
    }
    if (stats && !inWorker) {
      log(`suite ${run.suite} ran in the ${stats.host} host, not in the web worker`);
      total.failed += 1;
      total.failures.push(`suite ${run.suite}: ran in the ${stats.host} host`);
    }
    fs.rmSync(statsFile, { force: true });
    code = Math.max(code, runCode, stats && !inWorker ? 1 : 0);
  }
  fs.writeFileSync(resultsFile, JSON.stringify(total, null, 2) + '\n');
  log(`web worker runs: ${total.tests} tests, ${total.passed} passed, ${total.failed} failed, ${total.pending} pending`);
  return code;
}

/** Trust the stats file, not only the exit code: 0 only if it exists, ran tests, and none failed. */
function verdict(hostExitCode: number): number {
  if (!fs.existsSync(statsFile)) {
    log(`no stats file at ${statsFile}: mocha did not finish inside the extension host`);
    return 2;
  }
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  log(`stats: ${stats.tests} tests, ${stats.passed} passed, ${stats.failed} failed, ${stats.pending} pending`);
  if (stats.failed > 0) return 1;
  if (!(stats.tests > 0)) {
    log('no integration tests ran');
    return 2;
  }
  if (hostExitCode !== 0) {
    log(`stats say green but the extension host exited with ${hostExitCode}`);
    return 2;
  }
  return 0;
}

async function runWithCodeServer(extraSettings: Record<string, unknown> = {}, locale?: string): Promise<number> {
  const install = ensureSetup();
  const temp = makeTempDir('integration');
  const userDataDir = path.join(temp, 'user-data');
  writeUserSettings(userDataDir, false, extraSettings);
  if (locale) writeLanguagePack(userDataDir, locale);
  const server = await startCodeServer({
    install,
    workspace,
    userDataDir,
    extensionsDir: path.join(temp, 'extensions'), // empty: only the extension under development loads
    xdgRoot: path.join(temp, 'xdg'),
    smokeTestDriver: true, // makes the workbench honour ?payload= and call codeAutomation*
    // The extension host inherits code-server's environment. SOURCEBOOK_TEST_GREP
    // runs a subset (the benchmark runs only the activation timing this way).
    env: { SOURCEBOOK_TEST_STATS: statsFile, ...pick(process.env, 'SOURCEBOOK_TEST_GREP', 'SOURCEBOOK_BENCH_OUT') },
    logFile: path.join(resultsDir, web ? 'code-server-integration-web.log' : 'code-server-integration.log'),
    extraArgs: locale ? ['--locale', locale] : [],
  });
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    let resolveExit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    // Both hooks must exist before the workbench loads: it looks them up on `window`.
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => relay(level, message));
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));

    // The same fields test-electron passes on the command line, as remote URIs.
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(extensionTestsPath)],
    ]);
    const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    log(`opening the workbench: ${url}`);
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new InfraError(`timed out after ${OVERALL_TIMEOUT_MS / 60_000} min`)), OVERALL_TIMEOUT_MS);
    });
    try {
      return await Promise.race([exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser.close();
    await server.stop();
    removeTempDir(temp);
  }
}

/**
 * The workbench sends its whole log through codeAutomationLog as console-style
 * argument arrays (format string first). Mocha's spec output arrives the same
 * way, after the sentinel line index.ts prints. Before the sentinel, print only
 * warnings and errors; drop the offline noise (gallery and GitHub sign-in
 * lookups) unless SOURCEBOOK_VERBOSE is set.
 */
const verbose = !!process.env.SOURCEBOOK_VERBOSE;
const offlineNoise = /open-vsx\.org|ENOTFOUND|github-authentication|GitHub authentication/i;
let testsStarted = false;
function relay(level: string, message: unknown): void {
  const text = Array.isArray(message) ? format(...message) : String(message);
  if (text.includes(TESTS_STARTED_SENTINEL)) testsStarted = true;
  const show = verbose || (!offlineNoise.test(text) && (testsStarted || level === 'warn' || level === 'error'));
  if (show) process.stdout.write(`${verbose ? `[${level}] ` : ''}${text}\n`);
}

async function runWithTestElectron(vscodeExecutablePath: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const temp = makeTempDir('integration');
  const userDataDir = path.join(temp, 'user-data');
  writeUserSettings(userDataDir);
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv: { SOURCEBOOK_TEST_STATS: statsFile, ...pick(process.env, 'SOURCEBOOK_TEST_GREP', 'SOURCEBOOK_BENCH_OUT') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', path.join(temp, 'extensions')],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, which is also how test failures end.
    log(`test-electron: ${error}`);
    return 1;
  } finally {
    removeTempDir(temp);
  }
}

/**
 * code-server takes `--locale` only when a language pack for it is installed
 * (user-data/languagepacks.json); Microsoft's packs cannot be downloaded here.
 * This registers an empty one: VS Code's own strings stay English, but the
 * display language is `locale`, so extensions see `vscode.env.language` and
 * load their package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json,
 * as they do for a user with that language pack.
 */
function writeLanguagePack(userDataDir: string, locale: string): void {
  const translations = path.join(userDataDir, `language-pack-${locale}`, 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = {
    [locale]: {
      hash: `sourcebook-test-${locale}`, label: locale, translations: { vscode: translations },
      extensions: [{ extensionIdentifier: { id: `sourcebook-test.language-pack-${locale}` }, version: '0.0.0' }],
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

function pick(env: NodeJS.ProcessEnv, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => env[key]).map((key) => [key, env[key]!]));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`infrastructure error: ${error instanceof InfraError ? error.message : error?.stack ?? error}`);
    fs.rmSync(statsFile, { force: true });
    process.exit(2);
  },
);
