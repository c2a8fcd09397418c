import * as vscode from 'vscode';

/** Opens a document of the corpus and reveals the range [start, end), in the active editor group unless `column` says otherwise. */
export async function openLocation(toUri: (path: string) => vscode.Uri, path: string, start = 0, end = start, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(toUri(path));
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  return vscode.window.showTextDocument(doc, { selection: range, preview: false, ...(column !== undefined ? { viewColumn: column } : {}) });
}
