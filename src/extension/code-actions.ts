import * as vscode from 'vscode';
import { TEXT_CHANGED_TAG } from '../core/anchor/reanchor-sidecar';
import { preview } from '../core/text';
import { Commands } from './constants';
import type { CorpusService } from './corpus-service';
import type { ServerEntities } from './server-entities';

const t = vscode.l10n.t;
const KIND = vscode.CodeActionKind.Refactor.append('sourceAnnotator');

/** Light-bulb actions: tag a selection, act on the claim under the cursor, re-attach detached claims, curate actors. */
export class AnnotatorCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [KIND] };

  constructor(private readonly service: CorpusService, private readonly entities: ServerEntities) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.service.isCorpusDocument(doc.uri)) return [];
    const path = doc.uri.path;
    const state = this.service.corpus.get(path)!;
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[]): void => {
      const a = new vscode.CodeAction(title, KIND);
      a.command = { command, title, arguments: args };
      actions.push(a);
    };
    if (!range.isEmpty && !state.sidecarProblem) {
      action(t('Tag as claim'), Commands.tagClaim, [path, start, end]);
      for (const orphan of state.sidecar.annotations.filter((a) => a.anchor === 'orphaned')) {
        action(t('Re-attach here: “{0}”', preview(orphan.target.selector[0].exact, 50)), Commands.reattachClaim, [path, orphan.id, start, end]);
      }
    }
    const claims = state.sidecar.annotations.filter((a) => a.anchor === 'anchored' && a.target.selector[1].start <= end && start <= a.target.selector[1].end);
    for (const claim of state.sidecarProblem ? [] : claims) {
      const label = claims.length > 1 ? ` (“${preview(claim.target.selector[0].exact, 30)}”)` : '';
      action(t('Link to claim in another document…') + label, Commands.linkClaim, [path, claim.id]);
      action(t('Set status…') + label, Commands.setStatus, [path, claim.id]);
      action(t('Set claimant…') + label, Commands.setClaimant, [path, claim.id]);
      action(t('Edit note…') + label, Commands.editNote, [path, claim.id]);
      action(t('Remove claim') + label, Commands.removeClaim, [path, claim.id]);
      if (claim.body.tags.includes(TEXT_CHANGED_TAG)) action(t('Text changed since tagged: mark as reviewed') + label, Commands.markReviewed, [path, claim.id]);
    }
    // The actor under the selection, as the language server last detected it in this very text.
    const server = this.entities.current(doc);
    const inside = ([s, e]: [number, number]): boolean => s <= start && end <= e;
    const suggested = server?.suggestedActor.find(inside);
    const actor = suggested ?? server?.actor.find(inside);
    if (actor) {
      const text = doc.getText().slice(actor[0], actor[1]);
      if (suggested) action(t('Add “{0}” to registry as…', text), Commands.addToRegistry, [path, actor[0], actor[1]]);
      action(t('“{0}” is not an actor', text), Commands.notAnActor, [path, actor[0], actor[1]]);
    } else if (!range.isEmpty && doc.getText(range).trim().length > 1 && !doc.getText(range).includes('\n')) {
      action(t('Mark selection as actor…'), Commands.markActor, [path, start, end]);
    }
    return actions;
  }
}
