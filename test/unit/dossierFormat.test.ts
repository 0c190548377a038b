// The format table (src/core/dossier/format.ts) is the one definition of the
// dossier's keys: the JSON schema must say the same, the parser must read
// every key of it and the serializer write every key of it. A key added to
// the table alone (so to the parser) fails the schema test; a key the parser
// or serializer skips fails the round trip.
import * as assert from 'assert';
import { parse } from 'yaml';
import { DOSSIER_FORMAT, Field, ID_PATTERN, keysOf, MappingFormat } from '../../src/core/dossier/format';
import { parseDossier } from '../../src/core/dossier/parse';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { Dossier } from '../../src/core/model';
import { readRepoFile } from './helpers';

type Json = Record<string, unknown>;

const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** What the schema must say of a key of this type. */
function schemaOfField(field: Field<never>): Json {
  switch (field.type) {
    case 'version': return { const: 1 };
    case 'id': return { type: 'string', pattern: ID_PATTERN.source };
    case 'text': return field.required ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'textList': return { type: 'array', items: { type: 'string' } };
    case 'date': return { type: 'string', pattern: PARTIAL_DATE_PATTERN };
    case 'day': return { type: 'string', pattern: DAY_PATTERN };
    case 'boolean': return { type: 'boolean' };
    case 'confidence': return { type: 'number', minimum: 0, maximum: 1 };
    case 'offset': return { type: 'integer', minimum: 0 };
    case 'enum': return { enum: [...field.values!] };
    case 'actorRef': return { type: ['string', 'null'] };
    case 'actorRefs': return { type: 'array', items: { type: 'string', pattern: ID_PATTERN.source } };
    case 'mapping': return schemaOfMapping(field.fields!);
    case 'list': return { type: 'array', items: schemaOfMapping(field.fields!) };
  }
}

function schemaOfMapping(format: MappingFormat): Json {
  return {
    type: 'object',
    required: format.fields.filter((f) => f.required).map((f) => f.key),
    additionalProperties: false,
    properties: Object.fromEntries(format.fields.map((f) => [f.key, schemaOfField(f)])),
  };
}

/** The schema without what is prose (descriptions, titles, ids) and without the article's file-or-text rule (checked apart). */
function structureOf(value: unknown, isProperties = false): unknown {
  if (Array.isArray(value)) return value.map((item) => structureOf(item));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    // Inside "properties" every key is a dossier key ("title" too).
    if (!isProperties && ['description', 'title', '$schema', '$id', 'not'].includes(key)) continue;
    out[key] = structureOf(item, !isProperties && key === 'properties');
  }
  return out;
}

/** Every mapping of the schema, with the path it is at: "", "article", "actors[]", "events[].anchor", … */
function mappingsOf(schema: Json, path = ''): [string, Json][] {
  const found: [string, Json][] = [[path, schema]];
  for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const at = path ? `${path}.${key}` : key;
    if (property.type === 'object') found.push(...mappingsOf(property, at));
    if (property.type === 'array' && (property.items as Json).type === 'object') found.push(...mappingsOf(property.items as Json, `${at}[]`));
  }
  return found;
}

function formatsOf(format: MappingFormat, path = ''): [string, MappingFormat][] {
  const found: [string, MappingFormat][] = [[path, format]];
  for (const field of format.fields) {
    const at = path ? `${path}.${field.key}` : field.key;
    if (field.type === 'mapping') found.push(...formatsOf(field.fields!, at));
    if (field.type === 'list') found.push(...formatsOf(field.fields!, `${at}[]`));
  }
  return found;
}

/** A value of each type that the parser accepts; refs point at the one actor. */
function sampleOf(field: Field<never>, what: string): unknown {
  switch (field.type) {
    case 'version': return 1;
    case 'id': return `${what}-1`;
    case 'text': return `the ${field.key}`;
    case 'textList': return [`Ana ${field.key}`];
    case 'date': return '2022-08';
    case 'day': return '2022-08-09';
    case 'boolean': return true;
    case 'confidence': return 0.5;
    case 'offset': return 3;
    case 'enum': return field.values![0];
    case 'actorRef': return 'actor-1';
    case 'actorRefs': return ['actor-1'];
    case 'mapping': return sampleMapping(field.fields!);
    case 'list': return [sampleMapping(field.fields!)];
  }
}

function sampleMapping(format: MappingFormat): Json {
  return Object.fromEntries(format.fields.map((f) => [f.key, sampleOf(f, format.what)]));
}

/** Every key of the table filled; an article has `file` or `text`, so one of them goes. */
function fullDossier(without: 'file' | 'text'): Dossier {
  const dossier = sampleMapping(DOSSIER_FORMAT) as unknown as Dossier;
  delete dossier.article[without];
  return dossier;
}

describe('the dossier format table', () => {
  const schema = JSON.parse(readRepoFile('schemas', 'dossier.schema.json')) as Json;

  it('lists the same keys, in the same order, as each mapping of the JSON schema', () => {
    const fromSchema = mappingsOf(schema).map(([path, mapping]) => [path, Object.keys(mapping.properties as Json)]);
    const fromTable = formatsOf(DOSSIER_FORMAT).map(([path, format]) => [path, keysOf(format)]);
    assert.deepStrictEqual(fromSchema, fromTable);
  });

  it('gives each key the type, pattern and required-ness the schema gives it', () => {
    assert.deepStrictEqual(structureOf(schema), { type: 'object', ...schemaOfMapping(DOSSIER_FORMAT) });
    // The one rule the table leaves to the parser: an article has a file or a text, not both.
    assert.deepStrictEqual((schema.properties as Record<string, Json>).article.not, { required: ['file', 'text'] });
  });

  for (const without of ['file', 'text'] as const) {
    it(`parses and writes every key of the table (an article without "${without}")`, () => {
      const dossier = fullDossier(without);
      const yaml = serializeDossier(dossier);
      const parsed = parseDossier(yaml);
      assert.deepStrictEqual(parsed.problems, []);
      assert.deepStrictEqual(parsed.dossier, dossier);
      // Written in the table's order, every key present.
      const written = parse(yaml) as Json;
      const article = keysOf(formatsOf(DOSSIER_FORMAT).find(([path]) => path === 'article')![1]).filter((key) => key !== without);
      assert.deepStrictEqual(Object.keys(written), keysOf(DOSSIER_FORMAT));
      assert.deepStrictEqual(Object.keys(written.article as Json), article);
      for (const [path, format] of formatsOf(DOSSIER_FORMAT).filter(([p]) => p.endsWith('[]'))) {
        assert.deepStrictEqual(Object.keys((written[path.slice(0, -2)] as Json[])[0]), keysOf(format), path);
      }
    });
  }

  it('warns about a key the table does not have, naming the known keys in the table\'s order', () => {
    const { problems } = parseDossier('sourcebook: 1\narticle: {id: a, subtitle: x}\n');
    assert.deepStrictEqual(problems.map((p) => p.message), [`Unknown key "subtitle" in this article; known keys: ${keysOf(formatsOf(DOSSIER_FORMAT)[1][1]).join(', ')}. It is ignored.`]);
    // The positive control: the same dossier without it reads cleanly.
    assert.deepStrictEqual(parseDossier('sourcebook: 1\narticle: {id: a}\n').problems, []);
  });
});
