// The name index is what a hover asks "whose name is under the mouse?".
// These cases are the ones a writer meets: forgiving on case, accents, titles
// and possessives; strict on word boundaries; the longest name wins.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { NameIndex, splitWords } from '../../src/core/nameIndex';

function sampleIndex(): NameIndex<string> {
  const index = new NameIndex<string>();
  const forms: Record<string, string[]> = {
    'padrino-lopez': ['Vladimir Padrino López', 'Padrino Lopez', 'Padrino López', 'Padrino', 'Defense Minister'],
    maduro: ['Nicolás Maduro', 'President Nicolas Maduro', 'Nicolas Maduro', 'Maduro'],
    petro: ['Gustavo Petro', 'Mr. Petro', 'Petro'],
    guaido: ['Juan Guaidó', 'Guaido'],
    colombia: ['Colombia', 'Colombian'],
    'colombian-defence-ministry': ['Colombian Ministry of Defense'],
  };
  for (const [id, names] of Object.entries(forms)) for (const name of names) index.add(name, id);
  return index;
}

/** The text a match covers, and whom it names. */
function at(index: NameIndex<string>, text: string, word: string): { text: string; targets: readonly string[] } | undefined {
  const offset = text.indexOf(word);
  assert.ok(offset >= 0, `"${word}" is not in the text`);
  const match = index.findAt(text, offset + Math.floor(word.length / 2));
  return match && { text: text.slice(match.start, match.end), targets: match.targets };
}

describe('NameIndex', () => {
  const index = sampleIndex();

  it('matches whatever the case and accents', () => {
    for (const written of ['Padrino Lopez', 'padrino lopez', 'Padrino López', 'padrino lópez', 'PADRINO LOPEZ']) {
      assert.deepStrictEqual(at(index, `Then ${written} spoke.`, written), { text: written, targets: ['padrino-lopez'] });
    }
  });

  it('leaves the possessive out of the range, with straight and curly apostrophes', () => {
    assert.deepStrictEqual(at(index, "It was Petro's call.", 'Petro'), { text: 'Petro', targets: ['petro'] });
    assert.deepStrictEqual(at(index, 'It was Petro’s call.', 'Petro'), { text: 'Petro', targets: ['petro'] });
    assert.strictEqual(at(index, "It was Petro's call.", "'s"), undefined);
  });

  it('takes a title in front into the match', () => {
    assert.deepStrictEqual(at(index, 'Later Mr. Petro said no.', 'Mr.'), { text: 'Mr. Petro', targets: ['petro'] });
    assert.deepStrictEqual(at(index, 'Later President Petro said no.', 'Petro'), { text: 'President Petro', targets: ['petro'] });
    assert.deepStrictEqual(at(index, 'Later Mr Petro said no.', 'Petro'), { text: 'Mr Petro', targets: ['petro'] });
    assert.deepStrictEqual(at(index, 'and President Nicolas Maduro agreed', 'Maduro'), { text: 'President Nicolas Maduro', targets: ['maduro'] });
  });

  it('does not take the last word of a sentence as a title', () => {
    assert.deepStrictEqual(at(index, 'He met the president. Maduro left.', 'Maduro'), { text: 'Maduro', targets: ['maduro'] });
  });

  it('respects word boundaries', () => {
    assert.strictEqual(at(index, 'The price of Petrol rose.', 'Petrol'), undefined);
    assert.strictEqual(at(index, 'Petronas bought it.', 'Petronas'), undefined);
    assert.strictEqual(at(index, 'A Guaidoist rally.', 'Guaidoist'), undefined);
    assert.deepStrictEqual(at(index, '(Petro)', 'Petro'), { text: 'Petro', targets: ['petro'] });
  });

  it('prefers the longest name', () => {
    assert.deepStrictEqual(at(index, 'with Nicolas Maduro today', 'Maduro'), { text: 'Nicolas Maduro', targets: ['maduro'] });
    assert.deepStrictEqual(at(index, 'with Nicolas Maduro today', 'Nicolas'), { text: 'Nicolas Maduro', targets: ['maduro'] });
    assert.deepStrictEqual(at(index, 'the Colombian Ministry of Defense said', 'Ministry'), { text: 'Colombian Ministry of Defense', targets: ['colombian-defence-ministry'] });
    assert.deepStrictEqual(at(index, 'the Colombian Ministry of Health said', 'Colombian'), { text: 'Colombian', targets: ['colombia'] });
    assert.strictEqual(at(index, 'the Colombian Ministry of Health said', 'Ministry'), undefined);
  });

  it('lets a name run over a line break, but not over a paragraph', () => {
    assert.deepStrictEqual(at(index, 'said Gustavo\nPetro.', 'Gustavo'), { text: 'Gustavo\nPetro', targets: ['petro'] });
    assert.strictEqual(at(index, 'said Gustavo\n\nPetro.', 'Gustavo'), undefined);
  });

  it('shows every actor that one form names', () => {
    const shared = new NameIndex<string>();
    shared.add('Gustavo Petro', 'gustavo');
    shared.add('Petro', 'gustavo');
    shared.add('María Petro', 'maria');
    shared.add('Petro', 'maria');
    shared.add('petro', 'maria'); // the same form twice names her once
    assert.deepStrictEqual(at(shared, 'Petro spoke.', 'Petro'), { text: 'Petro', targets: ['gustavo', 'maria'] });
    assert.deepStrictEqual(at(shared, 'María Petro spoke.', 'Petro'), { text: 'María Petro', targets: ['maria'] });
    assert.strictEqual(shared.size, 3);
  });

  it('finds every mention in order, without overlaps', () => {
    const text = 'Mr. Petro met Padrino López; Petro’s aide and Maduro, not Petrol.';
    const found = index.findAll(text).map((m) => [text.slice(m.start, m.end), ...m.targets]);
    assert.deepStrictEqual(found, [['Mr. Petro', 'petro'], ['Padrino López', 'padrino-lopez'], ['Petro', 'petro'], ['Maduro', 'maduro']]);
  });

  it('finds nothing in text without names, and nothing with an empty index', () => {
    assert.strictEqual(at(index, 'Nothing to see here.', 'see'), undefined);
    assert.ok(at(index, 'Nothing to see here, Petro said.', 'Petro'), 'a name in the same text is found');
    assert.deepStrictEqual(new NameIndex<string>().findAll('Petro'), []);
    new NameIndex<string>([{ name: ' ... ', target: 'nobody' }]); // a name without words is ignored
  });

  it('agrees with findAll at every offset of a text', () => {
    const words = ['Petro', 'petro’s', 'Mr.', 'President', 'Nicolas', 'Maduro', 'Padrino', 'López', 'Petrol', 'the', 'said', '.', ',', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n'), (parts, gap) => {
        const text = parts.join(gap);
        const all = index.findAll(text);
        for (let offset = 0; offset < text.length; offset++) {
          const expected = all.find((m) => m.start <= offset && offset < m.end);
          const got = index.findAt(text, offset);
          assert.deepStrictEqual(got && [got.start, got.end, got.targets], expected && [expected.start, expected.end, expected.targets], `at ${offset} of ${JSON.stringify(text)}`);
        }
      }),
    );
  });

  it('finds a name deep inside a long text by looking only around the offset', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(40_000);
    const text = `${filler}Then Padrino López spoke.${filler}`;
    const match = index.findAt(text, filler.length + 'Then Pad'.length);
    assert.ok(match);
    assert.strictEqual(text.slice(match.start, match.end), 'Padrino López');
  });
});

describe('splitWords', () => {
  it('cuts folded words at anything that is not a letter, digit or mark', () => {
    assert.deepStrictEqual(splitWords('Mr. Padrino-López’s'), ['mr', 'padrino', 'lopez', 's']);
  });
});
