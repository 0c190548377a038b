// The hover card as a writer reads it, composed from the real sample dossier
// (and from a hostile one): what it says, in what order, what it leaves out
// when a part is switched off, and that dossier text can never become
// Markdown, HTML or a command link of its own.
import * as assert from 'assert';
import { parseDossier } from '../../src/core/dossier/parse';
import { Library } from '../../src/core/library';
import { actorCard, CARD_COMMANDS, CardOptions } from '../../src/core/hover/card';
import { escapeText, shorten } from '../../src/core/hover/markdown';
import { cardStrings } from '../../src/core/hover/strings';
import { ACTOR_KINDS, ActorKind } from '../../src/core/model';
import { eventDateLabel, formatPartialDate } from '../../src/core/views/dates';
import { renderMarkdown, linkTargets } from '../renderedMarkdown';
import { ROOT, sampleLibrary } from './helpers';
import { readFileSync } from 'fs';
import { join } from 'path';

const strings = cardStrings({ t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) });

function options(overrides: Partial<CardOptions> = {}): CardOptions {
  return { show: { role: true, articles: true, quotes: true, events: true, commands: true }, maxQuotes: 3, maxEvents: 5, locale: 'en', strings, ...overrides };
}

function cardOf(library: Library, key: string, overrides?: Partial<CardOptions>): string {
  const actor = library.actorByKey(key);
  assert.ok(actor, `no actor ${key}`);
  return actorCard(library, actor, options(overrides));
}

/** The links a Markdown renderer makes of the card: command ids for command links (an escaped "\]" is no link). */
const linkedCommands = linkTargets;

const arg = (value: object) => encodeURIComponent(JSON.stringify([value]));

describe('hover card', () => {
  const library = sampleLibrary();

  it('shows who Petro is, what he said and when things happened, with links to act on it', () => {
    assert.strictEqual(cardOf(library, 'petro'), [
      '$(person) **Gustavo Petro** · *person*  \nPresident of Colombia (took office 7 August 2022), left\\-wing',
      '$(file-text) *Caracas takes steps to restore military relations with Bogota* — Aug 9, 2022 (inferred)',
      '**Quotes**\n\n' +
        '- “normalization process” — told reporters, Aug 9, 2022\n' +
        '- “in two months we may have settled the most important issues” — told reporters, Aug 9, 2022\n' +
        '- “As long as relations are not normalized, there will be no ambassadors,” — nuanced, Aug 9, 2022',
      '**Events**\n\n' +
        '- **c\\. 2022** — Gustavo Petro is elected President of Colombia\n' +
        '- **Aug 7, 2022** — Petro takes office; the two countries agree to restore relations at ambassadorial level\n' +
        '- **c\\. Aug 9, 2022** — Petro calls the contacts a normalization process and denies an imminent meeting with Maduro',
      '---',
      `[$(quote) Insert quote](command:sourcebook.insertQuote?${arg({ speakerKey: 'petro' })} "Insert a quote by this speaker, with its citation")` +
        ` · [$(go-to-file) Reveal in article](command:sourcebook.revealInArticle?${arg({ actorKey: 'petro' })} "Show where this actor is named in the article")` +
        ` · [$(list-tree) Show in sidebar](command:sourcebook.showInTree?${arg({ actorKey: 'petro' })} "Show this actor in the Sourcebook Actors view")`,
    ].join('\n\n'));
  });

  it('marks each kind with the icon the sidebar trees use, and dates with their words', () => {
    const firstOf = (kind: ActorKind) => library.actors.find((actor) => actor.kind === kind)!.key;
    // The Actors tree's kind icons, as the tree integration test reads them from VS Code.
    assert.deepStrictEqual(ACTOR_KINDS.map((kind) => /^\$\(([a-z-]+)\)/.exec(cardOf(library, firstOf(kind)))?.[1]), ['person', 'briefcase', 'organization', 'location']);
    // An approximate year reads as the Events tree's row does ("c. 2022 · …"), escaped as Markdown.
    assert.strictEqual(eventDateLabel('2022', true, strings), 'c. 2022');
    assert.ok(cardOf(library, 'petro').includes(`- **${escapeText(eventDateLabel('2022', true, strings))}** — Gustavo Petro is elected`));
  });

  it('spells the name as the dossier does, accents included', () => {
    assert.ok(cardOf(library, 'padrino-lopez').startsWith('$(person) **Vladimir Padrino López** · *person*'));
    assert.ok(cardOf(library, 'colombia').startsWith('$(location) **Colombia** · *place*'));
    assert.ok(cardOf(library, 'venezuelan-defence-ministry').startsWith('$(briefcase) **Venezuelan Ministry of Defence** · *organization*'));
  });

  it('shows three quotes and counts the rest, speech before terms', () => {
    const card = cardOf(library, 'padrino-lopez');
    const quoteLines = card.split('**Quotes**\n\n')[1].split('\n\n')[0].split('\n');
    assert.deepStrictEqual(quoteLines.map((line) => line.slice(0, 40)), [
      '- “I have received instructions” — said,',
      '- “to immediately establish contact with',
      '- “We have to start working\\. This does ',
      '- *1 more quote*',
    ]);
    assert.ok(!card.includes('military relations” —'), 'the fourth quote (a term) is counted, not shown');
    assert.strictEqual(cardOf(library, 'padrino-lopez', { maxQuotes: 4 }).includes('- “military relations” — Aug 9, 2022'), true);
  });

  it('lists events in timeline order and counts those past the limit', () => {
    const card = cardOf(library, 'colombia', { maxEvents: 2 });
    const events = card.split('**Events**\n\n')[1].split('\n\n')[0].split('\n');
    assert.deepStrictEqual(events, [
      '- **2019** — Venezuela and Colombia break off diplomatic relations',
      '- **October 2021** — The fully closed border is relaxed',
      '- *2 more events*',
    ]);
  });

  it('leaves out a part when its setting is off, and only that part', () => {
    const on = cardOf(library, 'petro');
    const off = (part: keyof CardOptions['show']) => cardOf(library, 'petro', { show: { ...options().show, [part]: false } });
    const parts: Array<[keyof CardOptions['show'], string]> = [['role', 'took office 7 August 2022'], ['articles', '$(file-text)'], ['quotes', '**Quotes**'], ['events', '**Events**'], ['commands', '---']];
    for (const [part, text] of parts) {
      assert.ok(on.includes(text), `with every part on, the card has ${text}`);
      assert.ok(!off(part).includes(text), `${part} off: no ${text}`);
      for (const [other, otherText] of parts) if (other !== part) assert.ok(off(part).includes(otherText), `${part} off keeps ${otherText}`);
    }
    assert.deepStrictEqual(linkedCommands(on), ['sourcebook.insertQuote', 'sourcebook.revealInArticle', 'sourcebook.showInTree']);
    assert.deepStrictEqual(linkedCommands(off('commands')), []);
  });

  it('offers "insert a quote" only for someone with quotes, and "reveal" only with an article text', () => {
    assert.deepStrictEqual(linkedCommands(cardOf(library, 'apure')), ['sourcebook.revealInArticle', 'sourcebook.showInTree']);
    const inline = parseDossier('sourcebook: 1\narticle: {id: a}\nactors:\n  - {id: x, kind: person, name: X}\nevents: []\nquotes: []\n');
    const noText = new Library([{ source: 'mem:a', dossier: inline.dossier! }]);
    assert.deepStrictEqual(linkedCommands(cardOf(noText, 'x')), ['sourcebook.showInTree']);
    assert.strictEqual(cardOf(noText, 'x'), '$(person) **X** · *person*\n\n$(file-text) *a*\n\n---\n\n' +
      `[$(list-tree) Show in sidebar](command:sourcebook.showInTree?${arg({ actorKey: 'x' })} "Show this actor in the Sourcebook Actors view")`);
  });

  it('offers "insert a quote" only for someone with speech: terms alone do not count', () => {
    const terms = parseDossier('sourcebook: 1\narticle: {id: t}\nactors:\n  - {id: x, kind: person, name: X}\nevents: []\nquotes:\n  - {id: q, kind: term, speaker: x, text: a word}\n');
    assert.deepStrictEqual(terms.problems, []);
    const library2 = new Library([{ source: 'mem:t', dossier: terms.dossier! }]);
    assert.deepStrictEqual(linkedCommands(cardOf(library2, 'x')), ['sourcebook.showInTree']);
  });

  it('names each quote’s article when the actor appears in several', () => {
    const second = parseDossier([
      'sourcebook: 1',
      'article: {id: later, title: A later article, outlet: Wire, published: 2023-01-05}',
      'actors:',
      '  - {id: gp, kind: person, name: Gustavo Petro, aliases: [Petro]}',
      'events: []',
      'quotes:',
      '  - {id: q1, kind: speech, speaker: gp, text: Peace is possible, attribution: said}',
    ].join('\n'));
    assert.deepStrictEqual(second.problems, []);
    const library2 = new Library([...sampleLibrary().dossiers, { source: 'mem:later', dossier: second.dossier! }]);
    const card = cardOf(library2, 'petro');
    assert.ok(card.includes('$(file-text) *A later article* — Wire, Jan 5, 2023  \n$(file-text) *Caracas takes steps'), card);
    assert.ok(card.includes('- “Peace is possible” — said, Jan 5, 2023, *A later article*\n'), 'the newest quote comes first');
  });
});

describe('hover card with hostile dossier text', () => {
  const hostile = parseDossier([
    'sourcebook: 1',
    'article: {id: evil, title: "**bold** <b>title</b>"}',
    'actors:',
    '  - id: mallory',
    '    kind: person',
    '    name: "Mallory](command:workbench.action.terminal.new)"',
    '    role: "[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> $(zap) &lt; # not a heading"',
    'events:',
    '  - {id: e, date: "2020", title: "<script>alert(1)</script> | table |", actors: [mallory]}',
    'quotes:',
    '  - id: q',
    '    kind: speech',
    '    speaker: mallory',
    '    text: "Click [here](command:sourcebook.refresh) or ![img](http://x/y.png) `code` _em_"',
    '    attribution: "said\\n\\n# Heading"',
  ].join('\n'));
  const library = new Library([{ source: 'mem:evil', dossier: hostile.dossier! }]);
  const card = actorCard(library, library.actors[0], options());

  it('parses (the test data is a valid dossier)', () => {
    assert.deepStrictEqual(hostile.problems, []);
  });

  it('links only to Sourcebook’s own card commands', () => {
    assert.deepStrictEqual(linkedCommands(card), ['sourcebook.insertQuote', 'sourcebook.showInTree']);
    for (const command of linkedCommands(card)) assert.ok((CARD_COMMANDS as readonly string[]).includes(command));
  });

  it('renders no image, no raw HTML and no heading, and only its own links', () => {
    const rendered = renderMarkdown(card);
    assert.deepStrictEqual(rendered.images, []);
    assert.deepStrictEqual(rendered.html, []);
    assert.deepStrictEqual(rendered.headings, []);
    assert.ok(rendered.links.every((href) => href.startsWith('command:sourcebook.')), rendered.links.join(', '));
    assert.ok(!/<(img|script|b)\b/i.test(rendered.rendered), rendered.rendered);
  });

  it('(the same checks find the link, image, HTML and heading in the hostile text left unescaped)', () => {
    const raw = renderMarkdown('[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ![img](http://x/y.png)\n\n# Heading');
    assert.deepStrictEqual(raw.links, ['command:workbench.action.terminal.new']);
    assert.deepStrictEqual(raw.images, ['http://x/y.png']);
    assert.deepStrictEqual(raw.html, ['<img src=x onerror=alert(1)>']);
    assert.deepStrictEqual(raw.headings, ['Heading']);
  });

  it('renders the hostile text as the characters it is', () => {
    const { rendered } = renderMarkdown(card);
    assert.ok(rendered.includes('[x](command:workbench.action.terminal.new) &lt;img src=x onerror=alert(1)&gt; $(zap) &amp;lt; # not a heading'), rendered);
    assert.ok(rendered.includes('<strong>Mallory](command:workbench.action.terminal.new)</strong>'), rendered);
    assert.ok(rendered.includes('“Click [here](command:sourcebook.refresh) or ![img](http://x/y.png) `code` _em_” — said # Heading'), rendered);
    assert.ok(rendered.includes('&lt;script&gt;alert(1)&lt;/script&gt; | table |'), rendered);
    assert.ok(rendered.includes('<em>**bold** &lt;b&gt;title&lt;/b&gt;</em>'), rendered);
  });

  it('escapes HTML, links, images, icons and headings in the Markdown source', () => {
    assert.ok(card.includes('\\[x\\](command:workbench\\.action\\.terminal\\.new) \\<img src=x onerror=alert(1)\\> \\$(zap) \\&lt; \\# not a heading'), card);
    assert.ok(card.includes('**Mallory\\](command:workbench\\.action\\.terminal\\.new)**'));
    assert.ok(card.includes('“Click \\[here\\](command:sourcebook\\.refresh) or \\!\\[img\\](http\\://x/y\\.png) \\`code\\` \\_em\\_” — said \\# Heading'));
    assert.ok(card.includes('\\<script\\>alert(1)\\</script\\> \\| table \\|'));
    assert.ok(card.includes('*\\*\\*bold\\*\\* \\<b\\>title\\</b\\>*'));
  });
});

describe('escapeText', () => {
  it('backslash-escapes Markdown syntax and icons, and keeps ordinary text', () => {
    assert.strictEqual(escapeText('Padrino López, "a general"'), 'Padrino López, "a general"');
    assert.strictEqual(escapeText('*a* _b_ `c` [d](e) <f> #g |h| ~i~ &j; 1. k! $(zap)'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\|h\\| \\~i\\~ \\&j; 1\\. k\\! \\$(zap)');
    assert.strictEqual(escapeText('back\\slash'), 'back\\\\slash');
  });

  it('breaks bare URLs, so the renderer does not autolink dossier text', () => {
    assert.strictEqual(escapeText('see https://evil.example/x and ftp://host/f'), 'see https\\://evil\\.example/x and ftp\\://host/f');
    assert.doesNotMatch(escapeText('www.evil.example user@evil.example'), /www\.|@evil\.example/);
  });

  it('turns line breaks into spaces, so a dossier cannot start a block', () => {
    assert.strictEqual(escapeText('  one\n\n- two\r\n  three  '), 'one \\- two three');
  });
});

describe('shorten', () => {
  it('cuts long text at a word and marks the cut', () => {
    assert.strictEqual(shorten('We have to start working, slowly', 22), 'We have to start…');
    assert.strictEqual(shorten('short', 22), 'short');
  });
});

describe('formatPartialDate', () => {
  it('shows the precision the dossier has, in the reader’s language', () => {
    assert.strictEqual(formatPartialDate('2022', 'en', strings), '2022');
    assert.strictEqual(formatPartialDate('2021-03', 'en', strings), 'March 2021');
    assert.strictEqual(formatPartialDate('2022-08-09', 'en', strings), 'Aug 9, 2022');
    assert.strictEqual(formatPartialDate('2022-08-09', 'de', strings), '9. Aug. 2022');
    assert.strictEqual(formatPartialDate('2022', 'en', strings, true), 'c. 2022');
    assert.strictEqual(formatPartialDate(undefined, 'en', strings), 'Undated');
    assert.strictEqual(formatPartialDate('2022-08-09', 'not a locale!', strings), 'Aug 9, 2022');
  });
});

describe('hover card: review marks', () => {
  it('marks a quote whose speaker nobody has checked, and only that one', () => {
    const text = readFileSync(join(ROOT, 'data', 'dossier.yaml'), 'utf8').replace('    text: normalization process\n', '    text: normalization process\n    confidence: 0.5\n');
    const loaded = { source: 'review', dossier: parseDossier(text).dossier!, articleText: readFileSync(join(ROOT, 'data', 'article.txt'), 'utf8') };
    const card = cardOf(new Library([loaded]), 'petro');
    const lines = card.split('\n').filter((line) => line.startsWith('- “'));
    assert.deepStrictEqual(lines.map((line) => line.endsWith('$(warning) *speaker not checked*')), [true, false, false]);
  });
});
