// A person's judgements that two actors of different dossiers are, or are not,
// the same: `sourcebook.identities.yaml` at the workspace root. The library's
// merge honours them ("not the same" keeps two same-named people apart, "same"
// joins differently named ones). An actor is named "article-id/actor-id".
//
//   sourcebook-identities: 1
//   judgements:
//     - actors: [caracas-bogota-2022/petro, bogota-2023/gustavo-petro]
//       same: true
import { isMap, isScalar, isSeq, Node, parseDocument, YAMLMap } from 'yaml';
import { LineMap, Problem } from './dossier/problems';
import { afterLine, eolOf, TextEdit } from './dossier/edits/yamlSource';

export const IDENTITIES_FILE = 'sourcebook.identities.yaml';

export interface IdentityJudgement {
  /** Two actor refs, "article-id/actor-id". */
  actors: [string, string];
  same: boolean;
}

export interface ParsedIdentities {
  judgements: IdentityJudgement[];
  problems: Problem[];
}

const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*\/[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function actorRef(articleId: string, actorId: string): string {
  return `${articleId}/${actorId}`;
}

export function parseIdentities(text: string): ParsedIdentities {
  const lines = new LineMap(text);
  const problems: Problem[] = [];
  const report = (message: string, node?: Node | null, severity: Problem['severity'] = 'error') => {
    const start = Math.min(node?.range?.[0] ?? 0, text.length);
    const end = Math.min(node?.range?.[1] ?? start, text.length);
    problems.push({ severity, message, start, end, ...lines.position(start) });
  };
  const judgements: IdentityJudgement[] = [];
  const doc = parseDocument(text, { uniqueKeys: true });
  for (const error of doc.errors) {
    const start = Math.min(error.pos[0], text.length);
    problems.push({ severity: 'error', message: `YAML: ${error.message.split('\n')[0]}`, start, end: Math.min(error.pos[1], text.length), ...lines.position(start) });
  }
  if (doc.errors.length) return { judgements, problems };
  const root = doc.contents;
  if (root === null) return { judgements, problems };
  if (!isMap(root)) {
    report('An identities file is a mapping with "sourcebook-identities: 1" and "judgements".', root as Node);
    return { judgements, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'sourcebook-identities' && key !== 'judgements') report(`Unknown key "${key}"; known keys: sourcebook-identities, judgements. It is ignored.`, pair.key as Node, 'warning');
  }
  const version = root.get('sourcebook-identities', true) as Node | undefined;
  if (!isScalar(version) || version.value !== 1) report('Missing or unsupported "sourcebook-identities: 1" (the format version).', version ?? root);
  const list = root.get('judgements', true) as Node | undefined;
  if (list === undefined || (isScalar(list) && list.value === null)) return { judgements, problems };
  if (!isSeq(list)) {
    report('"judgements" is a list (each item starts with "- ").', list);
    return { judgements, problems };
  }
  for (const item of list.items as Node[]) {
    const judgement = readJudgement(item, report);
    if (judgement) judgements.push(judgement);
  }
  return { judgements, problems };
}

function readJudgement(item: Node, report: (message: string, node?: Node | null, severity?: Problem['severity']) => void): IdentityJudgement | undefined {
  if (!isMap(item)) {
    report('Each judgement is a mapping: actors: [article/actor, article/actor] and same: true or false.', item);
    return undefined;
  }
  const actors = item.get('actors', true) as Node | undefined;
  const same = item.get('same', true) as Node | undefined;
  const refs = isSeq(actors) ? (actors.items as Node[]).map((n) => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined)) : [];
  if (!isSeq(actors) || refs.length !== 2 || refs.some((r) => r === undefined || !REF_PATTERN.test(r))) {
    report('"actors" names two actors as "article-id/actor-id".', actors ?? item);
    return undefined;
  }
  if (refs[0] === refs[1]) {
    report('A judgement names two different actors.', actors);
    return undefined;
  }
  if (!isScalar(same) || typeof same.value !== 'boolean') {
    report('"same" is true (one person) or false (two people).', same ?? item);
    return undefined;
  }
  return { actors: [refs[0]!, refs[1]!], same: same.value };
}

/**
 * Records a judgement: an existing one about the same pair is changed in
 * place, a new one is appended (the file is created when `text` is empty).
 */
export function recordJudgement(text: string, actors: [string, string], same: boolean): TextEdit[] {
  const eol = eolOf(text);
  const entry = (indent: string) => `${indent}- actors: [${actors[0]}, ${actors[1]}]${eol}${indent}  same: ${same}${eol}`;
  if (text.trim() === '') return [{ offset: 0, length: text.length, newText: `# Which actors of different dossiers are the same person (see the README).${eol}sourcebook-identities: 1${eol}judgements:${eol}${entry('  ')}` }];
  const doc = parseDocument(text);
  const root = doc.contents as YAMLMap;
  const list = root.get('judgements', true) as Node | undefined;
  if (isSeq(list) && !list.flow) {
    for (const item of list.items as Node[]) {
      if (!isMap(item)) continue;
      const refs = (item.get('actors', true) as { items?: Node[] } | undefined)?.items?.map((n) => (isScalar(n) ? n.value : undefined)) ?? [];
      if (refs.length === 2 && refs.includes(actors[0]) && refs.includes(actors[1])) {
        const node = item.get('same', true) as Node;
        return [{ offset: node.range![0], length: node.range![1] - node.range![0], newText: String(same) }];
      }
    }
    const last = list.items[list.items.length - 1] as Node | undefined;
    if (last) {
      const dash = text.lastIndexOf('-', last.range![0]);
      const indent = ' '.repeat(dash - (text.lastIndexOf('\n', dash) + 1));
      const at = afterLine(text, last.range![1]);
      return [{ offset: at, length: 0, newText: (text.endsWith('\n') || at < text.length ? '' : eol) + entry(indent) }];
    }
  }
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'judgements');
  if (pair) {
    const start = (pair.key as Node).range![0];
    const end = afterLine(text, (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1]);
    return [{ offset: start, length: end - start, newText: `judgements:${eol}${entry('  ')}` }];
  }
  return [{ offset: text.length, length: 0, newText: `${text.endsWith('\n') ? '' : eol}judgements:${eol}${entry('  ')}` }];
}
