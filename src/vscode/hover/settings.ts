// The `sourcebook.hover.*` settings, read in one place.
import * as vscode from 'vscode';
import type { CardOptions } from '../../core/hover/card';

export interface HoverSettings {
  enabled: boolean;
  /** Language ids (or "*") whose documents get hover cards. */
  languages: string[];
  card: Pick<CardOptions, 'show' | 'maxQuotes' | 'maxEvents'>;
}

export const PROSE_LANGUAGES = ['markdown', 'plaintext', 'latex', 'tex', 'restructuredtext', 'asciidoc'];

export function readHoverSettings(): HoverSettings {
  const config = vscode.workspace.getConfiguration('sourcebook.hover');
  const count = (key: string, fallback: number) => Math.max(1, Math.floor(config.get<number>(key, fallback)));
  return {
    enabled: config.get<boolean>('enabled', true),
    languages: config.get<string[]>('languages', PROSE_LANGUAGES).filter((id) => typeof id === 'string' && id.trim() !== ''),
    card: {
      show: {
        role: config.get<boolean>('showRole', true),
        articles: config.get<boolean>('showArticles', true),
        quotes: config.get<boolean>('showQuotes', true),
        events: config.get<boolean>('showEvents', true),
        commands: config.get<boolean>('showCommands', true),
      },
      maxQuotes: count('maxQuotes', 3),
      maxEvents: count('maxEvents', 5),
    },
  };
}
