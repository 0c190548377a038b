// The Coverage view's rows: the actors the draft quotes or mentions, grouped
// by kind, then the speakers its sources quote that it leaves out. Labels are
// plain text; a row reveals the draft's first mention.
import * as vscode from 'vscode';
import { Coverage, CoveredActor, LeftOutSpeaker } from '../../core/audit/coverage';
import { ACTOR_KINDS, ActorKind } from '../../core/model';
import { ICONS, KIND_ICONS } from '../../core/views/display';
import { kindLabel } from '../tree/treeItems';

export type CoverageNode =
  | { type: 'kind'; kind: ActorKind; actors: CoveredActor[] }
  | { type: 'actor'; actor: CoveredActor }
  | { type: 'leftOutGroup'; speakers: LeftOutSpeaker[] }
  | { type: 'leftOut'; speaker: LeftOutSpeaker };

export interface CoverageState {
  draft: vscode.Uri;
  coverage: Coverage;
}

export class CoverageTreeProvider implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private state?: CoverageState;
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changes.event;

  get current(): CoverageState | undefined {
    return this.state;
  }

  show(state: CoverageState | undefined): void {
    this.state = state;
    this.changes.fire();
  }

  getChildren(node?: CoverageNode): CoverageNode[] {
    const coverage = this.state?.coverage;
    if (!coverage) return [];
    if (!node) {
      const groups: CoverageNode[] = ACTOR_KINDS.map((kind) => ({ type: 'kind' as const, kind, actors: coverage.covered.filter((a) => a.kind === kind) })).filter((g) => g.actors.length > 0);
      if (coverage.leftOut.length) groups.push({ type: 'leftOutGroup', speakers: coverage.leftOut });
      return groups;
    }
    if (node.type === 'kind') return node.actors.map((actor) => ({ type: 'actor', actor }));
    if (node.type === 'leftOutGroup') return node.speakers.map((speaker) => ({ type: 'leftOut', speaker }));
    return [];
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.actors.length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind]);
        item.id = `kind:${node.kind}`;
        return item;
      }
      case 'leftOutGroup': {
        const item = new vscode.TreeItem(vscode.l10n.t('Quoted in the sources, not in the draft'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.speakers.length);
        item.iconPath = new vscode.ThemeIcon('mute');
        item.id = 'leftOut';
        return item;
      }
      case 'actor': {
        const { actor } = node;
        const item = new vscode.TreeItem(actor.name);
        item.id = `actor:${actor.actorKey}`;
        const mentions = actor.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', actor.mentions);
        item.description = actor.quotations ? vscode.l10n.t('{0} quoted words · {1}', actor.quotedWords, mentions) : mentions;
        item.iconPath = new vscode.ThemeIcon(actor.quotations ? ICONS.quote : KIND_ICONS[actor.kind]);
        item.contextValue = 'coverage.actor';
        if (this.state) {
          item.command = { command: 'sourcebook.revealInDraft', title: vscode.l10n.t('Reveal First Mention'), arguments: [this.state.draft.toString(), actor.first.start, actor.first.end] };
        }
        return item;
      }
      case 'leftOut': {
        const item = new vscode.TreeItem(node.speaker.name);
        item.id = `leftOut:${node.speaker.actorKey}`;
        item.description = vscode.l10n.t('{0} quotes in the sources', node.speaker.sourceQuotes);
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.contextValue = 'coverage.leftOut';
        item.command = { command: 'sourcebook.insertQuote', title: vscode.l10n.t('Insert Quote with Citation…'), arguments: [{ speakerKey: node.speaker.actorKey }] };
        return item;
      }
    }
  }

  dispose(): void {
    this.changes.dispose();
  }
}

/** "3 speakers; 78 % of quoted words from one" — names kept inert (no `$(icon)`). */
export function balanceLine(coverage: Coverage): string {
  if (!coverage.speakers) return vscode.l10n.t('No speaker quoted');
  const share = Math.round((coverage.top?.share ?? 0) * 100);
  if (coverage.speakers === 1) return vscode.l10n.t('1 speaker; {0} quoted words', coverage.quotedWords);
  return vscode.l10n.t('{0} speakers; {1} % of quoted words from one ({2})', coverage.speakers, share, (coverage.top?.name ?? '').replace(/\$\(/g, '$\u200b('));
}
