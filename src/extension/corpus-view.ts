// The corpus as the language server lists it: titles, counts, problems. The extension host never reads or
// detects the corpus itself, so a view of 10,000 articles appears at once and fills in as the server reads.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import { CorpusChangedNotification, DocumentsRequest, RescanRequest, type CorpusDocument } from '../protocol/protocol';
import { Disposable } from './disposable';

export interface ListedDocument extends CorpusDocument {
  /** The URI's path: the key commands and tests use. */
  path: string;
}

/** Which articles changed; undefined: the list itself (articles appeared, went or moved). */
export type CorpusChange = readonly string[] | undefined;

/** A row's fields but its URI; the type check below fails when the protocol's row gains one that is not here. */
const FIELDS = ['title', 'problem', 'pending', 'sidecarProblem', 'claims', 'detached', 'figures', 'actors', 'outlet', 'source', 'published', 'language', 'author'] as const;
const everyField: Exclude<keyof CorpusDocument, 'uri' | (typeof FIELDS)[number]> extends never ? true : never = true;
void everyField;

/**
 * An article as listed, in one shape for every article (each field present, undefined when the row leaves it out):
 * a row that changes is copied onto it (`update`), so that the 10,000 objects the view holds stay the same ones
 * while the index fills, instead of each being replaced twice and left for the host's full collections.
 */
function listed(d: CorpusDocument): ListedDocument {
  const row = { path: pathOf(d.uri), uri: d.uri } as ListedDocument;
  for (const field of FIELDS) (row as unknown as Record<string, unknown>)[field] = d[field];
  return row;
}

/** Copies a changed row onto the listed article; a field that did not change keeps its value (and its string). */
function update(to: ListedDocument, from: CorpusDocument): void {
  for (const field of FIELDS) if (to[field] !== from[field]) (to as unknown as Record<string, unknown>)[field] = from[field];
}

/**
 * Articles per DocumentsRequest, listing the whole corpus or the rows changed since the last answer. A page of
 * 1,000 (~375 KB of JSON with long titles) was parsed in one turn of the extension host, up to 74 ms under the
 * index's load (`npm run bench -- host`, with a profile); 250 is one range of the Documents view.
 */
const LIST_PAGE = 250;

/** A server URI's path, without building a vscode.Uri for each of 10,000 articles (file URIs in one folder share their prefix). */
function pathOf(uri: string): string {
  const slash = uri.indexOf('/', uri.indexOf('://') + 3);
  if (slash < 0) return vscode.Uri.parse(uri).path;
  const path = uri.slice(slash).replace(/[?#].*$/, '');
  return path.includes('%') ? decodeURIComponent(path) : path;
}

export class CorpusView extends Disposable {
  private listed: ListedDocument[] = [];
  /** Where each article is in `listed`. */
  private at = new Map<string, number>();
  private fetching = false;
  /** The server's revision that `listed` reflects (undefined: nothing listed yet). */
  private revision: number | undefined;
  /** What to fetch next: the whole list, or the rows changed since `revision`. */
  private pending: 'all' | 'changed' | undefined = 'all';
  private scanned!: () => void;
  private readonly whenScanned = new Promise<void>((resolve) => (this.scanned = resolve));
  private readonly changed = this._register(new vscode.EventEmitter<CorpusChange>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: Promise<LanguageClient>, private readonly log: Logger) {
    super();
    void client.then((c) => {
      this._register(c.onNotification(CorpusChangedNotification, ({ list, revision }) => {
        if (list) this.pending = 'all';
        else if (this.pending !== 'all' && (this.revision === undefined || revision > this.revision)) this.pending = 'changed';
        void this.fetch(c);
      }));
      void this.fetch(c);
    });
  }

  /** Resolves when the server has read every article of the corpus once. */
  ready(): Promise<void> {
    return this.whenScanned;
  }

  documents(): readonly ListedDocument[] {
    return this.listed;
  }

  get(path: string): ListedDocument | undefined {
    const i = this.at.get(path);
    return i === undefined ? undefined : this.listed[i];
  }

  /** An article the server analyses (listed, readable, not too large). */
  isCorpusDocument(uri: vscode.Uri): boolean {
    const doc = this.get(uri.path);
    return !!doc && doc.problem === undefined;
  }

  /** Asks the server to list and read the corpus folders again. */
  async rescan(): Promise<void> {
    await (await this.client).sendRequest(RescanRequest, {});
  }

  /**
   * The whole list, a page per request: one message of 10,000 articles kept this host parsing for a third of a
   * second. Rows that change meanwhile are asked for next, from the first page's revision (the pages may straddle it).
   */
  private async fetchAll(client: LanguageClient): Promise<boolean> {
    const documents: ListedDocument[] = [];
    // The first time, the view shows each page as it comes: rows at once, the rest a moment later. The list and its
    // index grow in place (copying both for every page made garbage enough for collection pauses in this host).
    const first = this.listed.length === 0;
    if (first) {
      this.listed = documents;
      this.at = new Map();
    }
    let revision: number | undefined;
    for (;;) {
      const page = await client.sendRequest(DocumentsRequest, { from: documents.length, limit: LIST_PAGE });
      revision ??= page.revision;
      for (const d of page.documents) {
        // An article listed before stays the same object (see `listed`).
        const known = first ? undefined : this.get(pathOf(d.uri));
        if (known) update(known, d);
        const row = known ?? listed(d);
        if (first) this.at.set(row.path, documents.length);
        documents.push(row);
      }
      if (first && page.documents.length > 0 && documents.length < page.total) this.changed.fire(undefined);
      if (page.documents.length === 0 || documents.length >= page.total) {
        // The first listing built its index as it went.
        if (documents !== this.listed || this.at.size !== documents.length) {
          this.listed = documents;
          this.at = new Map(documents.map((d, i) => [d.path, i]));
        }
        this.revision = revision;
        this.changed.fire(undefined);
        return page.scanned;
      }
    }
  }

  /** The rows changed since the last answer, a page at a time, each page shown as it comes. */
  private async fetchChanged(client: LanguageClient): Promise<boolean> {
    for (;;) {
      const page = await client.sendRequest(DocumentsRequest, { since: this.revision, limit: LIST_PAGE });
      const paths: string[] = [];
      for (const d of page.documents) {
        const path = pathOf(d.uri);
        const i = this.at.get(path);
        if (i === undefined) this.pending = 'all'; // An article came meanwhile: the list itself changed.
        else {
          update(this.listed[i]!, d);
          paths.push(path);
        }
      }
      this.revision = page.revision;
      if (paths.length > 0) this.changed.fire(paths);
      if (page.documents.length < LIST_PAGE || this.pending === 'all') return page.scanned;
    }
  }

  /** One request at a time; what was announced meanwhile is fetched next. */
  private async fetch(client: LanguageClient): Promise<void> {
    if (this.fetching || !this.pending) return;
    const wanted = this.revision === undefined ? 'all' : this.pending;
    this.pending = undefined;
    this.fetching = true;
    try {
      if (wanted === 'all' ? await this.fetchAll(client) : await this.fetchChanged(client)) this.scanned();
    } catch (e) {
      this.log.warn(`[corpus] could not list the documents: ${(e as Error).message}`);
    } finally {
      this.fetching = false;
      if (this.pending) void this.fetch(client);
    }
  }
}
