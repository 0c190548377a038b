// "Only actors mentioned in the active editor": follows the editor the user
// writes in (not the article view the tree itself opens) and finds the actors
// it names with the library's name index.
import * as vscode from 'vscode';
import { Library, LibraryActor } from '../../core/library';
import { ActorFilter } from '../../core/views/nodes';
import { ARTICLE_SCHEME } from '../article/articleDocuments';
import { Disposable } from '../library/disposable';

export const FILTER_CONTEXT_KEY = 'sourcebook.filteringByEditor';
const STATE_KEY = 'sourcebook.filterByActiveEditor';
const TYPING_DELAY_MS = 300;
/** Editors that are not drafts: the article view, output panes, settings. */
const IGNORED_SCHEMES = new Set([ARTICLE_SCHEME, 'output', 'vscode-settings', 'vscode-userdata', 'debug']);

export class MentionFilter extends Disposable {
  private enabled: boolean;
  private document?: vscode.TextDocument;
  private cache?: { library: Library; version: number; uri: string; actors: Set<LibraryActor> };
  private typingTimer?: ReturnType<typeof setTimeout>;
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** Fires when the filter is turned on or off, or the followed editor or its text changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {
    super();
    this.enabled = state.get<boolean>(STATE_KEY, false);
    this.follow(vscode.window.activeTextEditor);
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, this.enabled);
    this.register(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.follow(editor) && this.enabled) this.changed.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.enabled || e.document !== this.document) return;
        clearTimeout(this.typingTimer);
        this.typingTimer = setTimeout(() => this.changed.fire(), TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc !== this.document) return;
        this.document = undefined;
        if (this.enabled) this.changed.fire();
      }),
      { dispose: () => clearTimeout(this.typingTimer) },
    );
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** The name of the followed document, for the view's message. */
  get documentName(): string | undefined {
    return this.document && (this.document.isUntitled ? this.document.uri.path : this.document.uri.path.split('/').pop());
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    await this.state.update(STATE_KEY, enabled);
    await vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, enabled);
    this.changed.fire();
  }

  /** The actors to show, or undefined when the filter is off. */
  shownIn(library: Library): ActorFilter {
    if (!this.enabled) return undefined;
    const doc = this.document;
    if (!doc) return new Set();
    const uri = doc.uri.toString();
    if (this.cache?.library !== library || this.cache.version !== doc.version || this.cache.uri !== uri) {
      const actors = new Set<LibraryActor>();
      for (const match of library.names.findAll(doc.getText())) for (const actor of match.targets) actors.add(actor);
      this.cache = { library, version: doc.version, uri, actors };
    }
    return this.cache.actors;
  }

  /** Follows a new active editor; keeps the last draft when the article view (or no editor) comes up. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || IGNORED_SCHEMES.has(editor.document.uri.scheme) || editor.document === this.document) return false;
    this.document = editor.document;
    return true;
  }
}
