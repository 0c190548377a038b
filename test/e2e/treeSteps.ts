// End-to-end steps for the sidebar, as a person uses it: read the Actors rows,
// expand an actor, click one of its quotes, and find the article open at the
// quote with exactly its words selected, coloured, and read-only.
import type { E2E } from '../harness/run-e2e';

const CONTAINER = '[id="workbench.view.extension.sourcebook"]';
const PEOPLE = ['Vladimir Padrino López', 'Nicolás Maduro', 'Gustavo Petro', 'Iván Duque', 'Juan Guaidó'];
const QUOTE_ROW = '“in two months we may have settled the most important issues”';

function row(t: E2E, label: string) {
  return t.page.locator(`${CONTAINER} .monaco-list-row`, { has: t.page.locator('.label-name', { hasText: label }) }).first();
}

export const TREE_STEPS: Array<{ name: string; run(t: E2E): Promise<void> }> = [
  {
    name: 'Actors lists the five people of the sample, with their roles',
    async run(t) {
      await row(t, 'Juan Guaidó').waitFor({ timeout: 20_000 });
      const rows = await t.treeRows('Actors');
      const people = rows.filter((label) => PEOPLE.includes(label));
      if (people.join('|') !== PEOPLE.join('|')) throw new Error(`Actors rows: ${rows.join(' | ')}`);
      const description = await row(t, 'Gustavo Petro').locator('.label-description').innerText();
      if (!description.includes('President of Colombia')) throw new Error(`Petro's description: ${description}`);
      t.note(`Actors: ${rows.join(' | ')}`);
    },
  },
  {
    name: 'expanding Gustavo Petro shows his quotes and events',
    async run(t) {
      await row(t, 'Gustavo Petro').locator('.monaco-tl-twistie').click();
      await row(t, QUOTE_ROW).waitFor({ timeout: 10_000 });
      t.note(`under Petro: ${(await t.treeRows('Actors')).filter((label) => label.startsWith('“') || /^\S*\d{4}/.test(label)).join(' | ')}`);
    },
  },
  {
    name: 'clicking a quote opens the article with exactly its words selected',
    async run(t) {
      await row(t, QUOTE_ROW).click();
      await t.page.locator('.tabs-container .tab.active', { hasText: 'caracas-bogota-2022' }).waitFor({ timeout: 15_000 });
      // The status bar reports the selection of the article view: the quote is 59 characters on line 6.
      const selection = t.page.locator('[id="status.editor.selection"]');
      await selection.filter({ hasText: '(59 selected)' }).waitFor({ timeout: 10_000 });
      const status = await selection.innerText();
      if (!/Ln 6, Col 151/.test(status)) throw new Error(`status bar selection: ${status}`);
      const language = await t.page.locator('[id="status.editor.mode"]').innerText();
      if (!/Sourcebook Article/.test(language)) throw new Error(`language: ${language}`);
      t.note(`selection: ${status.replace(/\s+/g, ' ')}; language: ${language}`);
    },
  },
  {
    name: 'the article view colours quotations and cannot be edited',
    async run(t) {
      const article = t.page.locator('.part.editor .view-lines', { hasText: 'told reporters' }).first();
      const colours = await article.evaluate((root: any) => {
        const classOf = (words: string) => [...root.querySelectorAll('span span')].find((s: any) => s.textContent.includes(words))?.className;
        // Rendered text uses no-break spaces: look for single words.
        return { quote: classOf('months'), prose: classOf('reporters') };
      });
      if (!colours.quote || colours.quote === colours.prose) throw new Error(`quotation not coloured apart: ${JSON.stringify(colours)}`);
      await article.click();
      await t.page.keyboard.type('x');
      await t.page.locator('.monaco-editor-overlaymessage', { hasText: /read-only/i }).waitFor({ timeout: 5000 });
      if (await t.page.locator('.tabs-container .tab.active.dirty').count()) throw new Error('the article view became dirty');
      t.note(`quote class "${colours.quote}", prose class "${colours.prose}"`);
    },
  },
  {
    name: 'a quote row selected again leaves the article at the quote, with the editor focused',
    async run(t) {
      await row(t, QUOTE_ROW).click();
      await t.page.locator('[id="status.editor.selection"]', { hasText: '(59 selected)' }).waitFor({ timeout: 10_000 });
      // Hand the keyboard back to the editor (its selection stays) for the steps that follow.
      await t.page.keyboard.press('Control+1');
      await t.page.mouse.move(700, 450);
    },
  },
];
