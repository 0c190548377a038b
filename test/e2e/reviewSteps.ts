// End-to-end steps for reviewing a dossier, as a writer does it: open the
// article view of a draft dossier, select a passage, "Add as Quote…" from the
// editor's context menu, pick the speaker and the kind; the Quotes view shows
// the new quote under its speaker. The screenshot goes to the README.
import * as fs from 'fs';
import * as path from 'path';
import type { E2E } from '../harness/run-e2e';
import { repoRoot, resultsDir } from '../harness/codeServer';

const CONTAINER = '[id="workbench.view.extension.sourcebook"]';
const FOLDER = 'tmp-e2e-review';
const WORDS = 'denied press reports of an imminent meeting with Nicolas Maduro';
const DOSSIER = `# A draft dossier for the review steps (removed afterwards).
sourcebook: 1
article:
  id: review-e2e
  title: Caracas restores military relations (draft to review)
  file: article.txt
actors:
  - id: petro
    kind: person
    name: Gustavo Petro
    aliases: [Mr Petro, Mr. Petro, Petro]
    confidence: 0.95
  - id: ministry-twitter
    kind: organization
    name: Ministry Twitter
    confidence: 0.5
quotes: []
`;

function pane(t: E2E, view: string) {
  return t.page.locator(`${CONTAINER} .pane`, { has: t.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${view}$`, 'i') }) });
}

function row(t: E2E, view: string, label: string) {
  return pane(t, view).locator('.monaco-list-row', { has: t.page.locator('.label-name', { hasText: label }) }).first();
}

export const REVIEW_STEPS: Array<{ name: string; run(t: E2E): Promise<void> }> = [
  {
    name: 'a draft dossier: "Show Only Items to Check" leaves its actor to check, marked',
    async run(t) {
      await t.page.keyboard.press('Escape');
      await t.page.mouse.move(700, 700);
      const folder = path.join(t.workspace, FOLDER);
      fs.mkdirSync(folder, { recursive: true });
      fs.copyFileSync(path.join(repoRoot, 'data', 'article.txt'), path.join(folder, 'article.txt'));
      fs.writeFileSync(path.join(folder, 'review.dossier.yaml'), DOSSIER);
      await t.page.waitForTimeout(1500); // the library picks the new dossier up from the file watcher
      // Earlier steps may have collapsed Actors (its title actions show only while it is open).
      const header = pane(t, 'Actors').locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click({ position: { x: 12, y: 10 } }); // on the chevron: the middle holds the title actions
      await header.hover();
      // A click of an earlier step on a pane header may have turned the filter on: start from all items.
      const showAll = header.locator('.action-label[aria-label="Show All Items"]');
      if (await showAll.count()) await showAll.click();
      await pane(t, 'Actors').locator('.pane-header .action-label[aria-label="Show Only Items to Check"]').click();
      const twitter = row(t, 'Actors', 'Ministry Twitter');
      await twitter.waitFor({ timeout: 20_000 });
      const shown = await t.treeRows('Actors');
      if (shown.includes('Nicolás Maduro')) throw new Error(`the filter shows reviewed actors: ${shown.join(' | ')}`);
      const description = await twitter.locator('.label-description').innerText();
      if (!description.includes('check actor')) throw new Error(`the actor to check is not marked: "${description}"`);
      t.note(`Ministry Twitter: ${description}; Actors rows: ${shown.join(' | ')}`);
    },
  },
  {
    name: 'in the article view, a selected passage becomes a quote by "Add as Quote…" from the context menu and a pick of the speaker',
    async run(t) {
      const { page } = t;
      await row(t, 'Actors', 'Ministry Twitter').click();
      await page.locator('.tabs-container .tab.active', { hasText: 'review-e2e' }).waitFor({ timeout: 15_000 });
      // Select the words with Find, which leaves its match selected when closed.
      await page.locator('.part.editor .view-lines').first().click();
      await page.keyboard.press('Control+F');
      await page.locator('.find-widget textarea, .find-widget input').first().fill(WORDS);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      const selection = page.locator('[id="status.editor.selection"]');
      await selection.filter({ hasText: `(${WORDS.length} selected)` }).waitFor({ timeout: 10_000 });
      const selected = page.locator('.part.editor .selected-text').first();
      const box = (await selected.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
      const menuItem = page.locator('.monaco-menu .action-label', { hasText: 'Add as Quote…' }).first();
      await menuItem.waitFor();
      await menuItem.hover(); // a click that lands while the menu is still opening is dropped
      await menuItem.click();
      await page.locator('.monaco-menu').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => page.keyboard.press('Enter'));
      const input = page.locator('.quick-input-widget input');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'who said it' }).waitFor({ timeout: 10_000 });
      await input.fill('Gustavo Petro');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Gustavo Petro' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what kind of quote' }).waitFor({ timeout: 10_000 });
      await input.fill('Speech');
      await page.keyboard.press('Enter');
      const written = () => fs.readFileSync(path.join(t.workspace, FOLDER, 'review.dossier.yaml'), 'utf8');
      for (const until = Date.now() + 10_000; Date.now() < until && !written().includes(WORDS); ) await page.waitForTimeout(200);
      if (!written().includes(`speaker: petro\n    text: ${WORDS}\n`)) throw new Error(`the dossier reads:\n${written()}`);
      t.note(`dossier now ends: ${written().trim().split('\n').slice(-5).join(' / ')}`);
    },
  },
  {
    name: 'the Quotes view shows the new quote under its speaker (screenshot for the README)',
    async run(t) {
      const { page } = t;
      await pane(t, 'Actors').locator('.pane-header').hover();
      await pane(t, 'Actors').locator('.pane-header .action-label[aria-label="Show All Items"]').click();
      await pane(t, 'Actors').locator('.pane-header .action-label[aria-label="Collapse All"]').click().catch(() => undefined);
      // The Coverage view may have left Quotes collapsed: open it by its chevron.
      const quotesHeader = pane(t, 'Quotes').locator('.pane-header');
      if ((await quotesHeader.getAttribute('aria-expanded')) === 'false') await quotesHeader.click({ position: { x: 12, y: 10 } });
      const speaker = row(t, 'Quotes', 'Gustavo Petro');
      await speaker.waitFor({ timeout: 10_000 });
      if ((await speaker.getAttribute('aria-expanded')) !== 'true') await speaker.locator('.monaco-tl-twistie').click();
      try {
        const quote = row(t, 'Quotes', `“${WORDS.slice(0, 20)}`); // the label is the quote shortened
        await quote.waitFor({ timeout: 10_000 });
        await page.mouse.move(700, 450);
        const shot = path.join(resultsDir, 'review.png');
        await page.screenshot({ path: shot });
        fs.copyFileSync(shot, path.join(repoRoot, 'docs', 'review.png'));
        t.note(`Quotes under Gustavo Petro include “${WORDS}”; screenshot: test-results/review.png (copied to docs/review.png)`);
      } finally {
        // Leave the workspace as it was, even when the step failed.
        fs.rmSync(path.join(t.workspace, FOLDER), { recursive: true, force: true });
      }
    },
  },
];
