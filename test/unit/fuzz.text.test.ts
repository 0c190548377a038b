// Property tests of the text machinery a writer relies on: anchors find their
// passage again after edits elsewhere, the name index finds every name where
// it was written, and the extraction engine, fed anything, answers with a
// dossier whose quotes are the article's own words.
import * as assert from 'assert';
import fc from 'fast-check';
import { createAnchor, resolveAnchor } from '../../src/core/anchor';
import { checkAgainstArticle } from '../../src/core/dossier/checkArticle';
import { parseDossier } from '../../src/core/dossier/parse';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { extractDossier } from '../../src/core/extract';
import { NameIndex } from '../../src/core/nameIndex';
import { applyDamage, hostileText } from '../fuzz/arbitraries';
import { holds } from '../fuzz/budget';
import { readRepoFile } from './helpers';

/** Text over a small alphabet, so passages repeat and anchors must choose. */
const repetitiveText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é'), minLength: 1, maxLength: 120 });

describe('anchors under fuzzing', () => {
  const passageAndEdit = repetitiveText.chain((text) => fc.record({
    text: fc.constant(text),
    start: fc.nat(text.length - 1),
    length: fc.integer({ min: 1, max: 12 }),
    editAt: fc.nat(),
    removed: fc.nat(6),
    inserted: fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'x'), maxLength: 8 }),
  }));

  it('find a passage at the same place after any edit that follows it', () => {
    holds('anchors: edit after the passage', fc.property(passageAndEdit, ({ text, start, length, editAt, removed, inserted }) => {
      const end = Math.min(text.length, start + length);
      const anchor = createAnchor(text, start, end);
      const contextEnd = Math.min(text.length, end + (anchor.suffix?.length ?? 0));
      const at = contextEnd + (editAt % (text.length - contextEnd + 1));
      const edited = text.slice(0, at) + inserted + text.slice(at + removed);
      assert.deepStrictEqual(resolveAnchor(edited, anchor), { start, end });
    }), 300);
  });

  it('follow a passage moved by an edit before it, whenever its words and context occur once', () => {
    holds('anchors: edit before the passage', fc.property(passageAndEdit, ({ text, start, length, editAt, removed, inserted }) => {
      const end = Math.min(text.length, start + length);
      const anchor = createAnchor(text, start, end);
      const contextStart = start - (anchor.prefix?.length ?? 0);
      const at = editAt % (contextStart + 1);
      const cut = Math.min(removed, contextStart - at);
      const edited = text.slice(0, at) + inserted + text.slice(at + cut);
      const shift = inserted.length - cut;
      const passage = anchor.prefix! + anchor.exact + anchor.suffix!;
      fc.pre(edited.indexOf(passage) === edited.lastIndexOf(passage));
      assert.deepStrictEqual(resolveAnchor(edited, anchor), { start: start + shift, end: end + shift });
    }), 300);
  });
});

describe('name index under fuzzing', () => {
  // Name words are capitalised and at least four letters; filler words are
  // short, lower-case and not titles, so a name can only match where inserted.
  const nameWord = fc.stringMatching(/^[A-ZÁÉÑ][a-záéíóúñ]{3,8}$/);
  const name = fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
  const filler = fc.array(fc.constantFrom('the', 'and', 'of', 'on', 'a', 'to', 'in', 'by', 'it', 'was'), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(' '));
  const separator = fc.constantFrom(' ', ', ', '\n', ' (', ') ', ' — ', '; ', '\r\n');
  const spelling = fc.constantFrom('as written', 'upper', 'lower', 'unaccented', 'possessive');

  function spell(form: string, how: string): { written: string; nameLength: number } {
    switch (how) {
      case 'upper': return { written: form.toUpperCase(), nameLength: form.length };
      case 'lower': return { written: form.toLowerCase(), nameLength: form.length };
      case 'unaccented': return { written: form.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), nameLength: form.length };
      case 'possessive': return { written: `${form}'s`, nameLength: form.length };
      default: return { written: form, nameLength: form.length };
    }
  }

  it('finds every inserted name or alias at its offset, however it is cased or accented', () => {
    const scenario = fc.record({
      names: fc.uniqueArray(name, { minLength: 1, maxLength: 6, selector: (n) => n.toLowerCase() }),
      writes: fc.array(fc.record({ pick: fc.nat(), how: spelling, before: filler, sep1: separator, sep2: separator }), { minLength: 1, maxLength: 8 }),
      tail: filler,
    });
    holds('name index: inserted names found', fc.property(scenario, ({ names, writes, tail }) => {
      const index = new NameIndex<number>();
      names.forEach((n, i) => index.add(n, i));
      let text = '';
      const expected: { start: number; end: number; target: number }[] = [];
      for (const write of writes) {
        const target = write.pick % names.length;
        const { written, nameLength } = spell(names[target], write.how);
        text += write.before + write.sep1;
        expected.push({ start: text.length, end: text.length + nameLength, target });
        text += written + write.sep2;
      }
      text += tail;
      const found = index.findAll(text);
      for (const e of expected) {
        const match = found.find((m) => m.start === e.start);
        assert.ok(match, `"${text.slice(e.start, e.end)}" found at ${e.start} in ${JSON.stringify(text)}`);
        assert.ok(match.end >= e.end && match.targets.includes(e.target), `match ${match.start}-${match.end} covers the name and names its actor`);
        const middle = e.start + ((e.end - e.start) >> 1);
        assert.deepStrictEqual(index.findAt(text, middle)?.start, e.start, 'findAt agrees with findAll');
      }
    }), 300);
  });

  it('never throws on any text, and reports matches inside it in order', () => {
    const index = new NameIndex<string>();
    for (const form of ['Gustavo Petro', 'Petro', 'Mr. Petro', 'Padrino López', 'Bogotá', 'Ñ', '😀 Emoji']) index.add(form, form);
    holds('name index: any text', fc.property(hostileText(300), fc.nat(), (text, offset) => {
      const matches = index.findAll(text);
      let last = 0;
      for (const m of matches) {
        assert.ok(m.start >= last && m.start < m.end && m.end <= text.length);
        last = m.end;
      }
      index.findAt(text, offset % (text.length + 1));
    }), 300);
  });
});

describe('extraction engine under fuzzing', () => {
  const article = readRepoFile('data', 'article.txt');

  /** What a writer is promised of any extraction: the article's own words, and a dossier Sourcebook accepts. */
  function assertSoundExtraction(text: string): void {
    const { dossier, quotes } = extractDossier(text);
    for (const quote of quotes) {
      for (const part of quote.parts) assert.ok(part.start >= 0 && part.start <= part.end && part.end <= text.length, 'quote parts lie inside the article');
      assert.strictEqual(quote.parts.map((p) => text.slice(p.start, p.end)).join(' '), quote.text, 'the quote is the article\'s words, verbatim');
    }
    for (const quote of dossier.quotes) {
      const range = resolveAnchor(text, quote.anchor!);
      assert.ok(range, `the anchor of ${quote.id} is found in the article`);
      assert.strictEqual(text.slice(range.start, range.end), quote.anchor!.exact);
    }
    const written = serializeDossier(dossier);
    const parsed = parseDossier(written);
    assert.deepStrictEqual(parsed.problems.filter((p) => p.severity === 'error'), [], 'the extracted dossier is valid');
    assert.deepStrictEqual(parsed.dossier, dossier, 'and reads back the same');
    const articleErrors = checkAgainstArticle(written, parsed, parsed.dossier!, text).filter((p) => p.severity === 'error');
    assert.deepStrictEqual(articleErrors.map((p) => p.message), [], 'and agrees with its article');
  }

  it('answers any text with a sound dossier', () => {
    holds('extract: any text', fc.property(hostileText(600), (text) => assertSoundExtraction(text)), 150);
  });

  it('answers damaged copies of a real article (spliced, cut, other line endings) with a sound dossier', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostileText(8) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(200) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(400) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const) }),
    );
    holds('extract: damaged article', fc.property(fc.array(damage, { minLength: 1, maxLength: 5 }), (damages) => {
      assertSoundExtraction(damages.reduce(applyDamage, article));
    }), 40);
  });
});
