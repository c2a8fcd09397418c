// Hovers for figures, actors and claims, as markdown. Document text is always escaped.
import * as l10n from '@vscode/l10n';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Annotation } from '../../core/model/annotation';
import { attributionAt, attributionFor, hedgesIn } from '../../core/attribution-view';
import type { ActorMention, Attribution, AttributionMode, Cue, Figure, Hedge, HedgeType, Stance } from '../../core/model/entities';
import { basename } from '../../core/paths';
import { describeFigure, formatFigureValue, qualifierLabel, readableDate } from '../../core/present';
import { escapeMarkdown, preview } from '../../core/text';
import { boilerplateOf, sourceMetaOf } from '../../core/corpus/article-text';
import type { BoilerplateReason } from '../../core/source/boilerplate';
import { sourceCard } from './source-card';
import { suggestedLinks } from './suggestions';
import { otherSourcesHover } from './figures';
import { pathOf } from '../documents';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

const t = l10n.t;

const BOILERPLATE_LABELS: Record<BoilerplateReason, string> = {
  navigation: 'navigation', comments: 'comment prompt', teaser: 'teaser or "see also" link', credit: 'photo credit',
  notice: 'notice', markup: 'leftover markup', 'author-bio': 'author bio', marked: 'marked by an analyst',
};

export function hoverAt(ws: AnnotatorWorkspace, locator: Locator, document: string, offset: number): Hover | null {
  const state = ws.corpus.get(document);
  if (!state?.text) return null;
  const parts: string[] = [];
  let range: [number, number] | undefined;
  const entity = ws.corpus.entities(document).find((e) => e.start <= offset && offset < e.end);
  if (entity) {
    parts.push(entity.kind === 'figure' ? figure(entity) + otherSourcesHover(ws, locator, document, entity) : actor(ws, locator, entity));
    range = [entity.start, entity.end];
  }
  const cues = ws.corpus.cues(document);
  const hedge = cues.find((c): c is Hedge => c.kind === 'hedge' && c.start <= offset && offset < c.end);
  const attribution = attributionAt(cues, offset);
  if (attribution) {
    parts.push(attributionHover(state.text, attribution, hedgesIn(cues, attribution.content?.start ?? 0, attribution.content?.end ?? 0)));
    range ??= attribution.start <= offset && offset < attribution.end ? [attribution.start, attribution.end] : undefined;
  }
  if (hedge) {
    parts.push(`**${t('Hedge')}** · ${t(HEDGE_LABELS[hedge.type])} — “${escapeMarkdown(hedge.text)}”\n\n${t('The statement is reported or uncertain, not confirmed.')}`);
    range ??= [hedge.start, hedge.end];
  }
  if (attribution && !range) {
    const span = [attribution.source, attribution.content].find((s) => s && s.start <= offset && offset < s.end);
    if (span) range = [span.start, span.end];
  }
  for (const claim of state.sidecar.annotations) {
    const [, pos] = claim.target.selector;
    if (claim.anchor === 'anchored' && pos.start <= offset && offset < pos.end) {
      parts.push(claimHover(ws, locator, document, claim, cues));
      range ??= [pos.start, pos.end];
    }
  }
  const boilerplate = boilerplateOf(state).find((b) => b.start <= offset && offset < b.end);
  if (boilerplate) {
    parts.push(`**${t('Not article text')}** · ${t(BOILERPLATE_LABELS[boilerplate.reason as BoilerplateReason])}\n\n${t('Dimmed, and skipped by detection and cross-source analysis. The light bulb marks the line as article text.')}`);
    range ??= [boilerplate.start, boilerplate.end];
  }
  const meta = sourceMetaOf(state);
  const firstLine = state.text.search(/\S/);
  if (meta && !range && firstLine >= 0 && offset >= firstLine && offset < (state.text.indexOf('\n', firstLine) + 1 || state.text.length)) {
    parts.push(sourceCard(meta));
    range = [firstLine, state.text.indexOf('\n', firstLine) < 0 ? state.text.length : state.text.indexOf('\n', firstLine)];
  }
  if (!range) return null;
  const contents: MarkupContent = { kind: 'markdown', value: parts.join('\n\n---\n\n') };
  return { contents, range: locator.range(document, range[0], range[1]) };
}

const MODE_LABELS: Record<AttributionMode, string> = { direct: 'direct quote', indirect: 'indirect speech', according_to: 'according to', reported: 'reported' };
const STANCE_LABELS: Record<Stance, string> = { asserts: 'says', accuses: 'accuses', denies: 'denies' };
const HEDGE_LABELS: Record<HedgeType, string> = { reportative: 'reportative', adverb: 'hedging adverb', modal: 'epistemic modal', subjunctive: 'reported-speech subjunctive', other: 'hedge' };

/** "Source: John Kirby · says · indirect speech · hedged: soll" */
function attributionHover(text: string, a: Attribution, hedges: readonly Hedge[]): string {
  const source = a.source
    ? `**${escapeMarkdown(a.source.canonical ?? a.source.text)}**${a.source.canonical && a.source.canonical !== a.source.text ? ` (“${escapeMarkdown(a.source.text)}”)` : ''}`
    : t('no source named');
  const parts = [`${t('Source')}: ${source}`, t(STANCE_LABELS[a.stance]), t(MODE_LABELS[a.mode])];
  if (a.hedged) parts.push(`${t('hedged')}: ${hedges.map((h) => `*${escapeMarkdown(h.text)}*`).join(', ')}`);
  let md = `**${t('Attribution')}** — “${escapeMarkdown(a.text)}”\n\n${parts.join(' · ')}`;
  if (a.content) md += `\n\n> ${escapeMarkdown(preview(text.slice(a.content.start, a.content.end), 200))}`;
  return md;
}

function figure(f: Figure): string {
  let md = `**${t('Figure')}** · ${t(f.type)} — “${escapeMarkdown(f.text)}”\n\n${t('Value')}: **${escapeMarkdown(formatFigureValue(f))}**`;
  const date = f.type === 'date' && typeof f.value === 'string' ? readableDate(f.value) : undefined;
  if (date) md += ` (${escapeMarkdown(date)})`;
  const q = qualifierLabel(f.qualifier);
  if (q) md += `  \n${t('Qualifier')}: ${escapeMarkdown(q)} (${escapeMarkdown(describeFigure(f))})`;
  return md;
}

function actor(ws: AnnotatorWorkspace, locator: Locator, a: ActorMention): string {
  const kind = a.source === 'model' ? t('Suggested actor (not in the registry)') : t('Actor');
  let md = `**${kind}** · ${t(a.type)} — **${escapeMarkdown(a.canonical)}**\n\n`;
  const mentions = ws.index.mentionsOf(a.canonical);
  const forms = new Set<string>();
  const perDoc = new Map<string, typeof mentions>();
  for (const m of mentions) {
    forms.add(ws.corpus.get(m.document)?.text?.slice(m.start, m.end) ?? '');
    perDoc.set(m.document, [...(perDoc.get(m.document) ?? []), m]);
  }
  forms.delete('');
  md += `${t('Aliases seen')}: ${[...forms].sort().map(escapeMarkdown).join(', ')}  \n`;
  md += `${t('{0} mentions in {1} documents', mentions.length, perDoc.size)}${ws.index.size() < ws.corpus.documents().length ? ` ${t('(indexed so far)')}` : ''}:  \n`;
  for (const [doc, ms] of [...perDoc].slice(0, 20)) {
    md += `[${escapeMarkdown(ws.corpus.get(doc)?.title ?? basename(doc))}](${locator.link(doc, ms[0]!.start)}) (${ms.length})  \n`;
  }
  if (perDoc.size > 20) md += `${t('… and {0} more (Find All References lists them all)', perDoc.size - 20)}  \n`;
  if (a.source === 'model') md += `\n${t('Use the light bulb to add it to the registry or mark it as not an actor.')}`;
  return md;
}

function claimHover(ws: AnnotatorWorkspace, locator: Locator, document: string, claim: Annotation, cues: readonly Cue[]): string {
  const corpus = ws.corpus;
  let md = `**${t('Claim')}** · ${t(claim.body.status)}`;
  if (claim.body.claimant) md += ` · ${t('claimed by')} **${escapeMarkdown(claim.body.claimant)}**`;
  md += '\n\n';
  const [, at] = claim.target.selector;
  if (!claim.body.claimant && !attributionFor(cues, at.start, at.end)) md += `⚠ ${t('Unattributed: the text cites nobody for this passage, and it has no claimant.')}\n\n`;
  if (claim.body.note) md += `${t('Note')}: ${escapeMarkdown(claim.body.note)}\n\n`;
  if (claim.body.tags.length > 0) md += `${t('Tags')}: ${claim.body.tags.map(escapeMarkdown).join(', ')}\n\n`;
  const line = (rel: string, doc: string, id: string, arrow: string): void => {
    const target = corpus.findClaim(doc, id);
    if (!target) {
      md += `- ${arrow} ${t(rel)}: ${t('missing claim')} ${escapeMarkdown(basename(doc))}#${escapeMarkdown(id)}\n`;
      return;
    }
    const [quote, pos] = target.target.selector;
    const title = corpus.get(doc)?.title ?? basename(doc);
    md += `- ${arrow} ${t(rel)}: “${escapeMarkdown(preview(quote.exact, 90))}” — [${escapeMarkdown(preview(title, 50))}](${locator.link(doc, pos.start)})\n`;
  };
  for (const l of claim.links) {
    const target = corpus.resolveLink(document, l.target);
    line(l.rel, target.document, target.id, '→');
  }
  for (const incoming of corpus.incomingLinks(document, claim.id)) line(incoming.rel, incoming.from.document, incoming.from.annotation.id, '←');
  if (claim.anchor === 'anchored') {
    const suggested = suggestedLinks(ws, locator, document, claim.id, 3);
    if (suggested.length > 0) {
      md += `\n**${t('Suggested links')}** (${t('light bulb: Link to suggested claim…')})\n`;
      for (const s of suggested) {
        md += `- ${t(s.rel)}? “${escapeMarkdown(preview(s.exact, 90))}” — [${escapeMarkdown(preview(s.title, 50))}](${locator.link(pathOf(s.uri), s.start)}) · ${escapeMarkdown(s.reasons.slice(0, 2).join('; '))}\n`;
      }
    }
  }
  return md;
}
