// End-to-end test in the browser, as a person uses Sourcebook: installs the
// packaged sourcebook.vsix into a fresh code-server, opens test/workspace in
// headless Chromium and runs the named STEPS below, one after another.
//
//   npm run test:e2e        (packages, compiles, then runs this file)
//
// Each step is logged with its duration. The first failing step stops the run:
// test-results/failure.png shows the screen at that moment, and the exit code
// is 1 (2 if the harness itself could not start). The final state is saved as
// test-results/sourcebook.png. test-results/e2e.json holds one entry per step.
// Then test/e2e/webSession.ts runs in a second code-server whose settings put
// Sourcebook in the web worker extension host (its `browser` entry), ending in
// test-results/sourcebook-web.png.
//
// To add steps, either append to STEPS below, or (better for a feature of its
// own) add a file test/e2e/<feature>Steps.ts exporting an array whose name ends
// in STEPS: `export const HOVER_STEPS: Step[] = [{ name, run: async (t) => {...} }]`.
// Such files run after STEPS, in file-name order, unless STEPS places them
// with `...stepsFrom('<feature>Steps')` (order matters: steps share one window).
// Use the helpers on `t` (openFile, hoverWord, runCommand, notifications, treeRows). Selectors
// measured on VS Code 1.139.1 are documented in /work/shared/docs/real-vscode.md.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import {
  ensureSetup, installVsix, launchBrowser, log, makeTempDir, removeTempDir, repoRoot, resultsDir, startCodeServer,
  writeUserSettings,
} from './codeServer';

const CONTAINER = '[id="workbench.view.extension.sourcebook"]';

/** What every step receives. */
export interface E2E {
  page: Page;
  /** Absolute path of the opened workspace (test/workspace). */
  workspace: string;
  /** Log a line under the current step. */
  note(message: string): void;
  /** Quick Open (Ctrl+P) a workspace-relative file and wait until its tab is active. */
  openFile(relativePath: string): Promise<void>;
  /** Move the mouse over the first occurrence of `word` in the active editor; returns the hover's text. */
  hoverWord(word: string): Promise<string>;
  /** Command palette (F1): run a command by its palette label, e.g. "Sourcebook: Refresh". */
  runCommand(label: string): Promise<void>;
  /** Text of the visible notification toasts. */
  notifications(): Promise<string[]>;
  /** Labels of the visible rows of the Sourcebook trees, optionally of one view ("Actors", "Events", "Quotes"). */
  treeRows(view?: string): Promise<string[]>;
}

export interface Step {
  name: string;
  run(t: E2E): Promise<void>;
}

/**
 * Steps of test/e2e/<file>.ts (compiled to out/test/e2e/<file>.js): every
 * exported array whose name ends in STEPS. Loaded at run time rather than
 * imported, so this file compiles whether or not a feature's step file exists
 * yet, and a feature adds steps without editing the harness.
 */
const e2eDir = path.join(__dirname, '..', 'e2e');
const placed = new Set<string>();
function stepsFrom(file: string): Step[] {
  placed.add(file);
  const module = path.join(e2eDir, `${file}.js`);
  if (!fs.existsSync(module)) return [];
  return Object.entries(require(module) as Record<string, unknown>)
    .filter(([name, value]) => /STEPS$/.test(name) && Array.isArray(value))
    .flatMap(([, value]) => value as Step[]);
}

/** Step files not placed explicitly in STEPS with stepsFrom() run after STEPS, in file-name order. */
function remainingSteps(): Step[] {
  if (!fs.existsSync(e2eDir)) return [];
  return fs
    .readdirSync(e2eDir)
    .filter((file) => file.endsWith('.js') && !placed.has(file.slice(0, -3)))
    .sort()
    .flatMap((file) => stepsFrom(file.slice(0, -3)));
}

// ---------------------------------------------------------------------------
// STEPS: add new ones here. Keep each step small and its name a sentence.
// ---------------------------------------------------------------------------
const STEPS: Step[] = [
  {
    name: 'the workbench loads with the test workspace',
    async run({ page }) {
      await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
      // The explorer shows the folder once the remote connection is up.
      await page.locator('.part.sidebar .explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'clicking the Sourcebook icon opens its view container',
    async run({ page }) {
      const icon = page.locator('.part.activitybar a.action-label[aria-label^="Sourcebook"]');
      await icon.waitFor({ timeout: 30_000 });
      await icon.click();
      await page.locator(CONTAINER).waitFor({ state: 'visible', timeout: 15_000 });
      await page.mouse.move(700, 450); // away from the icon: its tooltip would cover the screenshot
    },
  },
  {
    name: 'the Actors, Events and Quotes views are shown',
    async run({ page, note }) {
      const headers = page.locator(`${CONTAINER} .pane-header h3.title`);
      for (const name of ['Actors', 'Events', 'Quotes']) {
        await headers.filter({ hasText: new RegExp(`^${name}$`, 'i') }).waitFor({ state: 'visible', timeout: 15_000 });
      }
      note(`view headers: ${(await headers.allInnerTexts()).join(', ')}`);
    },
  },
  {
    name: 'the trees list the sample\'s rows: its people, its first event, its speakers',
    async run({ page, note, treeRows }) {
      // What a person sees first in each view (the workspace adds no loadable dossier).
      const expected: Array<[string, string[], (rows: string[]) => string[]]> = [
        ['Actors', ['People', 'Vladimir Padrino López', 'Nicolás Maduro', 'Gustavo Petro', 'Iván Duque', 'Juan Guaidó'], (rows) => rows.slice(0, 6)],
        ['Events', ['2019 · Venezuela and Colombia break off diplomatic relations'], (rows) => rows.slice(0, 1)],
        ['Quotes', ['Vladimir Padrino López', 'Gustavo Petro', 'Terms in quotation marks'], (rows) => rows],
      ];
      for (const [view, wanted, shown] of expected) {
        const pane = page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${view}$`, 'i') }) });
        await pane.locator('.monaco-list-row .label-name', { hasText: wanted[wanted.length - 1] }).first().waitFor({ timeout: 20_000 });
        const rows = await treeRows(view);
        note(`${view}: ${rows.length} rows: ${rows.slice(0, 8).join(' | ')}${rows.length > 8 ? ' | ...' : ''}`);
        if (shown(rows).join(' | ') !== wanted.join(' | ')) throw new Error(`${view} shows "${rows.join(' | ')}", expected it to start "${wanted.join(' | ')}"`);
      }
    },
  },
  {
    name: 'Insert Quote with Citation: typing part of a quote and Enter puts it in the draft with its speaker and footnote',
    async run({ page, openFile, note }) {
      await openFile('drafts/insert-quote.md');
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+End');
      // The palette, then Sourcebook's own picker in the same widget.
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.fill('>Sourcebook: Insert Quote with Citation');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Insert Quote with Citation' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget input[placeholder^="Type words of the quote"]').waitFor();
      await input.fill('no ambassadors');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'there will be no ambassadors' }).first().waitFor();
      await page.keyboard.press('Enter');
      const heading = '# Draft: Caracas and Bogotá';
      const expected = [
        heading,
        '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.[^caracas-bogota-2022]',
        '[^caracas-bogota-2022]: *Caracas takes steps to restore military relations with Bogota*. (2022, August 9).',
      ].join(' ');
      // The editor reuses line elements out of order: read them sorted by their
      // position. Word wrap may split a line anywhere, so compare without whitespace.
      const shown = () => page.locator('.editor-instance .view-lines').first().evaluate((root: any) =>
        [...root.querySelectorAll('.view-line')]
          .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line: any) => line.textContent as string).join(' ').replace(/[\s\u00a0]+/g, ' ').trim());
      const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
      const waitForText = async (wanted: string) => {
        for (const until = Date.now() + 10_000; Date.now() < until && !same(await shown(), wanted); await page.waitForTimeout(200));
        return shown();
      };
      try {
        const inserted = await waitForText(expected);
        note(`draft: ${inserted}`);
        if (!same(inserted, expected)) throw new Error(`the draft reads "${inserted}", expected "${expected}"`);
      } finally {
        // One undo takes the quote and its footnote out again, and leaves the workspace file as it was.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Z');
      }
      const undone = await waitForText(heading);
      if (!same(undone, heading)) throw new Error(`after one undo the draft reads "${undone}"`);
    },
  },
  // The sidebar steps need the trees as they first appear (the hover step below
  // reveals and expands Petro), so they go here.
  ...stepsFrom('treeSteps'),
  {
    name: 'Hover card: resting on "Petro" in a Markdown draft shows who he is, and its link shows him in the sidebar',
    async run({ page, openFile, hoverWord, note }) {
      await openFile('drafts/hover-draft.md');
      // The first hover may come before the library has loaded: move away and try again.
      let card = '';
      for (let attempt = 0; attempt < 5 && !card.includes('Gustavo Petro'); attempt++) {
        await page.mouse.move(0, 0);
        card = await hoverWord('Petro').catch(() => '');
      }
      note(`card: ${card.replace(/\s+/g, ' ').slice(0, 300)}`);
      for (const expected of ['Gustavo Petro', 'President of Colombia', '“normalization process”', 'Insert quote', 'Reveal in article', 'Show in sidebar']) {
        if (!card.includes(expected)) throw new Error(`the hover card lacks "${expected}": ${card}`);
      }
      await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Show in sidebar' }).click();
      await page.locator(`${CONTAINER} .monaco-list-row.selected .label-name`, { hasText: 'Gustavo Petro' }).waitFor({ timeout: 10_000 });
    },
  },
  // Last: the screenshot shows the sidebar and the article open at a quote.
];

// ---------------------------------------------------------------------------
// Helpers (bound to the page) and the runner.
// ---------------------------------------------------------------------------
function helpers(page: Page, workspace: string, note: (message: string) => void): E2E {
  return {
    page,
    workspace,
    note,
    async openFile(relativePath) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(relativePath);
      // Wait until the list shows the file before Enter: until then it may hold
      // another file (recently opened ones come first) or nothing.
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(relativePath) }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: path.basename(relativePath) }).waitFor();
      await page.locator('.editor-instance .view-lines').first().waitFor();
    },
    async hoverWord(word) {
      const lines = page.locator('.editor-instance .view-lines').first();
      await lines.filter({ hasText: word }).waitFor();
      // Find the text node holding the word and hover the middle of the word itself.
      // (`any`: this runs in the page, and the tests' tsconfig has no DOM types.)
      const box = await lines.evaluate((root: any, w: string) => {
        const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = node.textContent.indexOf(w);
          if (index < 0) continue;
          const range = root.ownerDocument.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + w.length);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        throw new Error(`"${w}" is not on a visible line of the active editor`);
      }, word);
      // The editor shows a hover on mouse *movement* over a word, after a
      // delay, and only once its providers answer (an extension may still be
      // activating, the text still being tokenized): arrive from a few pixels
      // away in several moves, and if nothing shows, leave and come back.
      const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
      for (let attempt = 1, deadline = Date.now() + 20_000; Date.now() < deadline; attempt++) {
        await page.mouse.move(box.x - 30, box.y + 40);
        await page.mouse.move(box.x, box.y, { steps: 5 });
        const shown = await hover.waitFor({ state: 'visible', timeout: 2500 }).then(() => true, () => false);
        if (!shown) continue;
        // It first says "Loading..." while the providers answer.
        for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(100)) {
          const text = (await hover.innerText().catch(() => '')).trim();
          if (text && !/^Loading/.test(text)) return text;
        }
      }
      throw new Error(`no hover over "${word}" within 20 s`);
    },
    async runCommand(label) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${label}`);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' }).catch(() => undefined);
    },
    async notifications() {
      return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
    },
    async treeRows(view) {
      const pane = view
        ? page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${view}$`, 'i') }) })
        : page.locator(CONTAINER);
      return pane.locator('.monaco-list-row .label-name').allInnerTexts();
    },
  };
}

interface StepResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  notes: string[];
  error?: string;
}

async function main(): Promise<number> {
  const vsix = path.join(repoRoot, 'sourcebook.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\``);
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const file of ['e2e.json', 'sourcebook.png', 'sourcebook-web.png', 'failure.png']) fs.rmSync(path.join(resultsDir, file), { force: true });
  const steps = [...STEPS, ...remainingSteps()]; // before starting anything: a broken step file fails fast
  const web = webSession();

  const install = ensureSetup();
  const results: StepResult[] = [];
  try {
    // SOURCEBOOK_E2E_ONLY=web runs the web session alone (a quicker loop while working on it).
    if (process.env.SOURCEBOOK_E2E_ONLY !== 'web') await session(install, vsix, steps, results, { screenshot: 'sourcebook.png', logName: 'e2e' });
    // The same .vsix in a fresh code-server, run by its browser entry in the web worker extension host.
    // Its steps save test-results/sourcebook-web.png themselves, with the hover card up.
    if (web) await session(install, vsix, web.steps, results, { logName: 'e2e-web', settings: web.settings });
  } finally {
    writeResults(results);
  }
  return results.some((r) => r.status !== 'passed') ? 1 : 0;
}

/** test/e2e/webSession.ts: steps run in their own window, with their own user settings. */
function webSession(): { steps: Step[]; settings: Record<string, unknown> } | undefined {
  const module = path.join(e2eDir, 'webSession.js');
  return fs.existsSync(module) ? (require(module) as { WEB_SESSION: { steps: Step[]; settings: Record<string, unknown> } }).WEB_SESSION : undefined;
}

/** One code-server with the .vsix installed, one Chromium window, the steps in order; the final screen saved as `screenshot`. */
async function session(
  install: ReturnType<typeof ensureSetup>, vsix: string, steps: Step[], results: StepResult[],
  options: { screenshot?: string; logName: string; settings?: Record<string, unknown> },
): Promise<void> {
  const workspace = path.join(repoRoot, 'test', 'workspace');
  const temp = makeTempDir('e2e');
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  const xdgRoot = path.join(temp, 'xdg');
  writeUserSettings(userDataDir, false, options.settings);
  installVsix(install, vsix, extensionsDir, userDataDir, xdgRoot);
  // No smoke-test driver and no payload: the workbench as a person gets it.
  const server = await startCodeServer({
    install, workspace, userDataDir, extensionsDir, xdgRoot,
    logFile: path.join(resultsDir, `code-server-${options.logName}.log`),
  });
  const browser = await launchBrowser();
  // The steps edit the workspace's drafts (and undo); whatever a step leaves, the drafts are put back.
  const drafts = path.join(workspace, 'drafts');
  const draftsBefore = new Map(fs.readdirSync(drafts).map((name) => [name, fs.readFileSync(path.join(drafts, name))]));
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);

    let failed = results.some((r) => r.status !== 'passed');
    for (const step of steps) {
      const result: StepResult = { name: step.name, status: 'skipped', ms: 0, notes: [] };
      results.push(result);
      if (failed) continue;
      const started = Date.now();
      const note = (message: string) => {
        result.notes.push(message);
        process.stdout.write(`      ${message}\n`);
      };
      try {
        await step.run(helpers(page, workspace, note));
        result.status = 'passed';
      } catch (error) {
        result.status = 'failed';
        result.error = (error as Error)?.message ?? String(error);
        failed = true;
        await page.screenshot({ path: path.join(resultsDir, 'failure.png') }).catch(() => undefined);
      }
      result.ms = Date.now() - started;
      const mark = result.status === 'passed' ? '✔' : '✘';
      process.stdout.write(`  ${mark} ${step.name} (${(result.ms / 1000).toFixed(1)} s)\n`);
      if (result.error) process.stdout.write(`      ${result.error.split('\n').join('\n      ')}\n      screenshot: test-results/failure.png\n`);
    }
    if (options.screenshot) {
      await page.screenshot({ path: path.join(resultsDir, options.screenshot) });
      log(`screenshot: test-results/${options.screenshot}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    removeTempDir(temp);
    for (const [name, bytes] of draftsBefore) fs.writeFileSync(path.join(drafts, name), bytes);
  }
}

function writeResults(results: StepResult[]): void {
  const count = (status: StepResult['status']) => results.filter((r) => r.status === status).length;
  const summary = { layer: 'e2e', passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests: results.length, steps: results };
  fs.writeFileSync(path.join(resultsDir, 'e2e.json'), JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(`\n  ${summary.passed} passing, ${summary.failed} failing, ${summary.skipped} skipped\n`);
}

const started = Date.now();
main().then(
  (code) => {
    log(`e2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  },
  (error) => {
    log(`infrastructure error: ${error?.stack ?? error}`);
    process.exit(2);
  },
);
