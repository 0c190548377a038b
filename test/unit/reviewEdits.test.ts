// Review corrections planned as minimal text edits: each test compares the
// whole YAML text after the edit with the text before it changed in exactly
// the expected lines, so comments, quoting and key order elsewhere are kept.
import * as assert from 'assert';
import { parseDossier } from '../../src/core/dossier/parse';
import { addActor, addAlias, addEvent, addQuote, applyEdits, changeSpeaker, EditPlan, markReviewed, mergeActors, referencesTo, removeItem } from '../../src/core/dossier/edits';
import { needsReview } from '../../src/core/model';
import { readRepoFile } from './helpers';

const SAMPLE = readRepoFile('data', 'dossier.yaml');
const EXTRACTED = readRepoFile('test', 'fixtures', 'extracted.dossier.yaml');

/** `text` with the one occurrence of `from` replaced by `to` (fails if it is not there exactly once). */
function replacedOnce(text: string, from: string, to: string): string {
  assert.strictEqual(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)}`);
  return text.replace(from, () => to);
}

function applied(plan: EditPlan, before: string): string {
  assert.ok(plan.ok, plan.ok ? '' : plan.message);
  assert.strictEqual(applyEdits(before, plan.edits), plan.text, 'the edits give the planned text');
  assert.ok(parseDossier(plan.text).dossier, 'the result is a valid dossier');
  return plan.text;
}

function comments(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*#/.test(line) || / #\s/.test(line));
}

function refused(plan: EditPlan, pattern: RegExp): void {
  assert.ok(!plan.ok, 'the request is refused');
  assert.match(plan.message, pattern);
}

describe('review edits: minimal changes to dossier YAML', () => {
  describe('addQuote', () => {
    it('appends a quote with its anchor to the sample, after the last quote', () => {
      const plan = addQuote(SAMPLE, { kind: 'speech', speaker: 'petro', text: 'normalization process', anchor: { exact: 'normalization process', prefix: 'what he called a “', suffix: '”, Mr Petro' } });
      const after = applied(plan, SAMPLE);
      const added = '  - id: petro-normalization-process-2\n    kind: speech\n    speaker: petro\n    text: normalization process\n    anchor: {exact: normalization process, prefix: "what he called a “", suffix: "”, Mr Petro"}\n';
      assert.strictEqual(after, SAMPLE + added);
      assert.deepStrictEqual(comments(after), comments(SAMPLE));
      assert.strictEqual(plan.ok && plan.id, 'petro-normalization-process-2');
    });

    it('appends to an extracted dossier, quoting what YAML would misread', () => {
      const words = 'We have: "great caution" # really';
      const after = applied(addQuote(EXTRACTED, { kind: 'term', speaker: null, text: words }), EXTRACTED);
      assert.strictEqual(after, EXTRACTED + `  - id: term-we-have-great-caution\n    kind: term\n    speaker: null\n    text: ${JSON.stringify(words)}\n`);
      assert.strictEqual(parseDossier(after).dossier!.quotes.at(-1)!.text, words);
    });

    it('turns an empty list into a block list, and adds a missing one at the end', () => {
      const base = 'sourcebook: 1\narticle: {id: a, text: "x y"}\nactors:\n  - {id: p, kind: person, name: P}\nquotes: []  # none yet\n';
      assert.strictEqual(
        applied(addQuote(base, { kind: 'speech', speaker: 'p', text: 'x' }), base),
        'sourcebook: 1\narticle: {id: a, text: "x y"}\nactors:\n  - {id: p, kind: person, name: P}\nquotes:  # none yet\n  - id: p-x\n    kind: speech\n    speaker: p\n    text: x\n',
      );
      const bare = 'sourcebook: 1\narticle: {id: a, text: "x y"}\n';
      assert.strictEqual(applied(addQuote(bare, { kind: 'term', speaker: null, text: 'y' }), bare), `${bare}quotes:\n  - id: term-y\n    kind: term\n    speaker: null\n    text: y\n`);
    });

    it('keeps CRLF line breaks', () => {
      const crlf = SAMPLE.replace(/\n/g, '\r\n');
      const after = applied(addQuote(crlf, { kind: 'term', speaker: null, text: 'trochas' }), crlf);
      assert.strictEqual(after, crlf + '  - id: term-trochas-2\r\n    kind: term\r\n    speaker: null\r\n    text: trochas\r\n');
    });

    it('refuses an empty selection, an unknown speaker, and a dossier with problems', () => {
      refused(addQuote(SAMPLE, { kind: 'speech', speaker: 'petro', text: '  ' }), /selection is empty/);
      refused(addQuote(SAMPLE, { kind: 'speech', speaker: 'nobody', text: 'words' }), /No actor of this dossier has the id "nobody"/);
      refused(addQuote('sourcebook: 1\nactors: 3\n', { kind: 'speech', speaker: null, text: 'words' }), /has problems/);
    });
  });

  describe('addAlias and addActor', () => {
    it('adds an alias to a flow list in place and to a block list as a new line', () => {
      assert.strictEqual(
        applied(addAlias(SAMPLE, 'duque', 'President Duque'), SAMPLE),
        replacedOnce(SAMPLE, 'aliases: [Ivan Duque, Duque]', 'aliases: [Ivan Duque, Duque, President Duque]'),
      );
      assert.strictEqual(
        applied(addAlias(EXTRACTED, 'colombia', 'Bogotá'), EXTRACTED),
        replacedOnce(EXTRACTED, '      - Bogota\n      - Colombian\n', '      - Bogota\n      - Colombian\n      - Bogotá\n'),
      );
    });

    it('adds aliases to an actor without any, and refuses a name it already has', () => {
      assert.strictEqual(
        applied(addAlias(SAMPLE, 'caracas', 'the capital'), SAMPLE),
        replacedOnce(SAMPLE, '    role: capital of Venezuela, the dateline\n', '    role: capital of Venezuela, the dateline\n    aliases: [the capital]\n'),
      );
      refused(addAlias(SAMPLE, 'petro', 'Mr Petro'), /already has that name/);
      refused(addAlias(SAMPLE, 'nobody', 'x'), /No actor/);
    });

    it('adds an actor after the last one and refuses a name the dossier has', () => {
      const plan = addActor(SAMPLE, { kind: 'organization', name: 'Twitter', role: 'where the ministry posted' });
      assert.strictEqual(
        applied(plan, SAMPLE),
        replacedOnce(SAMPLE, 'smugglers of contraband goods]\n', 'smugglers of contraband goods]\n  - id: twitter\n    kind: organization\n    name: Twitter\n    role: where the ministry posted\n'),
      );
      refused(addActor(SAMPLE, { kind: 'person', name: 'padrino lopez' }), /already has that name, as actor "padrino-lopez"/);
      refused(addActor(SAMPLE, { kind: 'robot' as never, name: 'R2' }), /kind/);
    });
  });

  describe('addEvent', () => {
    it('appends an event with a quoted year and its passage', () => {
      const after = applied(addEvent(SAMPLE, { title: 'Border closed', date: '2015', approximate: true, anchor: { exact: 'closed in 2015' } }), SAMPLE);
      assert.strictEqual(
        after,
        replacedOnce(SAMPLE, '    anchor: {exact: Mr Petro told reporters}\n', '    anchor: {exact: Mr Petro told reporters}\n  - id: border-closed\n    date: "2015"\n    approximate: true\n    title: Border closed\n    actors: []\n    anchor: {exact: closed in 2015}\n'),
      );
      assert.strictEqual(parseDossier(after).dossier!.events.at(-1)!.date, '2015');
    });

    it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
      refused(addEvent(SAMPLE, { title: 'x', date: '2022-02-30' }), /YYYY-MM-DD/);
      refused(addEvent(SAMPLE, { title: ' ' }), /title/);
    });
  });

  describe('changeSpeaker and markReviewed', () => {
    it('changes the speaker in place, or credits nobody', () => {
      const quote = '  - id: petro-two-months\n    kind: speech\n    speaker: petro\n';
      assert.strictEqual(applied(changeSpeaker(SAMPLE, 'petro-two-months', 'maduro'), SAMPLE), replacedOnce(SAMPLE, quote, quote.replace('speaker: petro', 'speaker: maduro')));
      assert.strictEqual(applied(changeSpeaker(SAMPLE, 'petro-two-months', null), SAMPLE), replacedOnce(SAMPLE, quote, quote.replace('speaker: petro', 'speaker: null')));
      refused(changeSpeaker(SAMPLE, 'petro-two-months', 'petro'), /already has that speaker/);
      refused(changeSpeaker(SAMPLE, 'no-such-quote', 'petro'), /No quote of this dossier has the id "no-such-quote"/);
      refused(changeSpeaker(SAMPLE, 'petro-two-months', 'ghost'), /No actor/);
    });

    it('marks one item reviewed after its last key, and a whole dossier\'s extracted items', () => {
      const before = '    aliases:\n      - Caracas\n      - Venezuelan\n    confidence: 0.55\n';
      const after = applied(markReviewed(EXTRACTED, 'actor', 'venezuela'), EXTRACTED);
      assert.strictEqual(after, replacedOnce(EXTRACTED, before, `${before}    reviewed: true\n`));
      assert.ok(!needsReview(parseDossier(after).dossier!.actors.find((a) => a.id === 'venezuela')!));
      refused(markReviewed(after, 'actor', 'venezuela'), /already marked reviewed/);

      const all = applied(markReviewed(EXTRACTED, 'dossier'), EXTRACTED);
      const dossier = parseDossier(all).dossier!;
      assert.ok([...dossier.actors, ...dossier.events, ...dossier.quotes].every((item) => item.reviewed === true));
      assert.strictEqual(all.replace(/    reviewed: true\n/g, ''), EXTRACTED, 'only reviewed lines were added');
      refused(markReviewed(SAMPLE, 'dossier'), /already reviewed/);
    });
  });

  describe('removeItem', () => {
    it('removes a quote\'s lines and nothing else', () => {
      const quote = '  - id: petro-normalization-process\n    kind: speech\n    speaker: petro\n    text: normalization process\n    attribution: told reporters\n';
      assert.strictEqual(applied(removeItem(SAMPLE, 'quote', 'petro-normalization-process'), SAMPLE), replacedOnce(SAMPLE, quote, ''));
    });

    it('removes an actor with every reference: speakers become null, event lists shrink', () => {
      const sample = parseDossier(SAMPLE).dossier!;
      assert.deepStrictEqual(referencesTo(sample, 'petro'), { quotes: ['petro-normalization-process', 'petro-two-months', 'petro-no-ambassadors'], events: ['petro-elected', 'petro-takes-office', 'petro-normalization'] });
      let expected = replacedOnce(SAMPLE, '  - id: petro\n    kind: person\n    name: Gustavo Petro\n    aliases: [Mr Petro, Mr. Petro, Petro, the left-wing president]\n    role: President of Colombia (took office 7 August 2022), left-wing\n', '');
      expected = replacedOnce(expected, 'actors: [petro, colombia]', 'actors: [colombia]');
      expected = replacedOnce(expected, 'actors: [petro, venezuela, colombia]', 'actors: [venezuela, colombia]');
      expected = replacedOnce(expected, 'actors: [petro, maduro]', 'actors: [maduro]');
      expected = expected.replace(/speaker: petro\n/g, 'speaker: null\n');
      const after = applied(removeItem(SAMPLE, 'actor', 'petro'), SAMPLE);
      assert.strictEqual(after, expected);
      assert.deepStrictEqual(comments(after), comments(SAMPLE));
    });

    it('removes an actor from a block list of event actors in an extracted dossier', () => {
      const after = applied(removeItem(EXTRACTED, 'actor', 'gustavo-petro'), EXTRACTED);
      const dossier = parseDossier(after).dossier!;
      assert.ok(!dossier.actors.some((a) => a.id === 'gustavo-petro'));
      assert.ok(dossier.events.every((e) => !e.actors.includes('gustavo-petro')));
      assert.ok(!/gustavo-petro\b/.test(after.replace(/^ {2}- id: [^\n]*gustavo-petro[^\n]*$/gm, '')), 'no reference is left');
      assert.strictEqual(after.split('\n').length < EXTRACTED.split('\n').length, true);
      assert.deepStrictEqual(comments(after), comments(EXTRACTED));
      // Every line of the result is a line of the original, in order, apart from the rewritten speakers.
      const original = EXTRACTED.split('\n');
      let at = 0;
      for (const line of after.split('\n')) {
        if (line === '    speaker: null') continue;
        while (at < original.length && original[at] !== line) at++;
        assert.ok(at < original.length, `line not from the original: ${line}`);
        at++;
      }
    });

    it('leaves an empty list when the last item goes, and refuses unknown ids', () => {
      const one = 'sourcebook: 1\narticle: {id: a, text: "x"}\nquotes:\n  # the only one\n  - id: q\n    kind: term\n    speaker: null\n    text: x\n';
      assert.strictEqual(applied(removeItem(one, 'quote', 'q'), one), 'sourcebook: 1\narticle: {id: a, text: "x"}\nquotes: []\n');
      refused(removeItem(SAMPLE, 'event', 'nope'), /No event of this dossier has the id "nope"/);
    });
  });

  describe('mergeActors', () => {
    it('joins names as aliases, rewrites references and removes the merged actor', () => {
      const base = SAMPLE;
      let expected = replacedOnce(base, 'aliases: [Mr Petro, Mr. Petro, Petro, the left-wing president]', 'aliases: [Mr Petro, Mr. Petro, Petro, the left-wing president, Iván Duque, Ivan Duque, Duque]');
      expected = replacedOnce(expected, '  - id: duque\n    kind: person\n    name: Iván Duque\n    aliases: [Ivan Duque, Duque]\n    role: outgoing President of Colombia\n', '');
      expected = replacedOnce(expected, 'actors: [venezuela, colombia, duque, guaido]', 'actors: [venezuela, colombia, petro, guaido]');
      expected = replacedOnce(expected, 'speaker: duque\n', 'speaker: petro\n');
      assert.strictEqual(applied(mergeActors(base, 'petro', 'duque'), base), expected);
    });

    it('names the target once in an event that has both', () => {
      const after = applied(mergeActors(SAMPLE, 'maduro', 'petro'), SAMPLE);
      const dossier = parseDossier(after).dossier!;
      assert.deepStrictEqual(dossier.events.find((e) => e.id === 'petro-normalization')!.actors, ['maduro']);
      const sample = parseDossier(SAMPLE).dossier!;
      const credited = (d: typeof sample, id: string) => d.quotes.filter((q) => q.speaker === id).length;
      assert.strictEqual(credited(dossier, 'maduro'), credited(sample, 'maduro') + credited(sample, 'petro'));
      refused(mergeActors(SAMPLE, 'petro', 'petro'), /itself/);
      refused(mergeActors(SAMPLE, 'petro', 'ghost'), /No actor/);
    });

    it('merges in an extracted dossier with block lists', () => {
      const after = applied(mergeActors(EXTRACTED, 'venezuela', 'caracas'), EXTRACTED);
      const dossier = parseDossier(after).dossier!;
      assert.ok(!dossier.actors.some((a) => a.id === 'caracas'));
      assert.deepStrictEqual(dossier.actors.find((a) => a.id === 'venezuela')!.aliases, ['Caracas', 'Venezuelan']);
      assert.ok(dossier.events.every((e) => !e.actors.includes('caracas')));
      assert.deepStrictEqual(comments(after), comments(EXTRACTED));
    });
  });
});
