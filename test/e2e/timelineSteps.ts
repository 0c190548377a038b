// End-to-end steps for the timeline, as a person uses it: with the sample and a
// second dossier, open "Sourcebook: Show Timeline", see the events of both
// articles in their lanes, rest on one for its card, click it and land on its
// passage. Saves test-results/timeline.png.
import * as fs from 'fs';
import * as path from 'path';
import { resultsDir } from '../harness/codeServer';
import type { E2E } from '../harness/run-e2e';

const SECOND = `sourcebook: 1
article: {id: e2e-second, title: Talks resume in Caracas, outlet: The Test Gazette, published: 2023-02-01, text: "On 3 January 2023 the talks resumed in Caracas. Later in January, both sides met again."}
actors:
  - {id: maduro, kind: person, name: Nicolás Maduro}
  - {id: petro, kind: person, name: Gustavo Petro}
events:
  - {id: talks-resume, date: 2023-01-03, title: Talks resume, actors: [maduro, petro], anchor: {exact: the talks resumed}}
  - {id: met-again, date: 2023-01, approximate: true, title: The sides meet again, actors: [maduro], anchor: {exact: both sides met again}}
`;

function webview(t: E2E) {
  return t.page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
}

export const TIMELINE_STEPS: Array<{ name: string; run(t: E2E): Promise<void> }> = [
  {
    name: 'Show Timeline draws the events of both articles on a time axis, in a lane each',
    async run(t) {
      const folder = path.join(t.workspace, 'e2e-timeline');
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'second.dossier.yaml'), SECOND);
      // The library picks the new dossier up from the file watcher; the timeline follows it.
      await t.runCommand('Sourcebook: Show Timeline');
      const view = webview(t);
      const lanes = view.locator('g.lane');
      await view.locator('g.event[aria-label^="Talks resume"]').waitFor({ timeout: 30_000 });
      const laneNames = await lanes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
      t.note(`lanes: ${laneNames.join(' | ')}`);
      if (!laneNames.includes('Caracas takes steps to restore military relations with Bogota') || !laneNames.includes('Talks resume in Caracas')) {
        throw new Error(`lanes: ${laneNames.join(' | ')}`);
      }
      const events = await view.locator('g.event').count();
      if (events < 9) throw new Error(`${events} events drawn; the two dossiers have nine dated events`);
      const approximate = await view.locator('g.event.approximate').count();
      const bands = await view.locator('g.event.month, g.event.year').count();
      t.note(`${events} events, ${bands} month or year bands, ${approximate} approximate`);
      if (approximate < 3 || bands < 5) throw new Error('partial or approximate dates are not drawn apart');
    },
  },
  {
    name: 'By actor puts the events in a lane per actor; resting on an event shows its card',
    async run(t) {
      const view = webview(t);
      await view.locator('#toolbar button', { hasText: 'By actor' }).click();
      await view.locator('g.lane[aria-label="Nicolás Maduro"]').waitFor({ timeout: 10_000 });
      await view.locator('g.lane[aria-label="Gustavo Petro"] g.event[aria-label^="Talks resume"]').waitFor();
      await view.locator('g.lane[aria-label="Nicolás Maduro"] g.event[aria-label^="Talks resume"]').hover();
      const card = view.locator('#card');
      await card.waitFor({ state: 'visible', timeout: 5000 });
      const text = await card.innerText();
      t.note(`card: ${text.replace(/\s+/g, ' ')}`);
      for (const expected of ['Talks resume', '2023-01-03', 'Nicolás Maduro', 'Talks resume in Caracas']) {
        if (!text.includes(expected)) throw new Error(`the card lacks "${expected}": ${text}`);
      }
      await t.page.screenshot({ path: path.join(resultsDir, 'timeline.png') });
      t.note('screenshot: test-results/timeline.png');
    },
  },
  {
    name: 'clicking an event opens its article with the passage selected',
    async run(t) {
      try {
        await webview(t).locator('g.lane[aria-label="Nicolás Maduro"] g.event[aria-label^="Talks resume"]').click();
        await t.page.locator('.tabs-container .tab.active', { hasText: 'e2e-second' }).waitFor({ timeout: 15_000 });
        await t.page.locator('[id="status.editor.selection"]', { hasText: '(17 selected)' }).waitFor({ timeout: 10_000 });
      } finally {
        fs.rmSync(path.join(t.workspace, 'e2e-timeline'), { recursive: true, force: true });
      }
    },
  },
];
