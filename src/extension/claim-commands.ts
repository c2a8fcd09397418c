import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CLAIM_STATUSES, LINK_RELATIONS, type ClaimStatus, type LinkRelation } from '../core/model/vocabulary';
import type { Logger } from '../core/ports';
import { preview } from '../core/text';
import { ClaimsRequest, EditClaimRequest, SuggestionsRequest, UndoRequest, type ClaimEdit, type ClaimInfo, type SuggestionOf } from '../protocol/protocol';
import { registerReportingCommand } from './commands';
import { Commands } from './constants';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';
import { RELATION_LABELS } from './relation-labels';

const t = vscode.l10n.t;


/**
 * The claim commands: the pickers run here, the edit itself (sidecar, lock, undo) in the language server. Each
 * takes explicit arguments (code actions, tests) or works on the active editor's selection or the claim under it.
 */
export class ClaimCommands extends Disposable {
  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri, log: Logger) {
    super();
    const register = <A extends unknown[]>(id: string, fn: (...args: A) => Promise<unknown>): void => {
      this._register(registerReportingCommand(id, log, fn));
    };
    register(Commands.tagClaim, (p?: string, s?: number, e?: number, note?: string) => this.tag(p, s, e, note));
    register(Commands.linkClaim, (p?: string, id?: string, target?: string, rel?: LinkRelation) => this.link(p, id, target, rel));
    // From the Documents view, a suggestion row: its claim and rank.
    const row = (node: unknown): { path: string; suggestion: SuggestionOf } | undefined => (typeof node === 'object' && node && 'suggestion' in node ? (node as { path: string; suggestion: SuggestionOf }) : undefined);
    register(Commands.linkSuggested, (p?: string | object, id?: string, pick?: number, rel?: LinkRelation | 'dismiss') => {
      const r = row(p);
      // A row's button passes the row alone; tests add the relation as the second argument.
      return r ? this.linkSuggested(r.path, r.suggestion.claim, r.suggestion.link, typeof id === 'string' ? (id as LinkRelation) : undefined) : this.linkSuggested(p as string | undefined, id, pick, rel);
    });
    register(Commands.dismissSuggestion, (node?: object) => {
      const r = row(node);
      return r ? this.linkSuggested(r.path, r.suggestion.claim, r.suggestion.link, 'dismiss') : this.linkSuggested(undefined, undefined, undefined, 'dismiss');
    });
    register(Commands.tagAndLink, (p?: string, s?: number, e?: number, target?: { uri: string; id: string }, rel?: LinkRelation, answer?: LinkRelation) => this.tagAndLink(p, s, e, target, rel, answer));
    register(Commands.setStatus, (p?: string, id?: string, status?: ClaimStatus) => this.setStatus(p, id, status));
    register(Commands.setClaimant, (p?: string, id?: string, claimant?: string) => this.setClaimant(p, id, claimant));
    register(Commands.editNote, (p?: string, id?: string, note?: string) => this.editNote(p, id, note));
    register(Commands.removeClaim, (p?: string, id?: string) => this.remove(p, id));
    register(Commands.reattachClaim, (p?: string, id?: string, s?: number, e?: number) => this.reattach(p, id, s, e));
    register(Commands.markReviewed, (p?: string, id?: string) => this.markReviewed(p, id));
    register(Commands.undo, () => this.undo());
  }

  private uri(path: string): string {
    return this.toUri(path).toString();
  }

  private async edit(path: string, label: string, edit: ClaimEdit): Promise<string> {
    return (await this.send(path, label, edit)).id;
  }

  private async send(path: string, label: string, edit: ClaimEdit): Promise<{ id: string; prefilled?: { claimant?: string; note?: string } }> {
    const client = await this.client;
    return client.sendRequest(EditClaimRequest, { uri: this.uri(path), edit, label });
  }

  private async claimsOf(path?: string): Promise<ClaimInfo[]> {
    return (await this.client).sendRequest(ClaimsRequest, path === undefined ? {} : { uri: this.uri(path) });
  }

  /** The document and selection the command applies to. */
  private selection(path?: unknown, start?: number, end?: number): { path: string; start: number; end: number } {
    if (typeof path === 'string' && typeof start === 'number' && typeof end === 'number') return { path, start, end };
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.corpus.isCorpusDocument(editor.document.uri)) throw new Error(t('Open an article of the corpus first.'));
    return { path: editor.document.uri.path, start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
  }

  /** The claim the command applies to: the given one, or the one under the cursor (asking if several). */
  private async claim(path?: unknown, id?: string): Promise<{ path: string; id: string; info?: ClaimInfo } | undefined> {
    if (typeof path === 'string' && id) return { path, id };
    const sel = this.selection();
    const claims = (await this.claimsOf(sel.path)).filter((c) => c.anchored && c.start <= sel.end && sel.start <= c.end);
    if (claims.length === 0) throw new Error(t('There is no claim at the cursor. Select a passage and use “Tag as claim” first.'));
    if (claims.length === 1) return { path: sel.path, id: claims[0]!.id, info: claims[0] };
    const pick = await vscode.window.showQuickPick(claims.map((c) => ({ label: preview(c.exact, 80), claim: c })), { title: t('Which claim?') });
    return pick && { path: sel.path, id: pick.claim.id, info: pick.claim };
  }

  private async tag(p?: string, s?: number, e?: number, note?: string, link?: { target: { uri: string; id: string }; relation: LinkRelation }): Promise<string | undefined> {
    const { path, start, end } = this.selection(p, s, e);
    if (start === end) throw new Error(t('Select the passage to tag as a claim.'));
    const label = link ? t('Tag as claim and link') : t('Tag as claim');
    const { id, prefilled } = await this.send(path, label, { op: 'add', start, end, ...(note ? { note } : {}), ...(link ? { link } : {}) });
    if (prefilled?.claimant) {
      // Said, not asked: the analyst goes on reading, and changes the claimant only when the attribution is wrong.
      const change = t('Change Claimant');
      void vscode.window
        .showInformationMessage(t('Claimant from the attribution: {0}{1}', prefilled.claimant, prefilled.note ? ` · ${prefilled.note}` : ''), change)
        .then((choice) => (choice === change ? this.setClaimant(path, id) : undefined))
        .then(undefined, (e: unknown) => vscode.window.showErrorMessage((e as Error).message));
    }
    return id;
  }

  private async link(p?: string, i?: string, targetRef?: string, relation?: LinkRelation): Promise<void> {
    const source = await this.claim(p, i);
    if (!source) return;
    let target = targetRef ? { uri: this.uri(targetRef.split('#')[0]!), id: targetRef.split('#')[1]! } : undefined;
    if (!target) {
      const sourceUri = this.uri(source.path);
      const candidates = (await this.claimsOf()).filter((c) => !(c.uri === sourceUri && c.id === source.id));
      if (candidates.length === 0) throw new Error(t('There is no other claim in the corpus to link to yet.'));
      const picked = await vscode.window.showQuickPick(
        candidates.map((c) => ({
          label: preview(c.exact, 90),
          description: c.title,
          detail: [t(c.status), c.claimant].filter(Boolean).join(' · '),
          ref: { uri: c.uri, id: c.id },
        })),
        { title: t('Link to which claim?'), matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      target = picked.ref;
    }
    const rel = relation ?? (await this.pickRelation());
    if (!rel) return;
    await this.edit(source.path, t('Link claims'), { op: 'link', id: source.id, target, relation: rel });
  }

  /**
   * Link to suggested claim…: the suggestions, best first, with their reasons; then the relation, the guessed one
   * first; "Not related" remembers the rejection. Tests pass the suggestion's rank (a Documents row, the suggestion itself) and the relation (or 'dismiss').
   */
  private async linkSuggested(p?: string, i?: string, pick?: number | { uri: string; id: string }, relation?: LinkRelation | 'dismiss'): Promise<void> {
    const source = await this.claim(p, i);
    if (!source) return;
    if (typeof pick === 'object' && relation === 'dismiss') {
      await this.edit(source.path, t('Reject suggested link'), { op: 'dismiss', id: source.id, target: pick });
      return;
    }
    const suggestions = await (await this.client).sendRequest(SuggestionsRequest, { uri: this.uri(source.path), id: source.id, top: 10 });
    if (suggestions.length === 0) {
      void vscode.window.showInformationMessage(t('No other document has a claim that looks like this one.'));
      return;
    }
    // A row of the Documents view names its suggestion, which an edit since may have taken away.
    const named = typeof pick === 'object' ? suggestions.find((s) => s.uri === pick.uri && s.id === pick.id) : undefined;
    if (typeof pick === 'object' && !named) throw new Error(t('This link is no longer suggested: the claims changed since. Refresh the Documents view.'));
    const chosen = typeof pick === 'number' ? suggestions[pick] : named ?? (await vscode.window.showQuickPick(suggestions.map((s) => ({
      label: preview(s.exact, 90), description: `${t(RELATION_LABELS[s.rel])}? · ${s.title}`, detail: s.reasons.join(' · '), s,
    })), { title: t('Link to which suggested claim?'), matchOnDescription: true, matchOnDetail: true }))?.s;
    if (!chosen) return;
    const rel = relation ?? (await this.pickRelation(chosen.rel, true));
    if (!rel) return;
    const target = { uri: chosen.uri, id: chosen.id };
    if (rel === 'dismiss') await this.edit(source.path, t('Reject suggested link'), { op: 'dismiss', id: source.id, target });
    else await this.edit(source.path, t('Link claims'), { op: 'link', id: source.id, target, relation: rel });
  }

  /**
   * Tag as claim and link (a passage that looks like a claim of another document): the relation is asked, the guessed
   * one first (tests pass the `answer`); nothing is tagged when the analyst escapes. One edit, one step of undo.
   */
  private async tagAndLink(p?: string, s?: number, e?: number, target?: { uri: string; id: string }, guessed?: LinkRelation, answer?: LinkRelation): Promise<void> {
    if (!p || s === undefined || e === undefined || !target) return;
    const rel = answer ?? (await this.pickRelation(guessed));
    if (!rel) return;
    await this.tag(p, s, e, undefined, { target, relation: rel });
  }

  /** The relation of a link, the guessed one first; with `dismissable`, also "Not related" (a suggestion rejected). */
  private async pickRelation(guessed?: LinkRelation): Promise<LinkRelation | undefined>;
  private async pickRelation(guessed: LinkRelation, dismissable: true): Promise<LinkRelation | 'dismiss' | undefined>;
  private async pickRelation(guessed?: LinkRelation, dismissable = false): Promise<LinkRelation | 'dismiss' | undefined> {
    const order = guessed ? [guessed, ...LINK_RELATIONS.filter((r) => r !== guessed)] : [...LINK_RELATIONS];
    const items: Array<{ label: string; description: string; rel: LinkRelation | 'dismiss' }> = order.map((r) => ({ label: t(RELATION_LABELS[r]), description: r === guessed ? t('suggested') : '', rel: r }));
    if (dismissable) items.push({ label: t('Not related'), description: t('do not suggest it again'), rel: 'dismiss' });
    return (await vscode.window.showQuickPick(items, { title: t('How does this claim relate to the other?') }))?.rel;
  }

  private async setStatus(p?: string, i?: string, value?: ClaimStatus): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    const status = value ?? (await vscode.window.showQuickPick(CLAIM_STATUSES.map((s) => ({ label: t(s), status: s })), { title: t('Status of the claim') }))?.status;
    if (status) await this.edit(c.path, t('Set status'), { op: 'status', id: c.id, status });
  }

  private async setClaimant(p?: string, i?: string, value?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    let claimant = value;
    if (claimant === undefined) {
      const none = { label: t('(no claimant)'), canonical: '' };
      // The actors of the whole corpus come from the language server's index (workspace symbols).
      const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '')) ?? [];
      const actors = symbols
        .filter((s) => s.kind === vscode.SymbolKind.Object)
        .map((s) => ({ canonical: s.name, mentions: Number(/\d+/.exec(s.containerName)?.[0] ?? 0) }))
        .sort((a, b) => b.mentions - a.mentions)
        .map(({ canonical, mentions }) => ({ label: canonical, description: t('{0} mentions', mentions), canonical }));
      const picked = await vscode.window.showQuickPick([...actors, none], { title: t('Who makes this claim?') });
      if (!picked) return;
      claimant = picked.canonical;
    }
    await this.edit(c.path, t('Set claimant'), { op: 'claimant', id: c.id, claimant: claimant || null });
  }

  private async editNote(p?: string, i?: string, value?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    let note = value;
    if (note === undefined) {
      const current = c.info ?? (await this.claimsOf(c.path)).find((x) => x.id === c.id);
      note = await vscode.window.showInputBox({ title: t('Note on the claim'), value: current?.note ?? '', prompt: t('Empty removes the note.') });
    }
    if (note !== undefined) await this.edit(c.path, t('Edit note'), { op: 'note', id: c.id, note: note.trim() || null });
  }

  private async remove(p?: string, i?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    await this.edit(c.path, t('Remove claim'), { op: 'remove', id: c.id });
    const undo = t('Undo');
    void vscode.window.showInformationMessage(t('Claim removed.'), undo).then((choice) => (choice === undo ? vscode.commands.executeCommand(Commands.undo) : undefined));
  }

  private async reattach(p?: string, id?: string, s?: number, e?: number): Promise<void> {
    const { path, start, end } = this.selection(p, s, e);
    if (start === end) throw new Error(t('Select the passage the detached claim belongs to.'));
    let claimId = id;
    if (!claimId) {
      const orphans = (await this.claimsOf(path)).filter((c) => !c.anchored);
      if (orphans.length === 0) throw new Error(t('This document has no detached claims.'));
      claimId = (await vscode.window.showQuickPick(orphans.map((c) => ({ label: preview(c.exact, 90), id: c.id })), { title: t('Re-attach which claim?') }))?.id;
      if (!claimId) return;
    }
    await this.edit(path, t('Re-attach claim'), { op: 'reattach', id: claimId, start, end });
  }

  private async markReviewed(p?: string, i?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (c) await this.edit(c.path, t('Mark placement reviewed'), { op: 'reviewed', id: c.id });
  }

  private async undo(): Promise<void> {
    const result = await (await this.client).sendRequest(UndoRequest, {});
    if ('undone' in result) void vscode.window.setStatusBarMessage(t('Undone: {0}', result.undone), 3000);
    else if (result.refused === 'empty') void vscode.window.showInformationMessage(t('Nothing to undo.'));
    else void vscode.window.showWarningMessage(t('The annotations changed since (on disk or in another window); the last change cannot be undone safely.'));
  }
}
