// html.msPerMB: reading saved news pages (parse, find the article, read the
// metadata), in milliseconds per megabyte of page, on the fixture pages and
// on one page padded to about 2 MB with the furniture real pages carry
// (comments, related links, scripts). Baseline in the same run: parsing the
// same pages into a DOM alone (linkedom), the floor any reader pays.
// html.hostile.ms: a 19.5 MB page of 100,000+ elements, read to its message.
import * as fs from 'fs';
import { parseHTML } from 'linkedom';
import { readHtmlPage } from '../src/core/article';
import { repoPath } from './corpus';
import { Figures, medianMs } from './figures';

export function run(): Figures {
  const folder = repoPath('test', 'fixtures', 'pages');
  const pages = fs.readdirSync(folder).filter((f) => f.endsWith('.html')).map((f) => fs.readFileSync(`${folder}/${f}`, 'utf8'));
  const furniture = '<li class="comment"><article class="comment-body"><p>A reader comment on the story, a sentence or two long, as comment threads have by the hundred.</p><a href="/reply">Reply</a></article></li><script>var slot = {"id":"ad-' + 'x'.repeat(120) + '"};</script>\n';
  const big = pages[0].replace('</main>', `<ol class="comment-list">${furniture.repeat(Math.floor((2 * 1048576) / furniture.length))}</ol></main>`);
  const all = [...pages, big];
  const megabytes = all.reduce((sum, page) => sum + page.length, 0) / 1048576;

  const readMs = medianMs(3, () => { for (const page of all) readHtmlPage(page); });
  const parseMs = medianMs(3, () => { for (const page of all) parseHTML(page); });

  const filler = '<div class="card"><a href="/x">Link</a><span>x</span></div>\n';
  const hostile = `<html><body><article><p>${'Words of the article. '.repeat(40)}</p></article>${filler.repeat(Math.floor((19.5 * 1048576) / filler.length))}</body></html>`;
  const hostileMs = medianMs(1, () => readHtmlPage(hostile));

  return {
    'html.msPerMB': { value: readMs / megabytes, unit: 'ms/MB', baseline: parseMs / megabytes, baselineLabel: 'linkedom parse only', better: 'lower' },
    'html.hostile.ms': { value: hostileMs, unit: 'ms', better: 'lower', target: 'a message, bounded' },
  };
}
