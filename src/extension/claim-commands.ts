import * as vscode from 'vscode';
import { TEXT_CHANGED_TAG } from '../core/anchor/reanchor-sidecar';
import * as edits from '../core/corpus/claim-edits';
import { CLAIM_STATUSES, LINK_RELATIONS, type ClaimStatus, type LinkRelation } from '../core/model/annotation';
import { basename } from '../core/paths';
import type { Logger } from '../core/ports';
import { preview } from '../core/text';
import { author } from './config';
import { registerReportingCommand } from './commands';
import { Commands } from './constants';
import type { CorpusService } from './corpus-service';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

const RELATION_LABELS: Record<LinkRelation, string> = {
  same: 'same claim',
  corroborates: 'corroborates',
  contradicts: 'contradicts',
  elaborates: 'elaborates',
};

/**
 * The claim commands. Each takes explicit arguments (from code actions, tests) or, from the palette or
 * context menu, works on the active editor's selection or the claim under the cursor.
 */
export class ClaimCommands extends Disposable {
  constructor(private readonly service: CorpusService, log: Logger) {
    super();
    const register = <A extends unknown[]>(id: string, fn: (...args: A) => Promise<unknown>): void => {
      this._register(registerReportingCommand(id, log, fn));
    };
    register(Commands.tagClaim, (p?: string, s?: number, e?: number, note?: string) => this.tag(p, s, e, note));
    register(Commands.linkClaim, (p?: string, id?: string, target?: string, rel?: LinkRelation) => this.link(p, id, target, rel));
    register(Commands.setStatus, (p?: string, id?: string, status?: ClaimStatus) => this.setStatus(p, id, status));
    register(Commands.setClaimant, (p?: string, id?: string, claimant?: string) => this.setClaimant(p, id, claimant));
    register(Commands.editNote, (p?: string, id?: string, note?: string) => this.editNote(p, id, note));
    register(Commands.removeClaim, (p?: string, id?: string) => this.remove(p, id));
    register(Commands.reattachClaim, (p?: string, id?: string, s?: number, e?: number) => this.reattach(p, id, s, e));
    register(Commands.markReviewed, (p?: string, id?: string) => this.markReviewed(p, id));
    register(Commands.undo, () => this.undo());
  }

  private ctx(): edits.EditContext {
    return { now: new Date().toISOString(), author: author() };
  }

  /** The document and selection the command applies to. */
  private selection(path?: unknown, start?: number, end?: number): { path: string; start: number; end: number } {
    if (typeof path === 'string' && typeof start === 'number' && typeof end === 'number') return { path, start, end };
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.service.isCorpusDocument(editor.document.uri)) throw new Error(t('Open an article of the corpus first.'));
    return { path: editor.document.uri.path, start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
  }

  /** The claim the command applies to: the given one, or the one under the cursor (asking if several). */
  private async claim(path?: unknown, id?: string): Promise<{ path: string; id: string } | undefined> {
    if (typeof path === 'string' && id) return { path, id };
    const sel = this.selection();
    const claims = (this.service.corpus.get(sel.path)?.sidecar.annotations ?? []).filter(
      (a) => a.anchor === 'anchored' && a.target.selector[1].start <= sel.end && sel.start <= a.target.selector[1].end,
    );
    if (claims.length === 0) throw new Error(t('There is no claim at the cursor. Select a passage and use “Tag as claim” first.'));
    if (claims.length === 1) return { path: sel.path, id: claims[0]!.id };
    const pick = await vscode.window.showQuickPick(claims.map((a) => ({ label: preview(a.target.selector[0].exact, 80), id: a.id })), { title: t('Which claim?') });
    return pick && { path: sel.path, id: pick.id };
  }

  private async tag(p?: string, s?: number, e?: number, note?: string): Promise<string | undefined> {
    const { path, start, end } = this.selection(p, s, e);
    if (start === end) throw new Error(t('Select the passage to tag as a claim.'));
    let id: string | undefined;
    await this.service.edit(path, t('Tag as claim'), (sidecar, text) => {
      const added = edits.addClaim(sidecar, text, start, end, this.ctx(), note);
      id = added.id;
      return added.sidecar;
    });
    return id;
  }

  private async link(p?: string, i?: string, targetRef?: string, relation?: LinkRelation): Promise<void> {
    const source = await this.claim(p, i);
    if (!source) return;
    const corpus = this.service.corpus;
    let target = targetRef ? { document: targetRef.split('#')[0]!, id: targetRef.split('#')[1]! } : undefined;
    if (!target) {
      const candidates = corpus.claims().filter((c) => !(c.document === source.path && c.annotation.id === source.id));
      if (candidates.length === 0) throw new Error(t('There is no other claim in the corpus to link to yet.'));
      const picked = await vscode.window.showQuickPick(
        candidates.map((c) => ({
          label: preview(c.annotation.target.selector[0].exact, 90),
          description: corpus.get(c.document)?.title ?? basename(c.document),
          detail: [t(c.annotation.body.status), c.annotation.body.claimant].filter(Boolean).join(' · '),
          ref: { document: c.document, id: c.annotation.id },
        })),
        { title: t('Link to which claim?'), matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      target = picked.ref;
    }
    if (!corpus.findClaim(target.document, target.id)) throw new Error(t('The target claim does not exist in the corpus.'));
    const rel = relation ?? (await vscode.window.showQuickPick(LINK_RELATIONS.map((r) => ({ label: t(RELATION_LABELS[r]), rel: r })), { title: t('How does this claim relate to the other?') }))?.rel;
    if (!rel) return;
    const stored = corpus.linkTarget(source.path, target.document, target.id);
    await this.service.edit(source.path, t('Link claims'), (s) => edits.addLink(s, source.id, rel, stored, this.ctx()));
  }

  private async setStatus(p?: string, i?: string, value?: ClaimStatus): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    const status = value ?? (await vscode.window.showQuickPick(CLAIM_STATUSES.map((s) => ({ label: t(s), status: s })), { title: t('Status of the claim') }))?.status;
    if (status) await this.service.edit(c.path, t('Set status'), (s) => edits.setStatus(s, c.id, status, this.ctx()));
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
    await this.service.edit(c.path, t('Set claimant'), (s) => edits.setClaimant(s, c.id, claimant || undefined, this.ctx()));
  }

  private async editNote(p?: string, i?: string, value?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    const current = this.service.corpus.findClaim(c.path, c.id)?.body.note ?? '';
    const note = value ?? (await vscode.window.showInputBox({ title: t('Note on the claim'), value: current, prompt: t('Empty removes the note.') }));
    if (note !== undefined) await this.service.edit(c.path, t('Edit note'), (s) => edits.setNote(s, c.id, note.trim() || undefined, this.ctx()));
  }

  private async remove(p?: string, i?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (!c) return;
    await this.service.edit(c.path, t('Remove claim'), (s) => edits.removeClaim(s, c.id));
    const undo = t('Undo');
    void vscode.window.showInformationMessage(t('Claim removed.'), undo).then((choice) => (choice === undo ? vscode.commands.executeCommand(Commands.undo) : undefined));
  }

  private async reattach(p?: string, id?: string, s?: number, e?: number): Promise<void> {
    const { path, start, end } = this.selection(p, s, e);
    if (start === end) throw new Error(t('Select the passage the detached claim belongs to.'));
    let claimId = id;
    if (!claimId) {
      const orphans = (this.service.corpus.get(path)?.sidecar.annotations ?? []).filter((a) => a.anchor === 'orphaned');
      if (orphans.length === 0) throw new Error(t('This document has no detached claims.'));
      claimId = (await vscode.window.showQuickPick(orphans.map((a) => ({ label: preview(a.target.selector[0].exact, 90), id: a.id })), { title: t('Re-attach which claim?') }))?.id;
      if (!claimId) return;
    }
    const target = claimId;
    await this.service.edit(path, t('Re-attach claim'), (sc, text) => edits.moveClaim(sc, target, text, start, end, this.ctx()));
  }

  private async markReviewed(p?: string, i?: string): Promise<void> {
    const c = await this.claim(p, i);
    if (c) await this.service.edit(c.path, t('Mark placement reviewed'), (s) => edits.removeTag(s, c.id, TEXT_CHANGED_TAG, this.ctx()));
  }

  private async undo(): Promise<void> {
    const result = await this.service.undo();
    if ('undone' in result) void vscode.window.setStatusBarMessage(t('Undone: {0}', result.undone), 3000);
    else if (result.refused === 'empty') void vscode.window.showInformationMessage(t('Nothing to undo.'));
    else void vscode.window.showWarningMessage(t('The annotations changed since (on disk or in another window); the last change cannot be undone safely.'));
  }
}
