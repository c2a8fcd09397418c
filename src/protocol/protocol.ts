// Every custom request and notification between the Source Annotator language server and its clients.
// Standard LSP covers hovers, references, definitions, symbols, highlights, code lenses and diagnostics; these
// carry only what LSP has no message for. Offsets are UTF-16 code units into the document's text.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

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
}
export const EntitiesRequest = new RequestType<{ uri: string }, DocumentEntities | null, void>('sourceAnnotator/entities');

/** One article of the corpus, for the Documents view. Counts are null until the index has reached it. */
export interface CorpusDocument {
  uri: string;
  title: string;
  /** The corpus folder it was found under, as a URI. */
  folder: string;
  /** Why it is listed but not analysed (too large, binary, unreadable), if so. */
  problem: string | null;
  claims: number;
  figures: number | null;
  actors: number | null;
}
export const DocumentsRequest = new RequestType<{ filter?: string }, CorpusDocument[], void>('sourceAnnotator/documents');

/** The corpus changed: documents appeared or went, titles or counts changed. `uris` is absent when anything may have. */
export const CorpusChangedNotification = new NotificationType<{ uris?: string[] }>('sourceAnnotator/corpusChanged');

/** Entities of these open documents changed (new text, detector or claims): ask again with EntitiesRequest. */
export const EntitiesChangedNotification = new NotificationType<{ uris: string[] }>('sourceAnnotator/entitiesChanged');

/** Settings the server reads from `initializationOptions` (and `workspace/didChangeConfiguration`). */
export interface ServerSettings {
  corpusFolders: string[];
  fileExtensions: string[];
  maxFileSizeMB: number;
  registryFile: string;
  discoveryModel: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  corpusFolders: ['seeds'],
  fileExtensions: ['.txt', '.md'],
  maxFileSizeMB: 5,
  registryFile: 'source-annotator.actors.json',
  discoveryModel: true,
};

/**
 * A client wrote this document's sidecar itself (it still edits claims in-process): read it again now rather
 * than when the file watcher gets round to it, so that the next hover already shows the change.
 */
export const SidecarWrittenNotification = new NotificationType<{ uri: string }>('sourceAnnotator/sidecarWritten');
