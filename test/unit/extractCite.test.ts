// The classes of error issue 18 fixes, each on invented sentences: speakers
// behind long titles, colon introductions, pronouns that only people answer
// to, marks from two editors, block quotes, names that are not actors,
// aliases, several dates in a sentence.
import * as assert from 'assert';
import { extractDossier } from '../../src/core/extract';

const published = '2024-03-15';

function extract(text: string) {
  const { dossier, quotes } = extractDossier(text, { published });
  const nameOf = (id: string | null) => (id ? dossier.actors.find((a) => a.id === id)?.name ?? id : null);
  return { dossier, quotes: quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: nameOf(q.speaker) })) };
}

function actorNames(text: string): string[] {
  return extract(text).dossier.actors.map((a) => a.name);
}

describe('extract: speakers behind titles and introductions', () => {
  it('gives a title run before a name to the person, not the agency that starts it', () => {
    const { quotes, dossier } = extract('Agency Deputy Director Jane Roe said the dam would hold. “We have checked every wall,” said Harbor Authority Chief Engineer Omar Haddad.');
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Omar Haddad']);
    const roe = dossier.actors.find((a) => a.name === 'Jane Roe');
    assert.ok(roe, dossier.actors.map((a) => a.name).join(', '));
    assert.strictEqual(roe.kind, 'person');
    assert.strictEqual(roe.role, 'Agency Deputy Director');
  });

  it('reads "Special Agent in Charge John Doe" as one title and one person', () => {
    const names = actorNames('Special Agent in Charge John Doe announced the arrests at noon.');
    assert.ok(names.includes('John Doe'), names.join(', '));
    assert.ok(!names.some((n) => /Charge|Special Agent/.test(n)), names.join(', '));
  });

  it('attributes a quote that opens the paragraph after "In a statement, the minister said:" and its continuation', () => {
    const text = 'Transport Minister Lena Varga visited the port on Friday.\nIn a statement, Varga said:\n“The harbour will reopen in May.\n“Every ship will be inspected first.”\nThe port has been closed since January.';
    const { quotes } = extract(text);
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Lena Varga']);
    assert.strictEqual(quotes[0].text, 'The harbour will reopen in May. Every ship will be inspected first.');
  });

  it('takes a paragraph a colon introduces, without marks of its own, as a block quote', () => {
    const text = 'The blogger Amara Osei wrote on her site about the closure:\nThe library was the only warm room in the village, and now the children have nowhere to read after school.\nThe council has not answered.';
    const { quotes } = extract(text);
    assert.deepStrictEqual(quotes, [{ text: 'The library was the only warm room in the village, and now the children have nowhere to read after school.', kind: 'speech', speaker: 'Amara Osei' }]);
  });

  it('gives "said study co-author X" and "the professor added" to the person', () => {
    const { quotes } = extract('“The ice is thinning fast,” said study co-author Rosa Lind. The Oslo professor added, “We need more data.”');
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Rosa Lind', 'Rosa Lind']);
  });

  it('resolves "he" to a person, never to the country named just before', () => {
    const text = '“We will not sign,” said Foreign Minister Karel Novak.\nThe talks with Portugal stalled.\nHe said: “Portugal knows our terms.”';
    const { quotes } = extract(text);
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Karel Novak', 'Karel Novak']);
  });

  it('lets a place speak only as the subject of the verb (metonymy), not as the nearest name', () => {
    assert.deepStrictEqual(extract('Ankara said, “The border stays closed.”').quotes.map((q) => q.speaker), ['Turkey']);
    assert.deepStrictEqual(extract('In Lisbon, the spokesman said, “The border stays closed.”').quotes.map((q) => q.speaker), [null]);
  });

  it('keeps the person in "Peter Hale of the tenants group Fair Rent said"', () => {
    const { quotes } = extract('Peter Hale of the tenants group Fair Rent Association said, “Rents doubled in a year.”');
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['Peter Hale']);
  });
});

describe('extract: quotation marks from two editors', () => {
  it('pairs a straight opening mark with a curly closing one, and the reverse', () => {
    const { quotes } = extract('"We start on Monday,” said Mayor Ines Costa. “The road is ready," she added.');
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.speaker]), [['We start on Monday,', 'Ines Costa'], ['The road is ready,', 'Ines Costa']]);
  });

  it('keeps the outer quote whole around a nested one', () => {
    const { quotes } = extract('“They shouted “go home” at us all night,” said Hana Sato.');
    assert.deepStrictEqual(quotes.map((q) => q.text), ['They shouted “go home” at us all night,']);
  });
});

describe('extract: what is an actor', () => {
  it('does not take missions, instruments, laws or treaties for actors', () => {
    const names = actorNames('The Lunar Survey Mission used the Deep Field Telescope. The Clean Water Act and the Harbor Accords were cited by Mayor Ines Costa.');
    assert.deepStrictEqual(names, ['Ines Costa']);
  });

  it('keeps a first name that is also a word for a law: "Bill Nelson" is a person', () => {
    assert.ok(actorNames('Senator Bill Nelson voted against it.').includes('Bill Nelson'));
  });

  it('does not cut a name at a curly apostrophe: "People’s Republic of China"', () => {
    const { dossier } = extract('Officials of the People’s Republic of China met the delegation.');
    const china = dossier.actors.find((a) => a.name === 'China');
    assert.ok(china, dossier.actors.map((a) => a.name).join(', '));
    assert.ok(china.aliases.includes('People’s Republic of China'));
    assert.ok(!dossier.actors.some((a) => a.name === 'People'));
  });

  it('makes an acronym defined in parentheses an alias of its organisation', () => {
    const { dossier } = extract('The Regional Water Quality Board (RWQB) fined the plant. The RWQB said the fine was final.');
    const board = dossier.actors.find((a) => a.name === 'Regional Water Quality Board');
    assert.ok(board?.aliases.includes('RWQB'), dossier.actors.map((a) => `${a.name} [${a.aliases}]`).join(', '));
    assert.strictEqual(dossier.actors.filter((a) => /RWQB/.test(a.name)).length, 0);
  });

  it('clusters a short first name with the full one of the same surname (Tom / Thomas)', () => {
    const { dossier } = extract('Thomas Weller opened the bakery in 2001. Customers still ask for Tom Weller by name.');
    const people = dossier.actors.filter((a) => a.kind === 'person');
    assert.deepStrictEqual(people.map((a) => a.name), ['Thomas Weller']);
    assert.ok(people[0].aliases.includes('Tom Weller'));
  });
});

describe('extract: several dates in a sentence', () => {
  const dates = (text: string) => extract(text).dossier.events.map((e) => e.date);

  it('takes both ends of a range and every year of a list', () => {
    assert.deepStrictEqual(dates('She led the clinic from 1999 to 2001.'), ['1999', '2001']);
    assert.deepStrictEqual(dates('The river flooded in 2016 and 2018.'), ['2016', '2018']);
  });

  it('does not take a number after "and" for a year unless a date comes just before', () => {
    assert.deepStrictEqual(dates('The company hired 2000 and 2500 workers.'), []);
  });

  it('reads "on Friday 4th May, 2012" as one date, the full one', () => {
    assert.deepStrictEqual(dates('The striker died on Friday 4th May, 2012.'), ['2012-05-04']);
  });
});

describe('extract: confidence', () => {
  it('writes a confidence between 0 and 1 on every quote, actor and event, and never `reviewed`', () => {
    const { dossier } = extract('“We will rebuild,” said Mayor Anna Kowalski on Tuesday. The Harbor Council met in 2019.');
    const items = [...dossier.quotes, ...dossier.actors, ...dossier.events];
    assert.ok(items.length >= 4);
    for (const item of items) {
      assert.ok(typeof item.confidence === 'number' && item.confidence >= 0 && item.confidence <= 1, JSON.stringify(item));
      assert.strictEqual(item.reviewed, undefined);
    }
  });

  it('is more confident of a named speaker than of a quote nobody is credited with', () => {
    const { dossier } = extract('“We will rebuild,” said Mayor Anna Kowalski.\nA sign on the town hall door now reads “closed until further notice by order of the council”.');
    const named = dossier.quotes.find((q) => q.speaker !== null)!;
    const unattributed = dossier.quotes.filter((q) => q.kind === 'speech' && q.speaker === null);
    assert.ok(unattributed.length > 0);
    for (const q of unattributed) assert.ok(named.confidence! > q.confidence!, `${named.confidence} vs ${q.confidence}`);
  });
});
