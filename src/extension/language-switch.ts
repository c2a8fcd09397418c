// The client's text sync across a language switch (its own file: no runtime import of vscode, so unit-testable).
import type { Middleware } from 'vscode-languageclient';

/**
 * A corpus article is given its own language mode as it opens (article-language.ts), and VS Code tells the client of a
 * language change as a close and an open of the same document in one go. Neither is sent: the server keeps the text
 * it has, and a 1 MB article is not sent and analysed a second time. A real close goes out a moment later.
 */
export function keepOpenAcrossLanguageSwitch(warn: (message: string) => void): Pick<Middleware, 'didOpen' | 'didClose'> {
  const closing = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    didClose: async (doc, next) => {
      const uri = doc.uri.toString();
      closing.set(uri, setTimeout(() => {
        closing.delete(uri);
        next(doc).catch((e: unknown) => warn(`[sync] could not tell the server ${uri} was closed: ${(e as Error).message}`));
      }, 0));
    },
    didOpen: async (doc, next) => {
      const uri = doc.uri.toString();
      const pending = closing.get(uri);
      if (pending === undefined) return next(doc);
      clearTimeout(pending);
      closing.delete(uri);
    },
  };
}
