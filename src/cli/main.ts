// The `sourcebook` command-line tool.
import { checkFiles } from './check';
import { exportVerb } from './export';
import { extractVerb } from './extract';
import { auditVerb } from './audit';

const USAGE = `Usage:
  sourcebook check FILE...      validate dossiers; prints file:line:column: message
  sourcebook extract FILE [--published YYYY-MM-DD] [--json]
                                build a dossier from an article (YAML, or JSON)
  sourcebook export FILE... --format timelinejs|csv|csl-json [--out DIR] [--table actors|quotes|events]
                                the dossiers as a TimelineJS timeline, CSV tables or CSL-JSON references
  sourcebook audit DRAFT... [--format md|csv|json] [--dossiers GLOB] [--strict] [--accents]
                                fact-check drafts' quotations and names; prints file:line:column: message

Exit status: 0 success, 1 problems found, 2 bad usage.`;

type Verb = (args: string[]) => number | Promise<number>;

const verbs: Record<string, Verb> = {
  check: (args) => {
    if (args.length === 0 || args.some((a) => a.startsWith('-'))) return usage('check needs one or more dossier files.');
    return checkFiles(args, (line) => console.log(line));
  },
  extract: (args) => extractVerb(args),
  export: (args) => exportVerb(args),
  audit: (args) => auditVerb(args),
};

function usage(problem?: string): number {
  if (problem) console.error(`sourcebook: ${problem}`);
  console.error(USAGE);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(USAGE);
    return 0;
  }
  const run = verb ? verbs[verb] : undefined;
  if (!run) return usage(verb ? `unknown command "${verb}".` : undefined);
  return run(args);
}

/** Runs the CLI and sets the exit code; bin/sourcebook.js calls this. */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => { process.exitCode = code; },
    (error) => { console.error(`sourcebook: ${(error as Error).message}`); process.exitCode = 2; },
  );
}
