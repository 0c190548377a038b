// Quote integrity, as a writer meets it: quotations of the sample article's
// speakers, exact or slightly wrong, in drafts.
import * as assert from 'assert';
import fc from 'fast-check';
import { checkDraft, DraftFinding } from '../../src/core/checks/checkDraft';
import { MisattributionFinding, MisquoteFinding, TextEdit } from '../../src/core/checks/quoteIntegrity';
import { Library } from '../../src/core/library';
import { Dossier } from '../../src/core/model';
import { sampleLibrary } from './helpers';

const QUOTES_ONLY = { quotes: true, spelling: false, accents: false };
const NO_AMBASSADORS = 'As long as relations are not normalized, there will be no ambassadors';

function findings(library: Library, draft: string): DraftFinding[] {
  return checkDraft(draft, library, QUOTES_ONLY);
}

function misquotes(library: Library, draft: string): MisquoteFinding[] {
  return findings(library, draft).filter((f): f is MisquoteFinding => f.kind === 'misquote');
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/** The draft after the finding's quick fix, and the quoted passage in it. */
function fixed(draft: string, finding: MisquoteFinding): string {
  const after = applyEdits(draft, finding.fix);
  const growth = after.length - draft.length;
  return after.slice(finding.start, finding.end + growth);
}

describe('quote integrity', () => {
  const library = sampleLibrary();

  describe('passes honest quotations silently', () => {
    const honest: Record<string, string> = {
      'an exact quote in curly marks': `Mr. Petro said: “${NO_AMBASSADORS},” to reporters.`,
      'straight marks': `Petro said "${NO_AMBASSADORS}."`,
      'LaTeX marks': `Petro said \`\`${NO_AMBASSADORS}.''`,
      'guillemets': `Petro a dit : «${NO_AMBASSADORS}».`,
      'a lower-case start': `Petro said that “as long as relations are not normalized, there will be no ambassadors.”`,
      'part of a longer quote': 'Padrino López said “the changes will happen immediately” was not the point.',
      'an ellipsis marking an omission': 'He said: “We have to start working … for us to assume the new realities on the border with Colombia.”',
      'an editorial bracket': 'He said: “[Venezuela has] to start working. This does not mean that there will be a political change.”',
      "the source's own omission marks": 'He said: “We have to take it little by little […] with great caution, great tact.”',
      'a quotation nobody in the library said': 'The mayor said “the bridge will reopen before the end of the month” on Friday.',
      'a passage of fewer than four words': 'Petro spoke of a “normalisation process” with Caracas.',
    };
    for (const [what, draft] of Object.entries(honest)) {
      it(what, () => assert.deepStrictEqual(findings(library, draft).map((f) => f.kind), []));
    }
  });

  it('reports one changed word at the quoted passage, and its fix restores the exact words', () => {
    const draft = `Mr. Petro said: “As long as relations are not normalised, there will be no ambassadors.”`;
    const [finding, ...rest] = misquotes(library, draft);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(draft.slice(finding.start, finding.end), 'As long as relations are not normalised, there will be no ambassadors.');
    assert.strictEqual(finding.quote.quote.id, 'petro-no-ambassadors');
    assert.deepStrictEqual(finding.differences, [{ kind: 'changed', written: 'normalised', source: 'normalized', before: 'not' }]);
    assert.strictEqual(fixed(draft, finding), `${NO_AMBASSADORS}.`);
  });

  it('reports a clause left out without an ellipsis, and puts it back', () => {
    const draft = 'He said: “We have to start working. This does not mean that the changes will happen immediately.”';
    const [finding] = misquotes(library, draft);
    assert.deepStrictEqual(finding.differences.map((d) => d.kind), ['omitted']);
    assert.match(finding.differences[0].source, /there will be a political change and/);
    assert.strictEqual(fixed(draft, finding), 'We have to start working. This does not mean that there will be a political change and that the changes will happen immediately.');
  });

  it('reports added words and a dropped omission mark of the source', () => {
    const [added] = misquotes(library, 'Petro said “in two months we may have really settled the most important issues.”');
    assert.deepStrictEqual(added.differences, [{ kind: 'added', written: 'really', source: '', before: 'have' }]);
    const [dropped] = misquotes(library, 'He said: “We have to take it little by little with great caution, great tact.”');
    assert.deepStrictEqual(dropped.differences.map((d) => [d.kind, d.source]), [['omitted', '[…]']]);
  });

  it('leaves term quotes alone, however long', () => {
    const dossier: Dossier = {
      sourcebook: 1,
      article: { id: 'terms', title: 'Terms' },
      actors: [{ id: 'x', kind: 'person', name: 'Ana Ruiz', aliases: [] }],
      events: [],
      quotes: [{ id: 't', kind: 'term', speaker: 'x', text: 'a special military operation in the east' }],
    };
    const terms = new Library([{ source: 'terms', dossier }]);
    assert.deepStrictEqual(findings(terms, 'Ana Ruiz called it “a special military operations in the east”.'), []);
    const speech = new Library([{ source: 'speech', dossier: { ...dossier, quotes: [{ ...dossier.quotes[0], kind: 'speech' }] } }]);
    assert.ok(findings(speech, 'Ana Ruiz called it “a special military operations in the east”.').length > 0, 'the same words as speech are checked');
  });

  describe('attribution', () => {
    const attributions = (draft: string) => findings(library, draft).filter((f): f is MisattributionFinding => f.kind === 'misattribution');

    it('reports an exact quote credited to someone else in the same sentence', () => {
      const draft = `Maduro said: “${NO_AMBASSADORS}.”`;
      const [finding, ...rest] = attributions(draft);
      assert.strictEqual(rest.length, 0);
      assert.strictEqual(finding.quote.speaker?.name, 'Gustavo Petro');
      assert.deepStrictEqual(finding.named.map((a) => a.name), ['Nicolás Maduro']);
      assert.strictEqual(draft.slice(finding.start, finding.end), `${NO_AMBASSADORS}.`);
    });

    it('reports a near quote credited to someone else along with its differences', () => {
      const kinds = findings(library, `“As long as relations are not normalised, there will be no ambassadors,” said Duque.`).map((f) => f.kind);
      assert.deepStrictEqual(kinds, ['misquote', 'misattribution']);
    });

    const fine: Record<string, string> = {
      'the speaker named by an alias, with others': `“${NO_AMBASSADORS},” nuanced Mr. Petro, who denied a meeting with Nicolas Maduro.`,
      'a pronoun': `“${NO_AMBASSADORS},” he said.`,
      'another person in the sentence before': `Maduro spoke first. “${NO_AMBASSADORS},” the left-wing president said.`,
      'another person in the sentence after a quote that ends its sentence': `“${NO_AMBASSADORS}.” Maduro did not answer.`,
      'a name inside another quotation': `Petro's aide called it “a message to Maduro” and quoted “${NO_AMBASSADORS}.”`,
    };
    for (const [what, draft] of Object.entries(fine)) {
      it(`is silent for ${what}`, () => assert.deepStrictEqual(attributions(draft), []));
    }
  });

  describe('properties', () => {
    const speech = library.quotes.filter((q) => q.quote.kind === 'speech' && q.quote.text.split(/\s+/).length >= 6).map((q) => q.quote.text);
    const quoteAndWord = fc.tuple(fc.constantFrom(...speech), fc.nat(), fc.stringMatching(/^[a-z]{3,9}$/));

    it('any one word changed in a source quote gives exactly one misquote, whose fix restores the source', () => {
      fc.assert(fc.property(quoteAndWord, ([source, pick, replacement]) => {
        const words = [...source.matchAll(/[\p{L}]+/gu)];
        const word = words[pick % words.length];
        fc.pre(word[0].toLowerCase() !== replacement);
        const changed = source.slice(0, word.index) + replacement + source.slice(word.index! + word[0].length);
        const draft = `Someone said: “${changed}”`;
        const found = misquotes(library, draft);
        assert.strictEqual(found.length, 1, JSON.stringify(found));
        assert.strictEqual(fixed(draft, found[0]), source);
      }));
    });

    const quoteAndPlace = fc.tuple(fc.constantFrom(...speech), fc.nat());

    it('any one inner word left out gives exactly one misquote, whose fix restores the source', () => {
      fc.assert(fc.property(quoteAndPlace, ([source, pick]) => {
        // Not next to an omission mark: a word left out there is honestly marked.
        const words = [...source.matchAll(/[\p{L}]+[,.]? ?/gu)].slice(1, -1).filter((w) => !/[[\]]/.test(source.slice(w.index! - 2, w.index! + w[0].length + 1)));
        const word = words[pick % words.length];
        const draft = `Someone said: “${source.slice(0, word.index) + source.slice(word.index! + word[0].length)}”`;
        const found = misquotes(library, draft);
        assert.strictEqual(found.length, 1, JSON.stringify(found));
        assert.strictEqual(fixed(draft, found[0]), source);
      }));
    });

    it('any one word added inside gives exactly one misquote, whose fix restores the source', () => {
      fc.assert(fc.property(quoteAndPlace, fc.stringMatching(/^[a-z]{3,9}$/), ([source, pick], added) => {
        const spaces = [...source.matchAll(/ /g)];
        const at = spaces[pick % spaces.length].index!;
        const draft = `Someone said: “${source.slice(0, at)} ${added}${source.slice(at)}”`;
        const found = misquotes(library, draft);
        assert.strictEqual(found.length, 1, JSON.stringify(found));
        assert.strictEqual(fixed(draft, found[0]), source);
      }));
    });

    it('any stretch of four or more words of a source quote, quoted exactly, passes', () => {
      fc.assert(fc.property(fc.constantFrom(...speech), fc.nat(), fc.nat(), (source, a, b) => {
        const words = source.split(' ');
        const from = a % (words.length - 3);
        const to = from + 4 + (b % (words.length - from - 3));
        assert.deepStrictEqual(findings(library, `He said “${words.slice(from, to).join(' ')}” then.`), []);
      }));
    });
  });
});
