// Export Timeline (TimelineJS)…, Export as CSV…, Export References (CSL-JSON)…:
// the whole library or one dossier, written where the user says. An existing
// file is replaced only after asking. Arguments let tests and keybindings skip
// the questions: { dossierSource?: string | 'library', target?: uri string,
// tables?: ('actors'|'quotes'|'events')[], replace?: boolean }.
import * as vscode from 'vscode';
import { inertText } from '../../core/display/inertText';
import { CSV_TABLES, CsvTable, csvTable } from '../../core/export/csv';
import { cslJsonItems } from '../../core/export/cslJson';
import { timelineJs } from '../../core/export/timelineJs';
import { Library, LoadedDossier } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { exists } from '../library/files';

export interface ExportArgs {
  /** A dossier's source URI, or 'library' for every dossier. */
  dossierSource?: string;
  /** The file (TimelineJS, CSL-JSON) or folder (CSV) to write to. */
  target?: string;
  tables?: CsvTable[];
  /** Replace existing files without asking (for tests and keybindings). */
  replace?: boolean;
}

type Scope = { dossiers: LoadedDossier[]; name: string; library: Library };

export function registerExports(context: vscode.ExtensionContext, library: DossierLibrary): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.exportTimelineJs', (args?: ExportArgs) => exportTimelineJs(library, args)),
    vscode.commands.registerCommand('sourcebook.exportCsv', (args?: ExportArgs) => exportCsv(library, args)),
    vscode.commands.registerCommand('sourcebook.exportCslJson', (args?: ExportArgs) => exportCslJson(library, args)),
  );
}

async function exportTimelineJs(library: DossierLibrary, args: ExportArgs = {}): Promise<vscode.Uri[]> {
  const scope = await chooseScope(library, args);
  if (!scope) return [];
  const target = await chooseFile(args, `${scope.name}-timeline.json`, vscode.l10n.t('Export Timeline (TimelineJS)'));
  if (!target) return [];
  const { timeline, undated } = timelineJs(scope.library);
  const written = await writeFiles([[target, JSON.stringify(timeline, null, 2) + '\n']], args.replace);
  if (written.length) {
    const note = undated ? ' ' + vscode.l10n.t('{0} undated events were left out: TimelineJS places events by date.', undated) : '';
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} events to {1}.', timeline.events.length, vscode.workspace.asRelativePath(target)) + note);
  }
  return written;
}

async function exportCsv(library: DossierLibrary, args: ExportArgs = {}): Promise<vscode.Uri[]> {
  const scope = await chooseScope(library, args);
  if (!scope) return [];
  const tables = args.tables ?? (await chooseTables());
  if (!tables?.length) return [];
  const folder = args.target ? vscode.Uri.parse(args.target) : await chooseFolder();
  if (!folder) return [];
  const files: [vscode.Uri, string][] = tables.map((table) => [vscode.Uri.joinPath(folder, `${scope.name}-${table}.csv`), csvTable(table, scope.dossiers)]);
  const written = await writeFiles(files, args.replace);
  if (written.length) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} in {1}.', written.map((uri) => uri.path.split('/').pop()).join(', '), vscode.workspace.asRelativePath(folder)));
  return written;
}

async function exportCslJson(library: DossierLibrary, args: ExportArgs = {}): Promise<vscode.Uri[]> {
  const scope = await chooseScope(library, args);
  if (!scope) return [];
  const target = await chooseFile(args, `${scope.name}-references.json`, vscode.l10n.t('Export References (CSL-JSON)'));
  if (!target) return [];
  const items = cslJsonItems(scope.dossiers);
  const written = await writeFiles([[target, JSON.stringify(items, null, 2) + '\n']], args.replace);
  if (written.length) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} references to {1}.', items.length, vscode.workspace.asRelativePath(target)));
  return written;
}

async function chooseScope(library: DossierLibrary, args: ExportArgs): Promise<Scope | undefined> {
  await library.ready;
  const current = library.current;
  const whole: Scope = { dossiers: [...current.dossiers], name: 'library', library: current };
  const one = (loaded: LoadedDossier): Scope => ({ dossiers: [loaded], name: loaded.dossier.article.id, library: new Library([loaded]) });
  if (args.dossierSource === 'library') return whole;
  if (args.dossierSource) {
    const loaded = current.dossiers.find((d) => d.source === args.dossierSource);
    if (!loaded) void vscode.window.showWarningMessage(vscode.l10n.t('That dossier is not in the library (any more).'));
    return loaded && one(loaded);
  }
  if (current.dossiers.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The library has no dossiers to export.'));
    return undefined;
  }
  if (current.dossiers.length === 1) return one(current.dossiers[0]);
  type Item = vscode.QuickPickItem & { scope: Scope };
  const items: Item[] = [
    { label: vscode.l10n.t('Whole library'), description: vscode.l10n.t('{0} dossiers', current.dossiers.length), scope: whole },
    ...current.dossiers.map((loaded) => ({ label: inertText(loaded.dossier.article.title ?? loaded.dossier.article.id), description: inertText(loaded.dossier.article.id), scope: one(loaded) })),
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export which dossiers?') }))?.scope;
}

async function chooseTables(): Promise<CsvTable[] | undefined> {
  const names: Record<CsvTable, string> = { actors: vscode.l10n.t('Actors'), quotes: vscode.l10n.t('Quotes'), events: vscode.l10n.t('Events') };
  const picked = await vscode.window.showQuickPick(
    CSV_TABLES.map((table) => ({ label: names[table], table, picked: true })),
    { title: vscode.l10n.t('Which tables? (one CSV file each)'), canPickMany: true },
  );
  return picked?.map((item) => item.table);
}

async function chooseFile(args: ExportArgs, defaultName: string, title: string): Promise<vscode.Uri | undefined> {
  if (args.target) return vscode.Uri.parse(args.target);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return vscode.window.showSaveDialog({ title, defaultUri: folder && vscode.Uri.joinPath(folder.uri, defaultName), filters: { JSON: ['json'] } });
}

async function chooseFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Folder for the CSV files'),
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Export Here'),
  });
  return picked?.[0];
}

/** Writes each file; one that exists is replaced only if the user says so (or `replace`). */
async function writeFiles(files: [vscode.Uri, string][], replace = false): Promise<vscode.Uri[]> {
  const existing = [];
  for (const [uri] of files) if (await exists(uri)) existing.push(uri);
  if (existing.length && !replace) {
    const replaceLabel = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it?', existing.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ')),
      { modal: true },
      replaceLabel,
    );
    if (answer !== replaceLabel) return [];
  }
  const encoder = new TextEncoder();
  for (const [uri, text] of files) await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return files.map(([uri]) => uri);
}
