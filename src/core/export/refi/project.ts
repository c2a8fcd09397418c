// project.qde (QDA-XML 1.0, the REFI-QDA project standard): each article a <TextSource> whose plain text travels
// as sources/<guid>.txt, each claim a <PlainTextSelection> coded with its status (codebook.ts), its note a <Note>,
// each claim link a <Link>, the article as a source its <VariableValue>s (variables.ts). Element order follows the
// schema (Project-mrt2019.xsd): the export is validated against it in test/unit/export-refi.test.ts.
import type { ClaimAttribution } from '../../attribution-view';
import { reanchor } from '../../anchor/reanchor';
import type { Annotation } from '../../model/annotation';
import { resolveLinkTarget } from '../../model/links';
import { LINK_RELATIONS, type LinkRelation } from '../../model/vocabulary';
import type { ExportDocument, ExportOptions } from '../types';
import { buildCodebook } from './codebook';
import { guidFor } from './guid';
import { exportedPlainText } from './positions';
import { variablesElement, variableValues } from './variables';
import { el, serializeXml, textEl, type XmlElement } from './xml';

export const QDA_XML_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface RefiProject {
  /** The text of project.qde. */
  xml: string;
  /** Each source's plain text, stored as `sources/<guid>.txt` (plainTextPath `internal://<guid>.txt`). */
  sources: Array<{ guid: string; text: string }>;
  /** The latest modification of any claim (the project's modifiedDateTime), if any: a stable time for the zip entries. */
  modified?: string;
  /** Claims that have no place in their article's current text: kept as notes on their source. */
  detached: number;
}

interface Placed {
  doc: ExportDocument;
  claim: Annotation;
  guid: string;
  start: number;
  end: number;
  codes: Set<string>;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** Times as xsd:dateTime wants them; anything else (a hand-edited sidecar) is left out rather than made invalid. */
const dateTime = (s: string): string | undefined => (DATE_TIME.test(s) ? s : undefined);

/** Where a claim lies in the text exported, in UTF-16 offsets; undefined for a claim that has no place in it. */
function place(text: string, a: Annotation): { start: number; end: number } | undefined {
  if (a.anchor === 'orphaned') return undefined;
  const [quote, position] = a.target.selector;
  if (text.slice(position.start, position.end) === quote.exact) return position;
  // The sidecar was written for another version of the text (edited outside the editor): find the quote again,
  // as opening the article would, rather than code the wrong words.
  const found = reanchor(text, a.target.selector);
  return found.status === 'anchored' ? { start: found.start, end: found.end } : undefined;
}

const snippet = (s: string): string => (s.length > 60 ? s.slice(0, 59).trimEnd() + '…' : s).replace(/\s+/g, ' ');

/** What a coding program shows as the selection's memo (QualCoder, MAXQDA read <Description>): claimant, cited source, note. */
function description(claim: Annotation, cited: ClaimAttribution | null | undefined): string | undefined {
  const lines: string[] = [];
  if (claim.body.claimant) lines.push(`Claimant: ${claim.body.claimant}`);
  if (cited) lines.push(`Cited: ${[cited.source ?? '?', cited.cue, cited.mode, cited.stance].join(' · ')}${cited.hedges.length ? ` · hedged: ${cited.hedges.join(', ')}` : ''}`);
  if (claim.body.note) lines.push(`Note: ${claim.body.note}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function projectName(baseUri: string): string {
  const last = baseUri.replace(/[?#].*$/, '').split('/').filter(Boolean).pop();
  try {
    return last && !last.endsWith(':') ? decodeURIComponent(last) : 'Source Annotator';
  } catch {
    return last ?? 'Source Annotator';
  }
}

export function buildRefiProject(documents: readonly ExportDocument[], options: Pick<ExportOptions, 'baseUri'>): RefiProject {
  // A source needs its text; documents whose article could not be read have nothing to select in.
  const docs = documents.filter((d): d is ExportDocument & { text: string } => d.text !== undefined).sort((a, b) => a.path.localeCompare(b.path));
  const user = (name: string): string => guidFor('user', name);
  const users = new Set<string>();
  const placed = new Map<string, Placed>();
  const detachedNotes = new Map<ExportDocument, XmlElement[]>();
  const notes: XmlElement[] = [];
  let detached = 0;
  let modified: string | undefined;

  for (const doc of docs) {
    for (const claim of doc.sidecar.annotations) {
      users.add(claim.author);
      if (dateTime(claim.modified) && (!modified || Date.parse(claim.modified) > Date.parse(modified))) modified = claim.modified;
      const at = place(doc.text, claim);
      if (at) {
        placed.set(`${doc.path}#${claim.id}`, { doc, claim, guid: guidFor('selection', doc.path, claim.id), ...at, codes: new Set() });
        continue;
      }
      // Nothing is lost: a claim with no place in the text is a note on its source, with everything the analyst decided.
      detached++;
      const b = claim.body;
      const content = [`“${claim.target.selector[0].exact}”`, `Status: ${b.status}`, b.claimant && `Claimant: ${b.claimant}`, b.note && `Note: ${b.note}`, b.tags.length > 0 && `Tags: ${b.tags.join(', ')}`]
        .filter(Boolean)
        .join('\n');
      const guid = guidFor('note', 'detached', doc.path, claim.id);
      notes.push(el('Note', { guid, name: `Detached claim: ${snippet(claim.target.selector[0].exact)}`, creatingUser: user(claim.author), creationDateTime: dateTime(claim.created) }, [textEl('PlainTextContent', content)]));
      detachedNotes.set(doc, [...(detachedNotes.get(doc) ?? []), el('NoteRef', { targetGUID: guid })]);
    }
  }

  const claimants = [...new Set([...placed.values()].flatMap((p) => (p.claim.body.claimant ? [p.claim.body.claimant] : [])))].sort();
  const tags = [...new Set([...placed.values()].flatMap((p) => p.claim.body.tags))].sort();
  const codebook = buildCodebook(claimants, tags);
  for (const p of placed.values()) {
    p.codes.add(codebook.status(p.claim.body.status));
    if (p.claim.body.claimant) p.codes.add(codebook.claimant(p.claim.body.claimant));
    for (const t of p.claim.body.tags) p.codes.add(codebook.tag(t));
  }

  // Links between claims that both have a place; both ends are coded with the relation (in the codebook's order).
  const links: XmlElement[] = [];
  const relationsOf = new Map<Placed, Set<LinkRelation>>();
  const relate = (p: Placed, rel: LinkRelation): void => void relationsOf.set(p, (relationsOf.get(p) ?? new Set()).add(rel));
  for (const from of placed.values()) {
    for (const link of from.claim.links) {
      const t = resolveLinkTarget(from.doc.path, link.target);
      const to = placed.get(`${t.document}#${t.id}`);
      if (!to) continue;
      relate(from, link.rel);
      relate(to, link.rel);
      // Symmetric relations go both ways; for the others the link points from the claim that records it.
      const direction = link.rel === 'same' || link.rel === 'contradicts' ? 'Bidirectional' : 'OneWay';
      links.push(el('Link', { guid: guidFor('link', from.guid, link.rel, to.guid), name: link.rel, direction, originGUID: from.guid, targetGUID: to.guid }));
    }
  }
  for (const [p, rels] of relationsOf) for (const r of LINK_RELATIONS) if (rels.has(r)) p.codes.add(codebook.relation(r));

  const sources: RefiProject['sources'] = [];
  const textSources = docs.map((doc) => {
    const guid = guidFor('source', doc.path);
    const { plain, position } = exportedPlainText(doc.text);
    sources.push({ guid, text: plain });
    const selections = doc.sidecar.annotations.flatMap((claim) => {
      const p = placed.get(`${doc.path}#${claim.id}`);
      if (!p) return [];
      const who = user(claim.author);
      const memo = description(claim, doc.attributions?.get(claim.id));
      const noteRef: XmlElement[] = [];
      if (claim.body.note) {
        const noteGuid = guidFor('note', doc.path, claim.id);
        notes.push(el('Note', { guid: noteGuid, name: `Note: ${snippet(claim.target.selector[0].exact)}`, creatingUser: who, creationDateTime: dateTime(claim.modified) }, [textEl('PlainTextContent', claim.body.note)]));
        noteRef.push(el('NoteRef', { targetGUID: noteGuid }));
      }
      return [el('PlainTextSelection', {
        guid: p.guid, name: claim.id, startPosition: position(p.start), endPosition: position(p.end),
        creatingUser: who, creationDateTime: dateTime(claim.created), modifyingUser: who, modifiedDateTime: dateTime(claim.modified),
      }, [
        memo !== undefined && textEl('Description', memo),
        ...[...p.codes].map((code) => el('Coding', { guid: guidFor('coding', p.guid, code), creatingUser: who, creationDateTime: dateTime(claim.modified) }, [el('CodeRef', { targetGUID: code })])),
        ...noteRef,
      ])];
    });
    return el('TextSource', { guid, name: doc.path, plainTextPath: `internal://${guid}.txt` }, [
      doc.source && textEl('Description', doc.source.title),
      ...selections,
      ...(detachedNotes.get(doc) ?? []),
      ...variableValues(doc.source),
    ]);
  });

  const project = el('Project', { xmlns: QDA_XML_NAMESPACE, name: projectName(options.baseUri), origin: 'Source Annotator', modifiedDateTime: modified }, [
    users.size > 0 && el('Users', {}, [...users].sort().map((name) => el('User', { guid: user(name), name }))),
    codebook.element,
    docs.length > 0 && variablesElement(),
    docs.length > 0 && el('Sources', {}, textSources),
    notes.length > 0 && el('Notes', {}, notes),
    links.length > 0 && el('Links', {}, links),
    textEl('Description', 'Claims tagged in Source Annotator. Text selections count Unicode code points (not bytes, not UTF-16 units) from 0 in the source\'s sources/<guid>.txt (UTF-8 without BOM, LF line endings); the end position is exclusive.'),
  ]);
  return { xml: serializeXml(project), sources, detached, ...(modified ? { modified } : {}) };
}
