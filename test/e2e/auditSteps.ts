// End-to-end steps for the fact-check sheet and the Coverage view: the sample
// draft's sheet opens beside it (and renders as a Markdown preview), and the
// Coverage view lists whom the draft quotes. Screenshots of both are saved in
// test-results/ (docs/audit-sheet.png and docs/coverage-view.png come from them).
import * as path from 'path';
import type { E2E } from '../harness/run-e2e';
import { resultsDir } from '../harness/codeServer';

const CONTAINER = '[id="workbench.view.extension.sourcebook"]';

function pane(t: E2E, title: string) {
  return t.page.locator(`${CONTAINER} .pane`, { has: t.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) });
}

export const AUDIT_STEPS: Array<{ name: string; run(t: E2E): Promise<void> }> = [
  {
    name: 'Fact-Check Draft opens the sample draft\'s sheet beside it, rendered as a preview',
    async run(t) {
      await t.openFile('drafts/coverage-draft.md');
      await t.page.locator('.editor-instance .view-lines').first().click();
      await t.runCommand('Sourcebook: Fact-Check Draft');
      const reportTab = t.page.locator('.tabs-container .tab[data-resource-name="Fact-check of coverage-draft.md"]');
      await reportTab.waitFor({ timeout: 20_000 });
      await reportTab.click();
      await t.runCommand('Markdown: Open Preview to the Side');
      const preview = t.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await preview.locator('table td', { hasText: 'little by little' }).first().waitFor({ timeout: 30_000 });
      const rows = await preview.locator('table tr').allInnerTexts();
      if (!rows.some((r) => /verified/.test(r) && /normalization process/.test(r))) throw new Error(`sheet rows: ${rows.join(' | ')}`);
      t.note(`sheet: ${rows.length} table rows`);
      // The Markdown source is not what a reader wants beside the draft: the preview goes over it.
      await t.page.locator('.tabs-container .tab', { hasText: '[Preview] Fact-check of coverage-draft.md' }).click();
      await t.runCommand('View: Move Editor into Previous Group');
      await preview.locator('table td', { hasText: 'little by little' }).first().waitFor({ timeout: 10_000 });
      const revealLinks = await preview.locator('a[href^="command:sourcebook.revealInArticle"]').count();
      if (!revealLinks) throw new Error('no reveal link in the preview');
      await t.page.mouse.move(700, 60);
      await t.page.screenshot({ path: path.join(resultsDir, 'audit-sheet.png') });
    },
  },
  {
    name: 'the Coverage view lists the draft\'s speakers, with the balance in its description',
    async run(t) {
      await t.runCommand('View: Close All Editors');
      await t.openFile('drafts/coverage-draft.md');
      const coverage = pane(t, 'Coverage');
      const header = coverage.locator('.pane-header');
      await header.waitFor({ timeout: 15_000 });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      // Make room: collapse the other views.
      for (const other of ['Actors', 'Events', 'Quotes']) {
        const otherHeader = pane(t, other).locator('.pane-header');
        if ((await otherHeader.getAttribute('aria-expanded')) === 'true') await otherHeader.click();
      }
      await coverage.locator('.monaco-list-row', { hasText: 'Vladimir Padrino López' }).waitFor({ timeout: 20_000 });
      const rows = await t.treeRows('Coverage');
      if (!rows.includes('Gustavo Petro')) throw new Error(`Coverage rows: ${rows.join(' | ')}`);
      const description = await header.innerText();
      if (!/2 speakers; 60 % of quoted words from one/.test(description)) throw new Error(`Coverage header: ${description}`);
      t.note(`Coverage: ${rows.join(' | ')}; ${description.replace(/\s+/g, ' ')}`);
      await t.page.mouse.move(700, 60);
      await t.page.screenshot({ path: path.join(resultsDir, 'coverage-view.png') });
    },
  },
];
