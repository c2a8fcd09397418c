// The claims × sources matrix: which documents carry which group of linked claims, and how each takes it.
// Built from ExportDocument[] so that the CLI, the language server and the webview show the same thing.
//
// Rows: groups of linked claims (claim-groups.ts); a claim with no link is a row of its own, after the linked groups.
//   Rows covering more documents come first, then by where their first claim stands (column, then offset);
//   the row's label is that first claim's text, shortened.
// Columns: the documents with claims, grouped by outlet (the outlet, else the original source, else unknown: null),
//   outlets by name with unknown last, documents by publication date within an outlet (undated last), then path.
// Cells: the row's claims in that document, each with a stance relative to its group (see stanceOf).
import type { ClaimStatus, LinkRelation } from '../model/vocabulary';
import type { ExportDocument } from '../export/types';
import { preview } from '../text';
import { claimGroups, claimsByKey, linkedKey, type PlacedClaim } from './claim-groups';

export const MATRIX_STANCES = ['asserts', 'corroborates', 'contradicts', 'elaborates'] as const;
export type MatrixStance = (typeof MATRIX_STANCES)[number];

export interface MatrixColumn {
  /** Path relative to the root, as in ExportDocument. */
  document: string;
  title: string;
  /** The column's group: the outlet, else the original source; null when neither is known. */
  outlet: string | null;
  /** A partial ISO date. */
  published: string | null;
}

export interface MatrixClaim {
  id: string;
  stance: MatrixStance;
  /** The annotation's claimant, else who the text cites for it. */
  claimant: string | null;
  status: ClaimStatus;
  /** The hedge markers around it ("soll", "angeblich"); hedged when any. */
  hedged: boolean;
  hedges: string[];
  /** False when the claim could not be placed in the current text: start/end are where it was. */
  anchored: boolean;
  start: number;
  end: number;
  text: string;
}

export interface MatrixRow {
  label: string;
  /** False for a claim with no link: the webview can hide these. */
  linked: boolean;
  /** Claims of the row per document path; documents without any are absent. */
  cells: Record<string, MatrixClaim[]>;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const LABEL_LENGTH = 80;

/** Strongest relation first: a claim linked both ways shows what matters most to the analyst, a contradiction. */
const RELATION_ORDER: readonly LinkRelation[] = ['contradicts', 'corroborates', 'elaborates', 'same'];

/**
 * How a claim stands in its group: the strongest relation of its own links (`same` repeats the claim: asserts),
 * else what the text's attribution says (a denial contradicts), else asserts.
 */
function stanceOf(placed: PlacedClaim, claims: ReadonlyMap<string, PlacedClaim>, doc: ExportDocument): MatrixStance {
  const relations = new Set(placed.claim.links.filter((l) => linkedKey(claims, placed, l.target) !== undefined).map((l) => l.rel));
  const rel = RELATION_ORDER.find((r) => relations.has(r));
  if (rel) return rel === 'same' ? 'asserts' : rel;
  return doc.attributions?.get(placed.claim.id)?.stance === 'denies' ? 'contradicts' : 'asserts';
}

function matrixClaim(placed: PlacedClaim, claims: ReadonlyMap<string, PlacedClaim>, doc: ExportDocument): MatrixClaim {
  const { claim } = placed;
  const cited = doc.attributions?.get(claim.id) ?? null;
  const [quote, position] = claim.target.selector;
  return {
    id: claim.id,
    stance: stanceOf(placed, claims, doc),
    claimant: claim.body.claimant ?? cited?.source ?? null,
    status: claim.body.status,
    hedged: (cited?.hedges.length ?? 0) > 0,
    hedges: cited?.hedges ?? [],
    anchored: claim.anchor === 'anchored',
    start: position.start,
    end: position.end,
    text: quote.exact,
  };
}

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function columnOf(doc: ExportDocument): MatrixColumn {
  const src = doc.source;
  return { document: doc.path, title: src?.title ?? basename(doc.path), outlet: src?.outlet ?? src?.source ?? null, published: src?.published ?? null };
}

/** Outlets by name (unknown last), then by date (undated last), then by path. */
function compareColumns(a: MatrixColumn, b: MatrixColumn): number {
  if (a.outlet !== b.outlet) return a.outlet === null ? 1 : b.outlet === null ? -1 : a.outlet.localeCompare(b.outlet);
  if (a.published !== b.published) return a.published === null ? 1 : b.published === null ? -1 : a.published.localeCompare(b.published);
  return a.document.localeCompare(b.document);
}

export function buildMatrix(documents: readonly ExportDocument[]): Matrix {
  const withClaims = documents.filter((d) => d.sidecar.annotations.length > 0);
  const columns = withClaims.map(columnOf).sort(compareColumns);
  const columnIndex = new Map(columns.map((c, i) => [c.document, i]));
  const docs = new Map(withClaims.map((d) => [d.path, d]));
  const claims = claimsByKey(withClaims);
  // Where a claim stands in the table: its column, then its offset in the document.
  const position = (p: PlacedClaim): [number, number] => [columnIndex.get(p.document)!, p.claim.target.selector[1].start];
  const before = (a: PlacedClaim, b: PlacedClaim): number => {
    const [pa, pb] = [position(a), position(b)];
    return pa[0] - pb[0] || pa[1] - pb[1];
  };

  const rows = claimGroups(claims).map(({ keys, linked }) => {
    const members = keys.map((k) => claims.get(k)!).sort(before);
    // A Map first: a path is data, and `cells[path] ??= …` would meet Object.prototype for '__proto__'.
    const cells = new Map<string, MatrixClaim[]>();
    for (const m of members) {
      const cell = cells.get(m.document) ?? [];
      cell.push(matrixClaim(m, claims, docs.get(m.document)!));
      cells.set(m.document, cell);
    }
    const row: MatrixRow = { label: preview(members[0]!.claim.target.selector[0].exact, LABEL_LENGTH), linked, cells: Object.fromEntries(cells) };
    return { row, first: members[0]!, documents: cells.size };
  });
  rows.sort((a, b) => Number(b.row.linked) - Number(a.row.linked) || b.documents - a.documents || before(a.first, b.first));
  return { columns, rows: rows.map((r) => r.row) };
}

/** The outlets of the columns in order, each with how many columns it spans (the table's first header row). */
export function outletGroups(columns: readonly MatrixColumn[]): { outlet: string | null; span: number }[] {
  const out: { outlet: string | null; span: number }[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.outlet === c.outlet) last.span++;
    else out.push({ outlet: c.outlet, span: 1 });
  }
  return out;
}
