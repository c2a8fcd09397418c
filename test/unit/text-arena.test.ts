import * as assert from 'node:assert/strict';
import { emptySidecar, type DocumentState } from '../../src/core/corpus/document-state';
import { TextArena } from '../../src/core/corpus/text-arena';

const state = (path: string, text: string): DocumentState => ({ path, title: path, text, problem: undefined, sidecar: emptySidecar(path), sidecarProblem: undefined });

describe('TextArena (texts read at start-up, kept as slices of shared strings)', () => {
  it('leaves every text as it was, Latin-1 and wider texts alike, in batches and at the end', () => {
    const texts = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `„Zitat“ ${i} – ` : `Straße ${i} `).repeat(200 + i));
    const states = texts.map((t, i) => state(`/c/${i}.txt`, t));
    const arena = new TextArena();
    states.forEach((s) => arena.add(s, s.text!));
    arena.flush();
    states.forEach((s, i) => assert.equal(s.text, texts[i]));
  });

  it('keeps the text of an article that changed after it was read (opened in the editor meanwhile)', () => {
    const a = state('/c/a.txt', 'Erster Text, lang genug.');
    const b = state('/c/b.txt', 'Zweiter Text, lang genug.');
    const arena = new TextArena();
    arena.add(a, a.text!);
    arena.add(b, b.text!);
    b.text = 'Im Editor geändert.';
    arena.flush();
    assert.deepEqual([a.text, b.text], ['Erster Text, lang genug.', 'Im Editor geändert.']);
  });
});
