// Dossier text in a notification or a QuickPick is data: link syntax
// ([x](command:…)) and icon syntax ($(name)) are neutralised.
export function safeText(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`).replace(/\$\(/g, '\\$(');
}
