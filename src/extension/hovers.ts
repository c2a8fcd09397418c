import * as vscode from 'vscode';
import type { Annotation } from '../core/model/annotation';
import type { ActorMention, Figure } from '../core/model/entities';
import { basename } from '../core/paths';
import { describeFigure, formatFigureValue, qualifierLabel, readableDate } from '../core/present';
import { escapeMarkdown, preview } from '../core/text';
import { Commands } from './constants';
import type { CorpusService } from './corpus-service';
import { openLocationLink } from './locations';

const t = vscode.l10n.t;

/** Hovers for figures, actors and claims. Document text is always escaped; only our own command links are trusted. */
export class AnnotatorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: CorpusService) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.service.isCorpusDocument(doc.uri)) return undefined;
    const path = doc.uri.path;
    const offset = doc.offsetAt(position);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const entity = this.service.corpus.entities(path).find((e) => e.start <= offset && offset < e.end);
    if (entity) {
      parts.push(entity.kind === 'figure' ? this.figure(entity) : this.actor(entity));
      range = new vscode.Range(doc.positionAt(entity.start), doc.positionAt(entity.end));
    }
    for (const claim of this.service.corpus.get(path)?.sidecar.annotations ?? []) {
      const [, pos] = claim.target.selector;
      if (claim.anchor === 'anchored' && pos.start <= offset && offset < pos.end) {
        parts.push(this.claim(path, claim));
        range ??= new vscode.Range(doc.positionAt(pos.start), doc.positionAt(pos.end));
      }
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }

  private markdown(): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    md.isTrusted = { enabledCommands: [Commands.openLocation] };
    md.supportHtml = false;
    return md;
  }

  private figure(f: Figure): vscode.MarkdownString {
    const md = this.markdown();
    md.appendMarkdown(`**${t('Figure')}** · ${t(f.type)} — “${escapeMarkdown(f.text)}”\n\n`);
    md.appendMarkdown(`${t('Value')}: **${escapeMarkdown(formatFigureValue(f))}**`);
    const date = f.type === 'date' && typeof f.value === 'string' ? readableDate(f.value) : undefined;
    if (date) md.appendMarkdown(` (${escapeMarkdown(date)})`);
    const q = qualifierLabel(f.qualifier);
    if (q) md.appendMarkdown(`  \n${t('Qualifier')}: ${escapeMarkdown(q)} (${escapeMarkdown(describeFigure(f))})`);
    return md;
  }

  private actor(a: ActorMention): vscode.MarkdownString {
    const md = this.markdown();
    const kind = a.source === 'model' ? t('Suggested actor (not in the registry)') : t('Actor');
    md.appendMarkdown(`**${kind}** · ${t(a.type)} — **${escapeMarkdown(a.canonical)}**\n\n`);
    const mentions = this.service.corpus.actorIndex().get(a.canonical) ?? [];
    const forms = new Set<string>();
    const perDoc = new Map<string, Array<{ start: number; end: number }>>();
    for (const m of mentions) {
      forms.add(this.service.corpus.get(m.document)?.text?.slice(m.start, m.end) ?? '');
      perDoc.set(m.document, [...(perDoc.get(m.document) ?? []), m]);
    }
    forms.delete('');
    md.appendMarkdown(`${t('Aliases seen')}: ${[...forms].sort().map(escapeMarkdown).join(', ')}  \n`);
    md.appendMarkdown(t('{0} mentions in {1} documents', mentions.length, perDoc.size) + ':  \n');
    for (const [doc, ms] of perDoc) {
      const first = ms[0]!;
      md.appendMarkdown(`[${escapeMarkdown(this.service.corpus.get(doc)?.title ?? basename(doc))}](${openLocationLink(doc, first.start, first.end)}) (${ms.length})  \n`);
    }
    if (a.source === 'model') md.appendMarkdown(`\n${t('Use the light bulb to add it to the registry or mark it as not an actor.')}`);
    return md;
  }

  private claim(path: string, claim: Annotation): vscode.MarkdownString {
    const md = this.markdown();
    const corpus = this.service.corpus;
    md.appendMarkdown(`**${t('Claim')}** · ${t(claim.body.status)}`);
    if (claim.body.claimant) md.appendMarkdown(` · ${t('claimed by')} **${escapeMarkdown(claim.body.claimant)}**`);
    md.appendMarkdown('\n\n');
    if (claim.body.note) md.appendMarkdown(`${t('Note')}: ${escapeMarkdown(claim.body.note)}\n\n`);
    if (claim.body.tags.length > 0) md.appendMarkdown(`${t('Tags')}: ${claim.body.tags.map(escapeMarkdown).join(', ')}\n\n`);
    const line = (rel: string, doc: string, id: string, arrow: string): void => {
      const target = corpus.findClaim(doc, id);
      if (!target) {
        md.appendMarkdown(`- ${arrow} ${t(rel)}: ${t('missing claim')} ${escapeMarkdown(basename(doc))}#${escapeMarkdown(id)}\n`);
        return;
      }
      const [quote, pos] = target.target.selector;
      const title = corpus.get(doc)?.title ?? basename(doc);
      md.appendMarkdown(`- ${arrow} ${t(rel)}: “${escapeMarkdown(preview(quote.exact, 90))}” — [${escapeMarkdown(preview(title, 50))}](${openLocationLink(doc, pos.start, pos.end)})\n`);
    };
    for (const l of claim.links) {
      const target = corpus.resolveLink(path, l.target);
      line(l.rel, target.document, target.id, '→');
    }
    for (const incoming of corpus.incomingLinks(path, claim.id)) line(incoming.rel, incoming.from.document, incoming.from.annotation.id, '←');
    return md;
  }
}
