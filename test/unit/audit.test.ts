// The fact-check sheet's classification, on drafts written against the sample
// (data/dossier.yaml, data/article.txt) and a second development dossier:
// every class where it should be, and nowhere else.
import * as assert from 'assert';
import { auditDraft } from '../../src/core/audit/auditDraft';
import { coverageOf } from '../../src/core/audit/coverage';
import { AuditedQuotation, AuditReport, isFailing, QuotationStatus } from '../../src/core/audit/model';
import { CITATION_STYLES } from '../../src/core/citation/styles';
import { Library } from '../../src/core/library';
import { Dossier } from '../../src/core/model';
import { cite } from './citationFixtures';
import { loadSample, readRepoFile, sampleLibrary } from './helpers';

const SPEECH_QUOTES = ['padrino-instructions', 'padrino-establish-contact', 'padrino-start-working', 'petro-normalization-process', 'petro-two-months', 'petro-no-ambassadors'];

/** A second article, for citations that point to the wrong one. */
const OTHER: Dossier = {
  sourcebook: 1,
  article: { id: 'border-reopens-2022', title: 'Border bridges reopen between Venezuela and Colombia', text: 'The border reopened on Monday. “Trade will return to the bridges within weeks,” said Freddy Bernal, the governor of Táchira.' },
  actors: [{ id: 'bernal', kind: 'person', name: 'Freddy Bernal', aliases: ['Bernal'], role: 'Governor of Táchira' }],
  events: [],
  quotes: [{ id: 'bernal-trade', kind: 'speech', speaker: 'bernal', text: 'Trade will return to the bridges within weeks,' }],
};

function twoArticles(): Library {
  return new Library([loadSample(), { source: 'other', dossier: OTHER, articleText: OTHER.article.text }]);
}

function statuses(report: AuditReport): Array<[QuotationStatus, string]> {
  return report.quotations.map((q) => [q.status, q.words]);
}

function only(report: AuditReport): AuditedQuotation {
  assert.strictEqual(report.quotations.length, 1, JSON.stringify(statuses(report)));
  return report.quotations[0];
}

describe('audit: quotations', () => {
  const sample = sampleLibrary();

  it('a draft of exact, rightly attributed, cited quotes — as Insert Quote writes them in every style — is all verified', () => {
    for (const style of CITATION_STYLES) {
      const parts = SPEECH_QUOTES.map((id) => cite(id, style));
      const footnotes = [...new Set(parts.map((p) => p.footnote).filter(Boolean))];
      const draft = `# Draft\n\n${parts.map((p) => p.text).join('\n\n')}\n\n${footnotes.join('\n')}\n`;
      const report = auditDraft(draft, sample);
      assert.deepStrictEqual(report.quotations.map((q) => q.status), SPEECH_QUOTES.map(() => 'verified'), `${style}: ${JSON.stringify(statuses(report))}`);
      assert.deepStrictEqual(report.quotations.map((q) => q.source?.quoteId), SPEECH_QUOTES, style);
      if (style !== 'plain') assert.ok(report.quotations.every((q) => q.citation?.articleId === 'caracas-bogota-2022'), `${style} citations resolve`);
      assert.strictEqual(isFailing(report), false);
      assert.strictEqual(report.totals.byStatus.verified, SPEECH_QUOTES.length);
    }
  });

  it('altered: the differing words, and the edits that restore the source', () => {
    const draft = 'Petro said: “As long as relations are not yet normalized, there will be no envoys.”';
    const q = only(auditDraft(draft, sample));
    assert.strictEqual(q.status, 'altered');
    assert.deepStrictEqual(q.differences?.map((d) => [d.kind, d.written, d.source]), [['added', 'yet', ''], ['changed', 'envoys', 'ambassadors']]);
    const restored = [...q.fix!].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), draft);
    assert.match(restored, /“As long as relations are not normalized, there will be no ambassadors\.”/);
    assert.strictEqual(q.source?.quoteId, 'petro-no-ambassadors');
  });

  it('wrong speaker: the sentence credits someone else; the right speaker passes', () => {
    const wrong = only(auditDraft('“In two months we may have settled the most important issues,” Maduro said.', sample));
    assert.strictEqual(wrong.status, 'wrong-speaker');
    assert.deepStrictEqual(wrong.namedInstead, ['Nicolás Maduro']);
    assert.strictEqual(only(auditDraft('“In two months we may have settled the most important issues,” Petro said.', sample)).status, 'verified');
  });

  it('wrong source: a footnote, Pandoc key or \\cite pointing to an article that does not hold the words', () => {
    const library = twoArticles();
    const words = '“In two months we may have settled the most important issues,” Petro said';
    for (const citation of ['.[^border-reopens-2022]', ' [@border-reopens-2022].', ' \\cite{border-reopens-2022}.', ' (Border Bridges Reopen Between Venezuela and Colombia, 2022).']) {
      const q = only(auditDraft(`${words}${citation}\n\n[^border-reopens-2022]: Border bridges reopen.\n`, library));
      assert.strictEqual(q.status, 'wrong-source', citation);
      assert.strictEqual(q.citation?.articleId, 'border-reopens-2022', citation);
      assert.strictEqual(q.source?.articleId, 'caracas-bogota-2022');
    }
    // A footnote whose label is no article id resolves through its definition.
    const numbered = only(auditDraft(`${words}.[^1]\n\n[^1]: *Border bridges reopen between Venezuela and Colombia*. (2022).\n`, library));
    assert.strictEqual(numbered.status, 'wrong-source');
    // Cited to its own article, it is verified; to an article no dossier holds, wrong source.
    assert.strictEqual(only(auditDraft(`${words} [@caracas-bogota-2022].`, library)).status, 'verified');
    assert.strictEqual(only(auditDraft(`${words} [@smith2020].`, library)).status, 'wrong-source');
    // The other article's quote, rightly cited, is verified.
    assert.strictEqual(only(auditDraft('“Trade will return to the bridges within weeks,” Bernal said [@border-reopens-2022].', library)).status, 'verified');
  });

  it('not in any source, and a term; unsourced words cited to a known article are a wrong source', () => {
    const report = auditDraft('“We will never negotiate with anyone about the border,” said Duque. The “trochas” stay open, and so does the “informal crossing”.', sample);
    assert.deepStrictEqual(report.quotations.map((q) => q.status), ['unsourced', 'term', 'term']);
    assert.strictEqual(report.quotations[1].source?.quoteId, 'term-trochas');
    assert.strictEqual(report.quotations[2].source, undefined);
    assert.strictEqual(isFailing(report), false, 'unsourced quotes and terms do not fail the gate');
    assert.strictEqual(only(auditDraft('“We will never negotiate with anyone about the border,” said Duque [@caracas-bogota-2022].', sample)).status, 'wrong-source');
  });

  it('a dossier term stays a term even where a speech quote holds the same words', () => {
    const q = only(auditDraft('Caracas wants to restore “military relations” with Bogota.', sample));
    assert.strictEqual(q.status, 'term');
    assert.strictEqual(q.source?.quoteId, 'term-military-relations');
  });

  it('short exact stretches of a speech quote are verified, in every mark style', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['``', "''"], ['\\enquote{', '}']]) {
      const q = only(auditDraft(`Padrino López warned the change would come ${open}little by little${close}.`, sample));
      assert.strictEqual(q.status, 'verified', open);
      assert.strictEqual(q.source?.quoteId, 'padrino-start-working', open);
    }
  });

  it('block quotes: Markdown and LaTeX, attributed by their lead-in', () => {
    const block = 'We have to start working. This does not mean that there will be a political change';
    const right = only(auditDraft(`Padrino López said:\n\n> ${block}\n> and that the changes will happen immediately\n\nMore.`, sample));
    assert.strictEqual(right.status, 'verified');
    assert.strictEqual(right.block, true);
    assert.strictEqual(only(auditDraft(`Maduro said:\n\n> ${block}\n`, sample)).status, 'wrong-speaker');
    assert.strictEqual(only(auditDraft(`Padrino López said:\n\n> We have to start resting. This does not mean that there will be a political change\n`, sample)).status, 'altered');
    const latex = only(auditDraft(`Padrino López said:\n\\begin{quote}\n${block}\n\\end{quote}\n`, sample));
    assert.deepStrictEqual([latex.status, latex.block], ['verified', true]);
  });

  it('a quotation inside a block quote is audited once, as itself', () => {
    const report = auditDraft('> Petro spoke of a “normalization process” on Tuesday.\n', sample);
    assert.deepStrictEqual(statuses(report), [['verified', 'normalization process']]);
  });

  it('an article title in quotation marks (a reference) is no quotation', () => {
    assert.deepStrictEqual(auditDraft('As reported in “Caracas takes steps to restore military relations with Bogota”, the ties resume.', sample).quotations, []);
  });

  it('fails the gate on altered, wrong-speaker and wrong-source rows only', () => {
    assert.strictEqual(isFailing(auditDraft('“As long as relations are not yet normalized, there will be no ambassadors,” Petro said.', sample)), true);
    assert.strictEqual(isFailing(auditDraft('Nothing quoted here, Petro said.', sample)), false);
  });
});

describe('audit: actors named', () => {
  const sample = sampleLibrary();

  it('counts mentions outside quotations, as the dossier spells them', () => {
    const report = auditDraft('Petro met Maduro. Gustavo Petro spoke. “Petro is here,” said nobody.', sample);
    const petro = report.actors.find((a) => a.actorKey === 'petro')!;
    assert.strictEqual(petro.mentions, 2);
    assert.deepStrictEqual(petro.problems, []);
    assert.strictEqual(report.actors.find((a) => a.actorKey === 'maduro')!.mentions, 1);
  });

  it('a misspelt name, with the dossier spelling', () => {
    const report = auditDraft('Defence Minister Padrino Lopes spoke.', sample);
    const problems = report.actors.flatMap((a) => a.problems);
    assert.deepStrictEqual(problems.map((p) => [p.status, p.written, p.expected]), [['misspelt', 'Padrino Lopes', 'Padrino López']]);
    assert.strictEqual(report.totals.misspelt, 1);
  });

  it('accents only when asked', () => {
    assert.deepStrictEqual(auditDraft('Ivan Duque left.', sample).actors.flatMap((a) => a.problems), []);
    assert.deepStrictEqual(auditDraft('Ivan Duque left.', sample, { accents: true }).actors.flatMap((a) => a.problems.map((p) => [p.status, p.expected])), [['accent', 'Iván Duque']]);
  });

  it('a role that contradicts the dossier: a title it never gives, a country its role does not name', () => {
    const roles = (draft: string) => auditDraft(draft, sample).actors.flatMap((a) => a.problems.filter((p) => p.status === 'role').map((p) => p.written));
    assert.deepStrictEqual(roles('Foreign Minister Padrino López spoke.'), ['Foreign Minister Padrino López']);
    assert.deepStrictEqual(roles('Colombian President Maduro spoke.'), ['Colombian President Maduro']);
    assert.deepStrictEqual(roles('Prime Minister Petro spoke.'), ['Prime Minister Petro']);
    // As the dossier has them: no finding.
    assert.deepStrictEqual(roles('Defence Minister Padrino López, General Padrino, Venezuelan President Maduro, President Petro and Mr. Petro spoke.'), []);
    assert.deepStrictEqual(roles(auditSampleDraft()), []);
  });
});

function auditSampleDraft(): string {
  return 'Defence Minister Padrino López said he had received instructions from President Maduro to contact the Colombian Ministry of Defence at once.';
}

describe('audit: coverage', () => {
  const sample = sampleLibrary();

  it('counts quoted words per speaker and mentions, and lists the speakers the draft leaves out', () => {
    const draft = 'Padrino López said: “We have to start working. This does not mean that there will be a political change”. Maduro agreed, and so did Maduro.';
    const coverage = coverageOf(auditDraft(draft, sample), sample);
    const padrino = coverage.covered.find((a) => a.actorKey === 'padrino-lopez')!;
    assert.deepStrictEqual([padrino.quotedWords, padrino.quotations, padrino.mentions], [16, 1, 1]);
    assert.deepStrictEqual(coverage.covered.find((a) => a.actorKey === 'maduro')!.mentions, 2);
    assert.strictEqual(coverage.speakers, 1);
    assert.deepStrictEqual(coverage.top, { name: 'Vladimir Padrino López', share: 1 });
    assert.deepStrictEqual(coverage.leftOut.map((s) => [s.actorKey, s.sourceQuotes]), [['petro', 3]]);
    assert.strictEqual(draft.slice(padrino.first.start, padrino.first.end), 'Padrino López');
  });

  it('the sample draft: its two speakers quoted, its actors mentioned', () => {
    const draft = readRepoFile('sample-workspace', 'draft.md');
    const coverage = coverageOf(auditDraft(draft, sample), sample);
    assert.deepStrictEqual(coverage.covered.filter((a) => a.quotations).map((a) => a.actorKey).sort(), ['padrino-lopez', 'petro']);
    assert.ok(coverage.covered.some((a) => a.actorKey === 'maduro' && a.mentions === 2 && a.quotations === 0));
    assert.deepStrictEqual(coverage.leftOut, []);
  });
});
