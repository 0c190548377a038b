// The CSL styles and locale shipped in data/csl, read once on first use.
import * as vscode from 'vscode';
import { CSL_FILES, CSL_STYLES, CslStyleId, ReferenceFormatter } from '../../core/citation/references';
import { decodeText } from '../library/files';

export class BundledReferences {
  private formatter?: Promise<ReferenceFormatter>;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The formatter, once the style files are read (about 120 kB, read once). */
  get(): Promise<ReferenceFormatter> {
    // A failed read is not cached, so the next insertion tries again.
    this.formatter ??= this.load().catch((error) => {
      this.formatter = undefined;
      throw error;
    });
    return this.formatter;
  }

  private async load(): Promise<ReferenceFormatter> {
    const read = async (name: string) => decodeText(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'data', 'csl', name)));
    const [locale, ...styles] = await Promise.all([read(CSL_FILES.locale), ...CSL_STYLES.map((id) => read(CSL_FILES.style(id)))]);
    const byId = new Map<CslStyleId, string>(CSL_STYLES.map((id, i) => [id, styles[i]]));
    return new ReferenceFormatter({ style: (id) => byId.get(id)!, locale: () => locale });
  }
}
