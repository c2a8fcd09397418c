// Light-bulb actions on a selection: tag it, act on the claim under it, re-attach detached claims, curate the
// actor under it. Each runs a client command (VS Code: registered by the extension, which asks for details).
import * as l10n from '@vscode/l10n';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { TEXT_CHANGED_TAG } from '../../core/anchor/reanchor-sidecar';
import { boilerplateOf } from '../../core/corpus/article-text';
import { preview } from '../../core/text';
import { Commands } from '../../protocol/commands';
import type { AnnotatorWorkspace } from '../workspace';
import type { Locator } from '../locator';
import { suggestedLinks } from './suggestions';
import { passageSuggestions } from './passage-suggestions';

export const ANNOTATOR_ACTION_KIND = `${CodeActionKind.Refactor}.sourceAnnotator`;

export function codeActions(ws: AnnotatorWorkspace, locator: Locator, document: string, start: number, end: number): CodeAction[] {
  const state = ws.corpus.get(document);
  if (!state?.text) return [];
  const actions: CodeAction[] = [];
  const action = (title: string, command: string, args: unknown[]): void => {
    actions.push({ title, kind: ANNOTATOR_ACTION_KIND, command: { title, command, arguments: args } });
  };
  const selected = state.text.slice(start, end);
  if (start < end && !state.sidecarProblem) {
    action(l10n.t('Tag as claim'), Commands.tagClaim, [document, start, end]);
    for (const orphan of state.sidecar.annotations.filter((a) => a.anchor === 'orphaned')) {
      action(l10n.t('Re-attach here: “{0}”', preview(orphan.target.selector[0].exact, 50)), Commands.reattachClaim, [document, orphan.id, start, end]);
    }
  }
  // An untagged sentence under the cursor that looks like a claim of another document: tag it and link it at once.
  if (!state.sidecarProblem) {
    for (const p of passageSuggestions(ws, locator, document).filter((x) => x.start <= start && end <= x.end)) {
      const target = { uri: p.link.uri, id: p.link.id };
      action(l10n.t('Tag as claim and link to “{0}” ({1})', preview(p.link.exact, 40), p.link.title), Commands.tagAndLink, [document, p.start, p.end, target, p.link.rel]);
    }
  }
  const claims = state.sidecarProblem ? [] : state.sidecar.annotations.filter((a) => a.anchor === 'anchored' && a.target.selector[1].start <= end && start <= a.target.selector[1].end);
  for (const claim of claims) {
    const label = claims.length > 1 ? ` (“${preview(claim.target.selector[0].exact, 30)}”)` : '';
    action(l10n.t('Link to claim in another document…') + label, Commands.linkClaim, [document, claim.id]);
    if (suggestedLinks(ws, locator, document, claim.id, 1).length > 0) action(l10n.t('Link to suggested claim…') + label, Commands.linkSuggested, [document, claim.id]);
    action(l10n.t('Set status…') + label, Commands.setStatus, [document, claim.id]);
    action(l10n.t('Set claimant…') + label, Commands.setClaimant, [document, claim.id]);
    action(l10n.t('Edit note…') + label, Commands.editNote, [document, claim.id]);
    action(l10n.t('Remove claim') + label, Commands.removeClaim, [document, claim.id]);
    if (claim.body.tags.includes(TEXT_CHANGED_TAG)) action(l10n.t('Text changed since tagged: mark as reviewed') + label, Commands.markReviewed, [document, claim.id]);
  }
  // The actor under the selection, as detected in the text the server holds (the editor's, when open).
  const under = ws.corpus.entities(document).filter((e) => e.kind === 'actor' && e.start <= start && end <= e.end);
  const actor = under.find((e) => e.kind === 'actor' && e.source === 'model') ?? under[0];
  if (actor?.kind === 'actor') {
    if (actor.source === 'model') action(l10n.t('Add “{0}” to registry as…', actor.text), Commands.addToRegistry, [document, actor.start, actor.end]);
    action(l10n.t('“{0}” is not an actor', actor.text), Commands.notAnActor, [document, actor.start, actor.end]);
  } else if (start < end && selected.trim().length > 1 && !selected.includes('\n')) {
    action(l10n.t('Mark selection as actor…'), Commands.markActor, [document, start, end]);
  }
  // The line under the cursor: not the article (navigation, a teaser), or the article despite its wording.
  if (!state.sidecarProblem && !selected.includes('\n')) {
    const lineStart = state.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = state.text.indexOf('\n', start) < 0 ? state.text.length : state.text.indexOf('\n', start);
    const line = state.text.slice(lineStart, lineEnd).trim();
    if (line) {
      const isBoilerplate = boilerplateOf(state).some((b) => b.start >= lineStart && b.end <= lineEnd && b.end - b.start >= line.length);
      if (isBoilerplate) action(l10n.t('Mark line as article text'), Commands.markLine, [document, line, true]);
      else action(l10n.t('Mark line as not article text (dimmed, not analysed)'), Commands.markLine, [document, line, false]);
    }
  }
  return actions;
}
