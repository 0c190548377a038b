// Hover cards for actor names in any open document (prose languages by
// default, more by setting), and in dossier files for the actor being edited.
import * as vscode from 'vscode';
import { DossierLibrary } from '../library/dossierLibrary';
import { ActorHoverProvider, ARTICLE_LANGUAGE } from './provider';
import { HoverSettings, readHoverSettings } from './settings';

export function registerHover(context: vscode.ExtensionContext, library: DossierLibrary): void {
  let settings = readHoverSettings();
  const provider = new ActorHoverProvider(library, () => settings);
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    registration = settings.enabled ? vscode.languages.registerHoverProvider(selectorFor(settings, context.extensionUri), provider) : undefined;
  };
  register();
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('sourcebook.hover')) return;
      settings = readHoverSettings();
      register();
    }),
  );
}

/**
 * Any scheme (files, untitled, virtual documents). Dossiers, the sample and
 * opened articles always; other YAML is asked too, so that a new untitled
 * dossier gets cards, and the provider answers there only for dossiers.
 */
function selectorFor(settings: HoverSettings, extensionUri: vscode.Uri): vscode.DocumentFilter[] {
  return [
    ...settings.languages.map((language) => ({ language })),
    { language: ARTICLE_LANGUAGE },
    { language: 'yaml' },
    { pattern: '**/*.dossier.yaml' },
    { pattern: new vscode.RelativePattern(extensionUri, 'data/dossier.yaml') },
  ];
}
