import * as vscode from 'vscode';
import { DOCUMENTS_GROUPINGS, Settings, type DocumentsGrouping } from './constants';

const section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration(Settings.section);

export const fileExtensions = (): string[] => section().get<string[]>(Settings.fileExtensions, ['.txt', '.md']);
export const maxBytes = (): number => Math.max(1, section().get<number>(Settings.maxFileSizeMB, 5)) * 1024 * 1024;
export const modelEnabled = (): boolean => section().get<boolean>(Settings.modelEnabled, true);
export const highlightFigures = (): boolean => section().get<boolean>(Settings.highlightFigures, true);
export const highlightActors = (): boolean => section().get<boolean>(Settings.highlightActors, true);
export const highlightAttribution = (): boolean => section().get<boolean>(Settings.highlightAttribution, true);
export const dimBoilerplate = (): boolean => section().get<boolean>(Settings.dimBoilerplate, true);
export const documentsGrouping = (): DocumentsGrouping => {
  const value = section().get<string>(Settings.documentsGroupBy, 'folder');
  return (DOCUMENTS_GROUPINGS as readonly string[]).includes(value) ? (value as DocumentsGrouping) : 'folder';
};

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
