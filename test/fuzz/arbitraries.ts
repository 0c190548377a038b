// Generators of what a writer may be handed: text from anywhere (every kind
// of line ending, byte-order marks, lone surrogates, control and bidi
// characters, Markdown, HTML and command links), valid dossiers holding such
// text, damaged copies of them, and YAML of the right keys with values of the
// wrong shape.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { aliasProblem } from '../../src/core/dossier/aliasRules';
import { Actor, ACTOR_KINDS, Anchor, Dossier, DossierEvent, Quote, QUOTE_KINDS } from '../../src/core/model';

/** Pieces that have broken text handling somewhere before. */
export const HOSTILE_PIECES = [
  '\n', '\r\n', '\r', '\t', ' ', '  ', '\uFEFF', '\u0000', '\u0007', '\u0085', '\u2028', '\u2029', '\u202E', '\u200B',
  '\uD800', '\uDFFF', '\uD83D', '😀', '👩‍👩‍👧', 'e\u0301', 'López', 'İ', 'ß', 'ﬁ',
  '\u001b[31m', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
  '[x](command:workbench.action.terminal.new)', '[run](command:sourcebook.insertQuote?%7B%7D)', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '**bold**', '`code`', '$(alert)', '&amp;', '\\', '${env:HOME}', '%s',
  '- ', '? ', ': ', '#', '&a ', '*a', '!!str ', '!!js/function ', '|', '>', '---', '...', '[', ']', '{', '}', ',', '"', "'", '@', '`', '%YAML 1.1',
  '__proto__', 'constructor', 'prototype', '<<',
];

const hostilePiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
);

/** Any text at all, biased towards the pieces above. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> => fc.string({ unit: hostilePiece, maxLength });

/** Text for a required field: not blank. */
const fieldText = hostileText(12).map((text) => (text.trim() === '' ? `x${text}` : text));

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,10}$/);

const partialDate = fc
  .tuple(fc.integer({ min: 1000, max: 2999 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.integer({ min: 1, max: 28 }), fc.boolean())
  .map(([year, month, day, withDay]) => {
    if (month === null) return `${year}`;
    const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
    return withDay ? `${yearMonth}-${String(day).padStart(2, '0')}` : yearMonth;
  });

const anchor: fc.Arbitrary<Anchor> = fc
  .record({ exact: fieldText, prefix: hostileText(8), suffix: hostileText(8), offset: fc.nat() }, { requiredKeys: ['exact'] });

/** A dossier the parser must accept, its text fields full of hostile pieces. */
export const validDossier: fc.Arbitrary<Dossier> = fc
  .uniqueArray(slug, { minLength: 0, maxLength: 4 })
  .chain((actorIds) => {
    const actorId = actorIds.length ? fc.constantFrom(...actorIds) : fc.constant(undefined);
    const actors = fc.tuple(...actorIds.map((id) => fc.record({
      id: fc.constant(id),
      kind: fc.constantFrom(...ACTOR_KINDS),
      name: fieldText,
      // Aliases that would match everywhere are refused (aliasRules): generate usable ones.
      aliases: fc.array(hostileText(10).filter((alias) => aliasProblem(alias) === undefined), { maxLength: 3 }),
      role: fc.option(hostileText(10), { nil: undefined }),
    }))) as fc.Arbitrary<Actor[]>;
    const events = fc.uniqueArray(slug, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => fc.record({
      id: fc.constant(id),
      date: fc.option(partialDate, { nil: undefined }),
      approximate: fc.option(fc.boolean(), { nil: undefined }),
      title: fieldText,
      actors: fc.array(actorId, { maxLength: 2 }).map((ids) => ids.filter((a): a is string => a !== undefined)),
      anchor: fc.option(anchor, { nil: undefined }),
    })))) as fc.Arbitrary<DossierEvent[]>;
    const quotes = fc.uniqueArray(slug, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => fc.record({
      id: fc.constant(id),
      kind: fc.constantFrom(...QUOTE_KINDS),
      speaker: actorId.map((a) => a ?? null),
      text: fieldText,
      attribution: fc.option(hostileText(10), { nil: undefined }),
      anchor: fc.option(anchor, { nil: undefined }),
    })))) as fc.Arbitrary<Quote[]>;
    const article = fc.record({
      id: slug,
      title: fc.option(hostileText(20), { nil: undefined }),
      outlet: fc.option(hostileText(10), { nil: undefined }),
      authors: fc.option(fc.array(hostileText(10), { maxLength: 2 }), { nil: undefined }),
      published: fc.option(partialDate, { nil: undefined }),
      url: fc.option(hostileText(20), { nil: undefined }),
      text: fc.option(hostileText(60), { nil: undefined }),
    });
    return fc.record({ sourcebook: fc.constant(1 as const), article, actors, events, quotes });
  })
  .map((dossier) => withoutUndefined(dossier) as Dossier);

/** One way a file gets damaged: cut short, spliced, line endings or encoding marks changed. */
type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line-endings'; to: '\r\n' | '\r' | 'mixed' }
  | { kind: 'bom' };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostileText(6) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(80) }),
  fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
);

export function applyDamage(text: string, d: Damage): string {
  const at = 'at' in d ? d.at % (text.length + 1) : 0;
  switch (d.kind) {
    case 'truncate': return text.slice(0, at);
    case 'insert': return text.slice(0, at) + d.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + d.length);
    case 'duplicate': return text.slice(0, at + d.length) + text.slice(at, at + d.length) + text.slice(at + d.length);
    case 'line-endings': {
      let n = 0;
      return text.replace(/\n/g, () => (d.to === 'mixed' ? ['\n', '\r\n', '\r'][n++ % 3] : d.to));
    }
    case 'bom': return '\uFEFF' + text;
  }
}

/** A valid dossier's YAML after a few accidents. */
export const damagedDossierText = fc
  .tuple(validDossier, fc.array(damage, { minLength: 1, maxLength: 4 }))
  .map(([dossier, damages]) => damages.reduce(applyDamage, stringify(dossier, { lineWidth: 0 })));

const KNOWN_KEYS = ['sourcebook', 'article', 'actors', 'events', 'quotes', 'id', 'kind', 'name', 'aliases', 'role', 'date', 'title',
  'speaker', 'text', 'anchor', 'exact', 'offset', 'file', 'published', 'authors', '__proto__', 'constructor'];

/** The dossier's keys, with values of any shape (maps, lists, numbers, nulls, dates...). */
export const wrongShapeYaml = fc
  .tuple(
    fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), hostileText(10), partialDate, slug),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), hostileText(6)), tie('value'), { maxKeys: 5 }),
      ),
    })).value,
    fc.constantFrom('block' as const, 'flow' as const, 'any' as const),
  )
  .map(([value, collectionStyle]) => {
    const root = { sourcebook: 1, article: value, actors: value, events: value, quotes: value };
    return stringify(root, { collectionStyle, lineWidth: 0, aliasDuplicateObjects: true });
  });

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = withoutUndefined(inner);
    return out;
  }
  return value;
}
