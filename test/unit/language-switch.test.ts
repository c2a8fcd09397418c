import * as assert from 'node:assert';
import type { TextDocument } from 'vscode';
import { keepOpenAcrossLanguageSwitch } from '../../src/extension/language-switch';

/** What the middleware reads of a document: its URI. */
const doc = (uri: string): TextDocument => ({ uri: { toString: () => uri } }) as unknown as TextDocument;
const aMoment = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe('text sync across a language switch (the client middleware)', () => {
  const sent: string[] = [];
  const next = (what: string) => async (d: TextDocument): Promise<void> => void sent.push(`${what} ${d.uri.toString()}`);
  beforeEach(() => (sent.length = 0));

  it('sends neither the close nor the open that a language switch makes of one document', async () => {
    const m = keepOpenAcrossLanguageSwitch(() => undefined);
    await m.didClose!(doc('file:///a.txt'), next('close'));
    await m.didOpen!(doc('file:///a.txt'), next('open'));
    await aMoment();
    assert.deepEqual(sent, []);
  });

  it('sends a real close a moment later, and opens at once', async () => {
    const m = keepOpenAcrossLanguageSwitch(() => undefined);
    await m.didOpen!(doc('file:///b.txt'), next('open'));
    await m.didClose!(doc('file:///a.txt'), next('close'));
    await m.didOpen!(doc('file:///c.txt'), next('open'));
    assert.deepEqual(sent, ['open file:///b.txt', 'open file:///c.txt']);
    await aMoment();
    assert.deepEqual(sent, ['open file:///b.txt', 'open file:///c.txt', 'close file:///a.txt']);
  });

  it('says when a close could not be sent', async () => {
    const warned: string[] = [];
    const m = keepOpenAcrossLanguageSwitch((w) => warned.push(w));
    await m.didClose!(doc('file:///a.txt'), async () => {
      throw new Error('connection closed');
    });
    await aMoment();
    assert.match(warned.join(), /file:\/\/\/a\.txt.*connection closed/);
  });
});
