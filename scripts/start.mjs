// `npm start`: try Sourcebook in a real VS Code in your browser.
// Builds and packages the extension, installs it into a persistent, git-ignored
// code-server profile (.vscode-test/start/), and serves code-server on
// http://127.0.0.1:PORT (PORT env, default 8080, next free one if busy) with
// sample-workspace/ open. Runs until Ctrl+C, which stops code-server's whole
// process group.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const home = join(root, '.vscode-test', 'start');
mkdirSync(home, { recursive: true });

// 1. Build + package: the same .vsix a user would install.
execSync('npm run package', { cwd: root, stdio: 'inherit' });

// 2. Reuse the test harness's code-server helpers (test/harness/codeServer.ts).
//    esbuild transpiles that one file in a few ms; going through `tsc` would
//    type-check the whole project and refuse to start on any unrelated error.
const helpersFile = join(home, 'codeServer.cjs');
await esbuild.build({
  entryPoints: [join(root, 'test/harness/codeServer.ts')],
  outfile: helpersFile,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
});
const cs = createRequire(import.meta.url)(helpersFile);

const install = cs.ensureSetup();
const userDataDir = join(home, 'user-data');
const extensionsDir = join(home, 'extensions');
const xdgRoot = join(home, 'xdg');
cs.writeUserSettings(userDataDir, /* keepExisting */ true); // your own setting changes survive restarts
cs.installVsix(install, join(root, 'sourcebook.vsix'), extensionsDir, userDataDir, xdgRoot);

// 3. Serve.
const workspace = join(root, 'sample-workspace');
const port = await cs.freePort(Number(process.env.PORT) || 8080);
const logFile = join(home, 'code-server.log');
const server = await cs.startCodeServer({ install, workspace, userDataDir, extensionsDir, xdgRoot, port, logFile });

console.log(`
  Sourcebook is running in VS Code (code-server) at:

      ${server.origin}/?folder=${workspace}

  Open it in your browser (from another machine: ssh -L ${port}:127.0.0.1:${port} ...).
  Start with sample-workspace/README.md. code-server's log: ${logFile}
  Press Ctrl+C to stop.
`);

let stopping = false;
process.once('SIGINT', () => (stopping = true)); // the helpers' own handler stops code-server and exits
server.process.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server stopped (${signal ?? `exit code ${code}`}); see ${logFile}`);
  process.exit(1);
});
