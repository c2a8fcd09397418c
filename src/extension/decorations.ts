import * as vscode from 'vscode';
import { dimBoilerplate, highlightActors, highlightAttribution, highlightFigures } from './config';
import { Colors } from './constants';
import { Disposable } from './disposable';
import type { CorpusView } from './corpus-view';
import type { OffsetRange } from '../protocol/protocol';
import { covers, type ServerEntities } from './server-entities';

export type DecorationKind = 'figure' | 'actor' | 'suggestedActor' | 'claim' | 'attribution' | 'hedge' | 'boilerplate';

/** Offsets of what is currently decorated in a document (what tests and the UI check). */
export type AppliedDecorations = Record<DecorationKind, Array<[start: number, end: number]>>;

const DEBOUNCE_MS = 120;
/**
 * Characters before and after the visible text whose highlights are drawn too, so that scrolling shows them at
 * once. Only this window is drawn: a 1 MB article has some 100,000 highlights, and converting and sending them
 * all to the editor on every keystroke blocked the extension host for a fifth of a second.
 */
const WINDOW = 20_000;
/** Characters beyond WINDOW whose ranges are fetched from the server too, so that scrolling asks for nothing new. */
const FETCH = 40_000;

/** The length of a document's text, without getText(), which joins a long article's lines into a new string. */
const textLength = (doc: vscode.TextDocument): number => doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);

/** What to ask the server for to draw `need`: FETCH more on each side, so that scrolling a little asks for nothing; a short article whole. */
const fetchWindow = (doc: vscode.TextDocument, need: OffsetRange): OffsetRange | undefined =>
  textLength(doc) <= 4 * FETCH ? undefined : [Math.max(0, need[0] - FETCH), need[1] + FETCH];

/** Decorates figures, actors and claims in every visible corpus document; types created once, updates debounced per document. */
export class DecorationManager extends Disposable {
  private readonly types: Record<DecorationKind, vscode.TextEditorDecorationType>;
  private readonly pending = new Map<string, { atOnce: boolean; timer: ReturnType<typeof setTimeout> }>();
  /** Per document: the text version and corpus generation last rendered, so unchanged text is never recomputed. */
  private readonly rendered = new Map<string, { key: string; applied: AppliedDecorations; window: OffsetRange | null }>();
  private generation = 0;
  /** Per document: how often the server said its entities changed (a render made before is stale). */
  private readonly changes = new Map<string, number>();
  /** Per editor: what it was last drawn with (text version, generation and window). */
  private readonly drawn = new WeakMap<vscode.TextEditor, string>();
  /** Per document: the ranges last drawn in an editor on it (applied()). */
  private readonly shown = new Map<string, AppliedDecorations>();
  private readonly rendered$ = this._register(new vscode.EventEmitter<string>());
  readonly onDidRender = this.rendered$.event;

  constructor(private readonly corpus: CorpusView, private readonly entities: ServerEntities, extensionUri: vscode.Uri) {
    super();
    const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);
    this.types = {
      figure: this._register(vscode.window.createTextEditorDecorationType({
        color: color(Colors.figureForeground), backgroundColor: color(Colors.figureBackground), borderRadius: '2px',
      })),
      actor: this._register(vscode.window.createTextEditorDecorationType({
        color: color(Colors.actorForeground), backgroundColor: color(Colors.actorBackground), borderRadius: '2px',
      })),
      // Model suggestions are weaker: no background, a dotted underline.
      suggestedActor: this._register(vscode.window.createTextEditorDecorationType({
        color: color(Colors.suggestedActorForeground), textDecoration: 'underline dotted',
      })),
      // Who is cited and how firmly: a colour and a thin underline, quieter than figures and actors.
      attribution: this._register(vscode.window.createTextEditorDecorationType({
        color: color(Colors.attributionCueForeground), textDecoration: 'underline solid 1px',
      })),
      hedge: this._register(vscode.window.createTextEditorDecorationType({
        color: color(Colors.hedgeForeground), fontStyle: 'italic',
      })),
      // Not the article (navigation, comment prompts, teasers): faded, so the eye skips it as detection does.
      boilerplate: this._register(vscode.window.createTextEditorDecorationType({ opacity: '0.45', fontStyle: 'italic' })),
      claim: this._register(vscode.window.createTextEditorDecorationType({
        backgroundColor: color(Colors.claimBackground),
        border: '0 0 1px 0', borderStyle: 'solid', borderColor: color(Colors.claimBorder),
        overviewRulerColor: color(Colors.claimBorder), overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'claim-gutter.svg'), gutterIconSize: 'contain',
      })),
    };
    // An article being opened: its ranges are asked for now, while the editor is still being shown, and drawn
    // without a debounce once it is visible.
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => {
      // Its beginning, where it opens: the first screen and WINDOW around it.
      if (this.corpus.isCorpusDocument(doc.uri)) void entities.get(doc, fetchWindow(doc, [0, 2 * WINDOW]));
    }));
    // A closed article's ranges are forgotten; a language switch (a close and an open in one go) keeps them.
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => void setTimeout(() => {
      const path = doc.uri.path;
      if (vscode.workspace.textDocuments.some((d) => d.uri.path === path)) return;
      this.rendered.delete(path);
      this.changes.delete(path);
      this.shown.delete(path);
    }, 0)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleAll(0)));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor.document.uri.path)));
    // New entities on the server: what was rendered is stale. A render already waiting for the server's answer is
    // not: the server sends its messages in order, so an answer that comes after the change was made after it. When
    // an article opens, the server's "changed" comes as it adopts the text, while the first render is on its way;
    // throwing that render away cost every opening a second request and the debounce (~150 ms under the index's load).
    this._register(entities.onDidChange((path) => {
      this.changes.set(path, (this.changes.get(path) ?? 0) + 1);
      this.schedule(path);
    }));
    // An article becomes (or stops being) part of the corpus. The list changes every moment while the index fills
    // (counts); an editor is drawn again only when whether it is in the corpus changed.
    this._register(corpus.onDidChange(() => {
      for (const editor of vscode.window.visibleTextEditors) {
        const path = editor.document.uri.path;
        if (this.corpus.isCorpusDocument(editor.document.uri) !== this.rendered.has(path)) this.schedule(path, 0);
      }
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourceAnnotator.highlight')) {
        this.generation++;
        this.scheduleAll();
      }
    }));
    this._register({ dispose: () => this.pending.forEach((p) => clearTimeout(p.timer)) });
    this.scheduleAll();
  }

  /** What is decorated in a document right now (in a long article: near what is visible), as offsets. */
  applied(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.shown.get(uri.path);
  }

  private scheduleAll(delay = DEBOUNCE_MS): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document.uri.path, delay);
  }

  /**
   * Renders `path` once nothing has asked for `delay` (a debounce: typing renders when it pauses). A render asked
   * for at once (an editor shown) is not put off by a debounced one.
   */
  private schedule(path: string, delay = DEBOUNCE_MS): void {
    const pending = this.pending.get(path);
    if (pending?.atOnce) return;
    clearTimeout(pending?.timer);
    this.pending.set(path, { atOnce: delay === 0, timer: setTimeout(() => {
      this.pending.delete(path);
      void this.render(path);
    }, delay) });
  }

  private async render(path: string): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.path === path);
    if (editors.length === 0) return;
    if (!this.corpus.isCorpusDocument(editors[0]!.document.uri)) {
      // No longer in the corpus (moved out, or grown past the size limit): its highlights go.
      if (this.rendered.delete(path)) {
        for (const editor of editors) {
          for (const type of Object.values(this.types)) editor.setDecorations(type, []);
          this.drawn.delete(editor);
        }
      }
      this.shown.delete(path);
      return;
    }
    const doc = editors[0]!.document;
    const { version } = doc;
    const generation = this.generation;
    const keyNow = (): string => `${version}:${generation}:${this.changes.get(path) ?? 0}`;
    const key = keyNow();
    // What must be drawn: the visible text of every editor on the document and WINDOW around it.
    const shown = editors.map((e) => e.visibleRanges).filter((r) => r.length > 0);
    const need: OffsetRange = shown.length === 0
      ? [0, textLength(doc)]
      : [Math.min(...shown.map((r) => doc.offsetAt(r[0]!.start))) - WINDOW, Math.max(...shown.map((r) => doc.offsetAt(r[r.length - 1]!.end))) + WINDOW];
    let entry = this.rendered.get(path);
    if (entry?.key !== key || !covers(entry.window, need)) {
      const fetched = await this.compute(doc, fetchWindow(doc, need));
      // Typed on meanwhile, or other settings: a newer render is scheduled. Entities that changed meanwhile do not
      // make the answer stale (see the constructor): it is kept as of now.
      if (doc.version !== version || this.generation !== generation) return;
      entry = { key: keyNow(), ...fetched };
      this.rendered.set(path, entry);
    }
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document.uri.path === path)) {
      const visible = editor.visibleRanges;
      const from = visible.length > 0 ? doc.offsetAt(visible[0]!.start) - WINDOW : 0;
      const to = visible.length > 0 ? doc.offsetAt(visible[visible.length - 1]!.end) + WINDOW : Infinity;
      // The same ranges drawn again would cost this host and the window their conversion and a repaint for nothing.
      const drawn = `${entry.key}:${from}:${to}`;
      if (this.drawn.get(editor) === drawn) continue;
      this.drawn.set(editor, drawn);
      const shown = {} as AppliedDecorations;
      for (const kind of Object.keys(this.types) as DecorationKind[]) {
        const inWindow = (shown[kind] = entry.applied[kind].filter(([s, e]) => e >= from && s <= to));
        editor.setDecorations(this.types[kind], inWindow.map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e))));
      }
      this.shown.set(path, shown);
    }
    this.rendered$.fire(path);
  }

  /** Figures, actors and claims, as the language server has them for this version of the text. */
  private async compute(doc: vscode.TextDocument, window: OffsetRange | undefined): Promise<{ applied: AppliedDecorations; window: OffsetRange | null }> {
    const applied: AppliedDecorations = { figure: [], actor: [], suggestedActor: [], claim: [], attribution: [], hedge: [], boilerplate: [] };
    const server = await this.entities.get(doc, window);
    if (server) {
      if (highlightFigures()) applied.figure = server.figure;
      if (highlightActors()) {
        applied.actor = server.actor;
        applied.suggestedActor = server.suggestedActor;
      }
      applied.claim = server.claim;
      if (highlightAttribution()) {
        applied.attribution = server.attribution;
        applied.hedge = server.hedge;
      }
      if (dimBoilerplate()) applied.boilerplate = server.boilerplate;
    }
    return { applied, window: server?.window ?? null };
  }
}
