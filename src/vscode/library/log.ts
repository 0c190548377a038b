// The "Sourcebook" Output channel: what went wrong while loading (a dossier
// left out and why, a file that could not be read) and how long loads took.
// Created on first use; extension.ts disposes of it with the extension.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function outputChannel(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('Sourcebook', { log: true }));
}

export const log = {
  info: (message: string) => outputChannel().info(message),
  warn: (message: string) => outputChannel().warn(message),
  error: (message: string, error?: unknown) => outputChannel().error(error === undefined ? message : `${message}: ${describe(error)}`),
};

/** Closes the channel; a later message opens a new one. */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
