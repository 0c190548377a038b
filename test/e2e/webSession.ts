// End-to-end steps with the web build: the packaged .vsix in its own
// code-server, with the user setting that puts Sourcebook (which has both a
// `main` and a `browser` entry) in the web worker extension host, as on
// vscode.dev. A person inserts a quote and hovers its speaker's name; that
// screen is test-results/sourcebook-web.png. Then one undo leaves the
// workspace's draft as it was. Run by test/harness/run-e2e.ts.
import * as path from 'path';
import { resultsDir } from '../harness/codeServer';
import type { E2E } from '../harness/run-e2e';

const QUOTE = '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.[^caracas-bogota-2022]';

/** The editor's lines in order, without whitespace (word wrap may split a line anywhere). */
async function draftText(t: E2E): Promise<string> {
  return t.page.locator('.editor-instance .view-lines').first().evaluate((root: any) =>
    [...root.querySelectorAll('.view-line')]
      .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line: any) => line.textContent as string).join('').replace(/[\s\u00a0]+/g, ''));
}

export const WEB_SESSION = {
  settings: { 'remote.extensionKind': { 'sourcebook.sourcebook': ['web'] } },
  steps: [
    {
      name: 'web: the workbench loads, and a web worker extension host runs Sourcebook\'s browser bundle',
      async run(t: E2E) {
        await t.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
        await t.page.locator('.part.sidebar .explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
        const icon = t.page.locator('.part.activitybar a.action-label[aria-label^="Sourcebook"]');
        await icon.waitFor({ timeout: 30_000 });
        await icon.click();
        await t.page.locator('[id="workbench.view.extension.sourcebook"] .monaco-list-row .label-name', { hasText: 'Gustavo Petro' }).first().waitFor({ timeout: 30_000 });
        await t.page.mouse.move(700, 450);
        // The extension host worker fetched the browser bundle: its resource timings list it.
        const loaded: string[] = [];
        for (const worker of t.page.workers()) {
          const urls = await worker.evaluate(() => (performance.getEntriesByType('resource') as Array<{ name: string }>).map((e) => e.name)).catch(() => [] as string[]);
          loaded.push(...urls.map(decodeURIComponent).filter((url) => /sourcebook.*\/dist\/(web\/)?extension\.js/.test(url)));
        }
        t.note(`loaded in a web worker: ${loaded.join(', ') || 'nothing of Sourcebook'}`);
        if (!loaded.some((url) => url.includes('/dist/web/extension.js'))) throw new Error('no web worker loaded dist/web/extension.js');
      },
    },
    {
      name: 'web: Insert Quote with Citation puts the quote, its speaker and its footnote in the draft',
      async run(t: E2E) {
        await t.openFile('drafts/insert-quote.md');
        await t.page.locator('.editor-instance .view-lines').first().click();
        await t.page.keyboard.press('Control+End');
        await t.runCommand('Sourcebook: Insert Quote with Citation');
        const input = t.page.locator('.quick-input-widget input[placeholder^="Type words of the quote"]');
        await input.waitFor();
        await input.fill('no ambassadors');
        await t.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'there will be no ambassadors' }).first().waitFor();
        await t.page.keyboard.press('Enter');
        const wanted = QUOTE.replace(/\s+/g, '');
        let text = '';
        for (const until = Date.now() + 10_000; Date.now() < until && !text.includes(wanted); await t.page.waitForTimeout(200)) text = await draftText(t);
        if (!text.includes(wanted)) throw new Error(`the draft reads "${text}"`);
        await t.page.keyboard.press('Escape'); // leave the snippet's tab stops
      },
    },
    {
      name: 'web: resting on "Petro" in the draft shows his hover card',
      async run(t: E2E) {
        let card = '';
        for (let attempt = 0; attempt < 5 && !card.includes('President of Colombia'); attempt++) {
          await t.page.mouse.move(0, 0);
          card = await t.hoverWord('Petro').catch(() => '');
        }
        t.note(`card: ${card.replace(/\s+/g, ' ').slice(0, 200)}`);
        for (const expected of ['Gustavo Petro', 'President of Colombia', 'Insert quote', 'Show in sidebar']) {
          if (!card.includes(expected)) throw new Error(`the hover card lacks "${expected}": ${card}`);
        }
        await t.page.screenshot({ path: path.join(resultsDir, 'sourcebook-web.png') });
        t.note('screenshot: test-results/sourcebook-web.png');
      },
    },
    {
      name: 'web: one undo takes the quote and its footnote out again',
      async run(t: E2E) {
        await t.page.mouse.move(0, 0);
        await t.page.keyboard.press('Escape');
        await t.page.locator('.editor-instance .view-lines').first().click();
        await t.page.keyboard.press('Control+Z');
        const wanted = '#Draft:CaracasandBogotá';
        let text = '';
        for (const until = Date.now() + 10_000; Date.now() < until && text !== wanted; await t.page.waitForTimeout(200)) text = await draftText(t);
        if (text !== wanted) throw new Error(`after one undo the draft reads "${text}"`);
        await t.page.keyboard.press('Control+S'); // the workspace file as it was, whatever the workbench saved meanwhile
      },
    },
  ],
};
