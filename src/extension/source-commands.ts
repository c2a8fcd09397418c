import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ResolvedSourceMeta } from '../core/model/source-meta';
import { LANGUAGES, META_FIELDS, PARTIAL_DATE, type MetaField } from '../core/model/source-vocabulary';
import type { Logger } from '../core/ports';
import { EditMetaRequest, SourceMetaRequest, type MetaEdit } from '../protocol/protocol';
import { registerReportingCommand } from './commands';
import { documentsGrouping } from './config';
import { Commands, DOCUMENTS_GROUPINGS, Settings, type DocumentsGrouping } from './constants';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

const FIELD_LABELS: Record<MetaField, string> = {
  title: 'Title', outlet: 'Outlet', source: 'Original source', published: 'Published', url: 'URL', author: 'Author', language: 'Language',
};
const GROUPING_LABELS: Record<DocumentsGrouping, string> = { folder: 'By folder', outlet: 'By outlet', published: 'By month of publication' };

/**
 * The analyst's decisions about an article as a source: its metadata (outlet, date, …) and which lines are not
 * the article. The pickers run here; the server records the decision in the sidecar (undoable like claim edits).
 */
export class SourceCommands extends Disposable {
  constructor(private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri, log: Logger) {
    super();
    const register = <A extends unknown[]>(id: string, fn: (...args: A) => Promise<unknown>): void => {
      this._register(registerReportingCommand(id, log, fn));
    };
    register(Commands.editSourceMeta, (target?: string | { path: string }, field?: MetaField, value?: string | null) => this.editMeta(target, field, value));
    register(Commands.markLine, (path?: string, line?: string, article?: boolean) => this.markLine(path, line, article));
    register(Commands.groupDocuments, (groupBy?: DocumentsGrouping) => this.group(groupBy));
  }

  private async send(path: string, edit: MetaEdit, label: string): Promise<void> {
    await (await this.client).sendRequest(EditMetaRequest, { uri: this.toUri(path).toString(), edit, label });
  }

  /** The article a command applies to: the argument (a path or a Documents row), else the active editor's. */
  private pathOf(target: string | { path: string } | undefined): string {
    const path = typeof target === 'string' ? target : target?.path ?? vscode.window.activeTextEditor?.document.uri.path;
    if (!path) throw new Error(t('Open an article of the corpus, or pick one in the Documents view.'));
    return path;
  }

  /**
   * Edits one field (given: tests and scripts), or lets the analyst pick fields one after another until Escape.
   * An empty value forgets the recorded one: the field is detected from the text again.
   */
  private async editMeta(target: string | { path: string } | undefined, field?: MetaField, value?: string | null): Promise<void> {
    const path = this.pathOf(target);
    if (field !== undefined) {
      if (!META_FIELDS.includes(field)) throw new Error(t('Unknown metadata field “{0}”.', field));
      return this.send(path, { op: 'set', fields: { [field]: value ?? undefined } }, t('Edit {0}', t(FIELD_LABELS[field])));
    }
    for (;;) {
      const meta = await (await this.client).sendRequest(SourceMetaRequest, { uri: this.toUri(path).toString() });
      if (!meta) throw new Error(t('{0} is not an article of the corpus, or is still being read.', path));
      const picked = await vscode.window.showQuickPick(META_FIELDS.map((f) => ({
        label: t(FIELD_LABELS[f]), description: meta[f] ?? '—', detail: meta.origin[f] === 'detected' ? t('detected from the text') : t('recorded in the sidecar'), field: f,
      })), { title: t('Source metadata of “{0}”', meta.title), placeHolder: t('Pick a field to change (Escape when done)') });
      if (!picked) return;
      const next = await this.ask(picked.field, meta);
      if (next === undefined) continue;
      await this.send(path, { op: 'set', fields: { [picked.field]: next === '' ? undefined : next } }, t('Edit {0}', t(FIELD_LABELS[picked.field])));
    }
  }

  /** The new value: a string, '' to detect it again, null for "none", undefined when cancelled. */
  private async ask(field: MetaField, meta: ResolvedSourceMeta): Promise<string | null | undefined> {
    if (field === 'language') {
      const pick = await vscode.window.showQuickPick([...LANGUAGES.map((l) => ({ label: l, value: l as string })), { label: t('Detect from the text'), value: '' }], { title: t('Language') });
      return pick?.value;
    }
    const value = await vscode.window.showInputBox({
      title: t(FIELD_LABELS[field]),
      value: meta[field] ?? '',
      prompt: field === 'published'
        ? t('A date such as 2024-06-18, 2024-06 or 2024. Empty: detect from the text again; “-”: none.')
        : t('Empty: detect from the text again; “-”: none.'),
      validateInput: (v) => (field === 'published' && v.trim() && v.trim() !== '-' && !PARTIAL_DATE.test(v.trim()) ? t('Use YYYY-MM-DD, YYYY-MM or YYYY.') : undefined),
    });
    if (value === undefined) return undefined;
    return value.trim() === '-' ? null : value.trim();
  }

  private async markLine(path?: string, line?: string, article?: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const target = path ?? editor?.document.uri.path;
    const text = line ?? editor?.document.lineAt(editor.selection.active.line).text;
    if (!target || !text?.trim()) throw new Error(t('Put the cursor on the line to mark.'));
    const isArticle = article ?? false;
    await this.send(target, { op: 'markLine', line: text, article: isArticle }, isArticle ? t('Mark line as article text') : t('Mark line as not article text'));
  }

  private async group(groupBy?: DocumentsGrouping): Promise<void> {
    const next = groupBy ?? (await vscode.window.showQuickPick(DOCUMENTS_GROUPINGS.map((g) => ({ label: t(GROUPING_LABELS[g]), value: g, picked: g === documentsGrouping() })), { title: t('Group the Documents view') }))?.value;
    if (!next) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.documentsGroupBy, next, target);
  }
}
