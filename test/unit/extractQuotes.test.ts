// Quotes and who said them, as a writer reviewing a dossier would check them.
import * as assert from 'assert';
import { extractDossier } from '../../src/core/extract';

function quotesOf(text: string, published = '2024-03-15') {
  const { dossier, quotes } = extractDossier(text, { published });
  const nameOf = (id: string | null) => (id ? dossier.actors.find((a) => a.id === id)?.name : null);
  return quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: nameOf(q.speaker), attribution: q.attribution }));
}

describe('extract: quotes', () => {
  it('reads curly and straight marks alike, keeping the exact words', () => {
    const curly = quotesOf('“We will rebuild the bridge,” said Mayor Anna Kowalski.');
    const straight = quotesOf('"We will rebuild the bridge," said Mayor Anna Kowalski.');
    assert.deepStrictEqual(curly, straight);
    assert.deepStrictEqual(curly, [{ text: 'We will rebuild the bridge,', kind: 'speech', speaker: 'Anna Kowalski', attribution: 'said' }]);
  });

  it('keeps a quotation nested in a quotation inside it', () => {
    const [quote] = quotesOf('“He told me ‘never again’ and left,” said Tom Briggs.');
    assert.strictEqual(quote.text, 'He told me ‘never again’ and left,');
    assert.strictEqual(quote.speaker, 'Tom Briggs');
  });

  it('joins a quote split around its attribution into one', () => {
    const quotes = quotesOf('“The water is rising,” said Maria Lopez, “and we have nowhere to go.”');
    assert.strictEqual(quotes.length, 1);
    assert.strictEqual(quotes[0].text, 'The water is rising, and we have nowhere to go.');
    assert.strictEqual(quotes[0].speaker, 'Maria Lopez');
  });

  it('finds partial quotes inside a sentence and gives them the speaker of the sentence', () => {
    const quotes = quotesOf('Chancellor Olaf Scholz told reporters that the plan was a “turning point” and that “we will not stand still”.');
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.kind, q.speaker]), [
      ['turning point', 'speech', 'Olaf Scholz'],
      ['we will not stand still', 'speech', 'Olaf Scholz'],
    ]);
  });

  it('continues a quote across paragraphs when the next paragraph reopens it', () => {
    const text = '“We waited three days for help,” said farmer Joseph Mwangi. “Nobody came.\n“Then the rain stopped and we started digging,” he added.';
    const quotes = quotesOf(text);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['We waited three days for help,', 'Nobody came. Then the rain stopped and we started digging,']);
    assert.ok(quotes.every((q) => q.speaker === 'Joseph Mwangi'));
  });

  it('tells a term in quotes from speech', () => {
    const quotes = quotesOf('Smugglers use alternative routes, called “trochas”, to cross. The so-called “green wall” is a line of trees.');
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.kind, q.speaker]), [['trochas', 'term', null], ['green wall', 'term', null]]);
  });

  it('resolves "he continued" to the speaker of the paragraph before, not the last name mentioned', () => {
    const text = '“I have received instructions” from President Nicolas Maduro “to restore relations,” Defense Minister Vladimir Padrino said.\n“We have to start working,” he continued.';
    const quotes = quotesOf(text);
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Vladimir Padrino', 'Vladimir Padrino', 'Vladimir Padrino']);
    assert.strictEqual(quotes[2].attribution, 'continued');
  });

  it('takes the speaker from the attribution, not a decoy name nearer the quote', () => {
    const quotes = quotesOf('Senator Jane Holt, who met Governor Mark Rivers on Monday, said: “The deal is done.”');
    assert.strictEqual(quotes[0].speaker, 'Jane Holt');
  });

  it('reads unusual attribution verbs after the quote, and the speaker after the verb', () => {
    const quotes = quotesOf('“As long as relations are not normalized, there will be no ambassadors,” nuanced Mr. Petro, who denied press reports.', '2022-08-09');
    assert.strictEqual(quotes[0].speaker, 'Petro');
    assert.strictEqual(quotes[0].attribution, 'nuanced');
  });

  it('credits organisations, "according to" sources and pronouns that follow a name', () => {
    const text = 'The Alachua Sheriff\'s Office tweeted that the response "required all hands on deck." According to eyewitness Vinnie DeVita, "it exploded within seconds."\nOfficial Troy Roberts spoke at the scene. He said "Guardrails can only take so much."';
    assert.deepStrictEqual(quotesOf(text).map((q) => q.speaker), ["Alachua Sheriff's Office", 'Vinnie DeVita', 'Troy Roberts']);
  });

  it('takes the person from a role phrase, not the team or organisation that describes them', () => {
    const text = '"It was a better performance," Wynnum coach Matt Myers said.\nIn remarks to reporters, Sheldon Yett of UNICEF observed, "I have never seen a campaign like this."';
    assert.deepStrictEqual(quotesOf(text).map((q) => q.speaker), ['Matt Myers', 'Sheldon Yett']);
  });

  it('credits a quote introduced by a colon to the person the sentence is about', () => {
    const text = 'John Bolton gave a different account, also speaking via Twitter: "I offered to resign last night."\nFormer CIA deputy director Michael Morell praised him online: "He was one of the best."';
    assert.deepStrictEqual(quotesOf(text).map((q) => q.speaker), ['John Bolton', 'Michael Morell']);
  });

  it('carries the speaker on to a following quote with no attribution of its own', () => {
    const quotes = quotesOf('"All countries can still change the course," said Tedros Ghebreyesus, the WHO chief. "We are deeply concerned."');
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Tedros Ghebreyesus', 'Tedros Ghebreyesus']);
  });

  it('leaves the speaker empty rather than guessing', () => {
    const quotes = quotesOf('A sign on the door read "Closed until further notice, sorry for any trouble."');
    assert.strictEqual(quotes[0].speaker, null);
  });
});
