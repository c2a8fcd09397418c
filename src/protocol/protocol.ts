// Every custom request and notification between the Source Annotator language server and its clients.
// Standard LSP covers hovers, references, definitions, symbols, highlights, code lenses and diagnostics; these
// carry only what LSP has no message for. Offsets are UTF-16 code units into the document's text.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Matrix } from '../core/analysis/claims-matrix';
import type { ClaimGraph } from '../core/analysis/claim-graph';
import type { ExportFormat } from '../core/export/types';
import type { ClaimStatus, LinkRelation } from '../core/model/vocabulary';
import type { ClaimAttribution } from '../core/attribution-view';
import type { ActorType } from '../core/model/entities';
import type { MetaFields } from '../core/corpus/meta-edits';
import type { Language, ResolvedSourceMeta } from '../core/model/source-meta';

export type OffsetRange = [start: number, end: number];

/** What the client draws as decorations in one document, for the text version it names. */
export interface DocumentEntities {
  uri: string;
  /** The version of the open document these ranges belong to; null for a closed document. */
  version: number | null;
  figure: OffsetRange[];
  actor: OffsetRange[];
  suggestedActor: OffsetRange[];
  claim: OffsetRange[];
  /** Attribution cues ("sagte", "laut", "according to") and hedge markers ("soll", "angeblich"). */
  attribution: OffsetRange[];
  hedge: OffsetRange[];
  /** Lines (or leftover tags) that are not the article: drawn dimmed, skipped by detection. */
  boilerplate: OffsetRange[];
  /** The stretch of text these ranges cover (every range that overlaps it); null: the whole document. */
  window: OffsetRange | null;
}
/**
 * The ranges to draw in a document; with `window`, only those overlapping it: a 1 MB article has some 100,000,
 * and sending them all after every keystroke kept the extension host parsing for a tenth of a second.
 */
export const EntitiesRequest = new RequestType<{ uri: string; window?: OffsetRange }, DocumentEntities | null, void>('sourceAnnotator/entities');

/**
 * One article of the corpus, for the Documents view. What an article does not have is left out, not sent as null:
 * the rows of 10,000 articles cross to the extension host two or three times while the index fills, and their nulls
 * and a folder per row were half of those bytes (a cold index of 10,000: 10.5 MB of rows, now 5.1 MB).
 */
export interface CorpusDocument {
  uri: string;
  title: string;
  /** Why it is listed but not analysed (too large, binary, unreadable), if so. */
  problem?: string;
  /** Still being read. */
  pending?: true;
  /** Why its sidecar cannot be read (`file:line:column: message`): its annotations are read-only until fixed. */
  sidecarProblem?: string;
  claims: number;
  /** Claims that could not be placed in the current text. */
  detached: number;
  /** Left out until the index has reached the article. */
  figures?: number;
  actors?: number;
  /** The article as a source (recorded, else detected); left out until it has been read. */
  outlet?: string;
  source?: string;
  /** A partial ISO date. */
  published?: string;
  language?: Language;
  author?: string;
}
/**
 * The corpus's articles, or only those named by `uris` (an article no longer in the corpus is left out), or only
 * those whose row changed after revision `since` (in the order they changed). `scanned`: every article has been
 * read once (titles are final). `from` and `limit` ask for a page of the list, of `total` articles: a client parses
 * 10,000 in several turns; with `since`, `limit` alone pages, each page asking from the `revision` of the last, and
 * `total` counts the rows of that answer. `revision`: what the answer brings a client up to; a list's first page's is
 * the one to ask `since` next.
 */
export const DocumentsRequest = new RequestType<
  { filter?: string; uris?: string[]; from?: number; limit?: number; since?: number },
  { scanned: boolean; documents: CorpusDocument[]; total: number; revision: number },
  void
>('sourceAnnotator/documents');
/** Lists and reads the corpus folders again (the Documents view's Refresh). */
export const RescanRequest = new RequestType<Record<string, never>, void, void>('sourceAnnotator/rescan');

/**
 * The corpus changed, up to `revision`. `list`: articles appeared, went or moved: ask for the whole list again.
 * Otherwise titles, counts or claims changed: ask for the rows changed since the revision of the last answer.
 */
export const CorpusChangedNotification = new NotificationType<{ list?: boolean; revision: number }>('sourceAnnotator/corpusChanged');

/** Entities of these open documents changed (new text, detector or claims): ask again with EntitiesRequest. */
export const EntitiesChangedNotification = new NotificationType<{ uris: string[] }>('sourceAnnotator/entitiesChanged');

/** Settings the server reads from `initializationOptions` (and `workspace/didChangeConfiguration`). */
export interface ServerSettings {
  corpusFolders: string[];
  fileExtensions: string[];
  maxFileSizeMB: number;
  registryFile: string;
  discoveryModel: boolean;
  /** Recorded as the author of claim edits. */
  author: string;
  /** When set, nothing is written and edits are refused with this reason (VS Code's Restricted Mode). */
  readOnly: string | null;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  corpusFolders: ['seeds'],
  fileExtensions: ['.txt', '.md'],
  maxFileSizeMB: 5,
  registryFile: 'source-annotator.actors.json',
  discoveryModel: true,
  author: 'unknown',
  readOnly: null,
};


// ── Claims: the server owns the sidecars; the client only asks and draws ──────────────────────────────────

/** A claim as the client shows it (tree, quick picks, code actions). */
export interface ClaimInfo {
  uri: string;
  id: string;
  start: number;
  end: number;
  exact: string;
  anchored: boolean;
  status: ClaimStatus;
  claimant: string | null;
  note: string | null;
  tags: string[];
  /** The title of its document. */
  title: string;
  /**
   * Who the text cites for it (the attribution its passage lies in) and how firmly; null: nobody. Given when the
   * claims of one document are asked for (undefined for the whole corpus's).
   */
  attribution?: ClaimAttribution | null;
}
export type { ClaimAttribution };
/** The claims of one document (`uri`), or of the whole corpus. */
export const ClaimsRequest = new RequestType<{ uri?: string }, ClaimInfo[], void>('sourceAnnotator/claims');

/** One change to one claim, or a new claim. Offsets are into the text the server holds (the editor's, when open). */
export type ClaimEdit =
  /**
   * A claimant or note left out is taken from the attribution the passage lies in (null: no claimant); `link` links
   * the new claim in the same edit (one step of undo).
   */
  | { op: 'add'; start: number; end: number; note?: string; claimant?: string | null; link?: { target: { uri: string; id: string }; relation: LinkRelation } }
  | { op: 'link'; id: string; target: { uri: string; id: string }; relation: LinkRelation }
  | { op: 'status'; id: string; status: ClaimStatus }
  | { op: 'claimant'; id: string; claimant: string | null }
  | { op: 'note'; id: string; note: string | null }
  | { op: 'remove'; id: string }
  /** A suggested link the analyst rejects: never suggested again. */
  | { op: 'dismiss'; id: string; target: { uri: string; id: string } }
  | { op: 'reattach'; id: string; start: number; end: number }
  | { op: 'reviewed'; id: string };
/**
 * Applies the edit, writes the sidecar (under its lock) and records it for undo under `label`. Returns the claim's
 * id, and for a new claim what was taken from its attribution.
 */
export const EditClaimRequest = new RequestType<{ uri: string; edit: ClaimEdit; label: string }, { id: string; prefilled?: { claimant?: string; note?: string } }, void>('sourceAnnotator/editClaim');
/** Undoes the last claim edit of this server, unless the sidecar changed since. */
export const UndoRequest = new RequestType<Record<string, never>, { undone: string } | { refused: 'empty' | 'changed-since' }, void>('sourceAnnotator/undo');

/** What the Documents view lists beneath an article. */
export interface DocumentOutline {
  claims: ClaimInfo[];
  actors: Array<{ canonical: string; type: string; mentions: OffsetRange[] }>;
  figures: Array<{ text: string; type: string; description: string; start: number; end: number }>;
  /** Who the article cites, most cited first: attributions to each, how many hedged, the first one's cue. */
  sources: Array<{ name: string; count: number; hedged: number; start: number; end: number }>;
  /** For its claims, the claims of other documents they likely match (each claim's best three), best first. */
  suggestions: SuggestionOf[];
}
/** A suggested link from the claim `claim` of this document (its passage `from`). */
export interface SuggestionOf { claim: string; from: string; link: SuggestedLink }
export const OutlineRequest = new RequestType<{ uri: string }, DocumentOutline | null, void>('sourceAnnotator/outline');

// ── The actor registry ───────────────────────────────────────────────────────────────────────────────────

export type RegistryEdit =
  | { op: 'addActor'; canonical: string; type: ActorType; aliases?: string[] }
  | { op: 'addAlias'; canonical: string; alias: string }
  | { op: 'notActor'; name: string };
/** Applies an analyst's decision to the registry file as it is on disk now (a file that does not parse is left alone). */
export const EditRegistryRequest = new RequestType<RegistryEdit, void, void>('sourceAnnotator/editRegistry');
/** Every actor the detector knows (shipped and workspace registry), for the alias picker. */
export const RegistryActorsRequest = new RequestType<Record<string, never>, Array<{ canonical: string; type: ActorType }>, void>('sourceAnnotator/registryActors');

// ── Export ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The corpus's annotations in an export format; the client writes `content` where the user chose. Messages are JSON,
 * so a binary format (REFI-QDA's .qdpx, a zip) comes base64-encoded: decode it with `exportedBytes`.
 */
export const ExportRequest = new RequestType<
  { format: ExportFormat; baseUri: string },
  { content: string; encoding: 'utf8' | 'base64'; claims: number; documents: number; skipped: number },
  void
>('sourceAnnotator/export');

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its bytes as arguments: chunks keep a large zip within the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of the file an ExportRequest answered with (UTF-8 for text formats). */
export function exportedBytes(result: { content: string; encoding: 'utf8' | 'base64' }): Uint8Array {
  if (result.encoding === 'utf8') return new TextEncoder().encode(result.content);
  const binary = atob(result.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The claims graph of the corpus: claims, claimants and documents, the analyst's links between claims. Document
 * paths in it are relative to `root` (a URI); `skipped` documents have an annotation file that does not parse.
 */
export const GraphRequest = new RequestType<Record<string, never>, { root: string; graph: ClaimGraph; skipped: number }, void>('sourceAnnotator/graph');

/** Sidecars whose article is gone (renamed or deleted outside the editor), as URIs. */
export const OrphanSidecarsRequest = new RequestType<Record<string, never>, string[], void>('sourceAnnotator/orphanSidecars');

/** A claim of another document that the claim `id` of `uri` likely matches, with a guessed relation and why. */
export interface SuggestedLink {
  uri: string;
  id: string;
  exact: string;
  title: string;
  start: number;
  end: number;
  score: number;
  rel: LinkRelation;
  reasons: string[];
}
export const SuggestionsRequest = new RequestType<{ uri: string; id: string; top?: number }, SuggestedLink[], void>('sourceAnnotator/suggestions');

/** Saved pages, PDFs and Word files (by URI) become articles of the corpus folder `folder`, each with its sidecar. */
export interface ImportResult {
  imported: Array<{ from: string; uri: string; title: string; outlet: string | null; published: string | null }>;
  failed: Array<{ from: string; error: string }>;
}
export const ImportRequest = new RequestType<{ uris: string[]; folder: string }, ImportResult, void>('sourceAnnotator/import');

/** A document as a source: every field resolved (recorded in the sidecar, else detected), with its origin. */
export const SourceMetaRequest = new RequestType<{ uri: string }, ResolvedSourceMeta | null, void>('sourceAnnotator/sourceMeta');

/** The analyst's decisions about a document as a source; undone like claim edits. */
export type MetaEdit =
  /** A string records a field, null records "none", undefined (or '') forgets it: detected from the text again. */
  | { op: 'set'; fields: MetaFields }
  /** A line (its trimmed text) is not the article (`article: false`), or is, despite its wording. */
  | { op: 'markLine'; line: string; article: boolean };
export const EditMetaRequest = new RequestType<{ uri: string; edit: MetaEdit; label: string }, void, void>('sourceAnnotator/editMeta');

// ── The claims × sources matrix ──────────────────────────────────────────────────────────────────────────

/** The matrix (paths relative to the workspace root), the URI of each column's document, and sidecars skipped as unreadable. */
export interface MatrixResult {
  matrix: Matrix;
  uris: string[];
  skipped: number;
}
export const MatrixRequest = new RequestType<Record<string, never>, MatrixResult, void>('sourceAnnotator/matrix');
