// The `sourcebook` command-line tool.
import { checkFiles } from './check';
import { exportVerb } from './export';
import { extractVerb } from './extract';
import { auditVerb } from './audit';
import { escapeControls, terminal } from './terminalText';

const USAGE = `Usage:
  sourcebook check [--root DIR | --allow-outside] FILE...
                                validate dossiers; prints file:line:column: message.
                                A dossier's file: article is read only within the
                                current directory (or DIR), unless --allow-outside
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
    const files: string[] = [];
    let root: string | null | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--allow-outside') root = null;
      else if (args[i] === '--root') {
        root = args[++i];
        if (root === undefined) return usage('--root needs a directory.');
      } else if (args[i].startsWith('-')) return usage(`unknown option "${args[i]}".`);
      else files.push(args[i]);
    }
    if (files.length === 0) return usage('check needs one or more dossier files.');
    return checkFiles(files, (line) => console.log(escapeControls(line)), { root });
  },
  extract: (args) => extractVerb(args, terminal),
  export: (args) => exportVerb(args, terminal),
  audit: (args) => auditVerb(args, terminal),
};

function usage(problem?: string): number {
  if (problem) console.error(escapeControls(`sourcebook: ${problem}`));
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
