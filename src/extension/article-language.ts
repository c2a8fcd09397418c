// Corpus articles wrap their long lines without changing how the user's other text files display: a plain-text
// article opens in its own language mode, `source-article`, whose default (package.json) is `editor.wordWrap: on`.
import * as vscode from 'vscode';
import { Settings } from './constants';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';

export const ARTICLE_LANGUAGE = 'source-article';

export class ArticleLanguage extends Disposable {
  constructor(private readonly corpus: CorpusView) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.apply(d)));
    this._register(corpus.onDidChange(() => this.applyAll()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.wrapArticles}`)) this.applyAll();
    }));
    this.applyAll();
  }

  private applyAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.apply(doc);
  }

  private async apply(doc: vscode.TextDocument): Promise<void> {
    const wrap = vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.wrapArticles, true);
    const next = wrap && doc.languageId === 'plaintext' && this.corpus.isCorpusDocument(doc.uri) ? ARTICLE_LANGUAGE
      : !wrap && doc.languageId === ARTICLE_LANGUAGE ? 'plaintext'
      : undefined;
    if (next) await Promise.resolve(vscode.languages.setTextDocumentLanguage(doc, next)).catch(() => undefined); // Closed meanwhile.
  }
}
