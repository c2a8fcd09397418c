import * as vscode from 'vscode';
import { join } from '../core/paths';
import { Settings } from './constants';

const section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration(Settings.section);

/**
 * Corpus folders as URI paths: each configured folder, resolved against every workspace folder; a workspace
 * folder with none of them is itself the corpus (`npm start -- ~/my-articles`).
 */
export async function corpusRoots(fs: { exists(path: string): Promise<boolean> }): Promise<string[]> {
  const configured = configuredRoots();
  const existing: string[] = [];
  for (const root of configured) if (await fs.exists(root)) existing.push(root);
  if (existing.length > 0) return existing;
  return (vscode.workspace.workspaceFolders ?? []).map((ws) => ws.uri.path);
}

function configuredRoots(): string[] {
  const folders = section().get<string[]>(Settings.corpusFolders, ['seeds']);
  const roots = new Set<string>();
  for (const ws of vscode.workspace.workspaceFolders ?? []) {
    for (const f of folders) roots.add(f.startsWith('/') ? f : join(ws.uri.path, f));
    // A workspace that is itself a folder of articles (opened on `seeds/`) is its own corpus.
    if (folders.some((f) => ws.uri.path.endsWith('/' + f.replace(/\/+$/, '')))) roots.add(ws.uri.path);
  }
  return [...roots];
}

export const fileExtensions = (): string[] => section().get<string[]>(Settings.fileExtensions, ['.txt', '.md']);
export const maxBytes = (): number => Math.max(1, section().get<number>(Settings.maxFileSizeMB, 5)) * 1024 * 1024;
export const modelEnabled = (): boolean => section().get<boolean>(Settings.modelEnabled, true);
export const highlightFigures = (): boolean => section().get<boolean>(Settings.highlightFigures, true);
export const highlightActors = (): boolean => section().get<boolean>(Settings.highlightActors, true);

export function registryPath(): string | undefined {
  const ws = vscode.workspace.workspaceFolders?.[0];
  if (!ws) return undefined;
  const file = section().get<string>(Settings.registryFile, 'source-annotator.actors.json');
  return file.startsWith('/') ? file : join(ws.uri.path, file);
}

/** The account name of the operating system, set by the node build's entry (a browser has none). */
let osUserName: () => string | undefined = () => undefined;
export function useOsUserName(lookup: () => string | undefined): void {
  osUserName = lookup;
}

export function author(): string {
  const configured = section().get<string>(Settings.author, '').trim();
  if (configured) return configured;
  try {
    return osUserName() || 'unknown';
  } catch {
    return 'unknown';
  }
}
