import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { germEvalTrainPath, variedSentences } from '../../src/bench/varied-text';
import { createDetector, type CorpusDetector } from '../../src/core/detect/create';
import { IncrementalDetector } from '../../src/core/detect/incremental';
import { loadNerModel } from '../../src/core/detect/ner/model-file';
import { commonPrefix, commonSuffix, paragraphs, resplit } from '../../src/core/detect/paragraphs';
import type { ActorMention, Entity } from '../../src/core/model/entities';
import { RegistryFileSchema } from '../../src/core/model/registry';
import { rng, type Rng } from '../helpers/prng';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
/** Names whose detection depends on other paragraphs: short forms that need evidence, suggestions that cluster. */
const SNIPPETS = [
  'Der US-Kongress stimmte zu.',
  'Der Kongress vertagte sich.',
  'Alexander Nowak und Nowak',
  'Sergej Schoigu',
  'Schoigus Ministerium',
  'Verteidigungsminister Igor Kasparow sagte,',
  'Kasparows Sprecher',
  'Wladimir Putin',
  'Putins',
  'Sicherheitsrat',
  'Hillary Clinton sprach.',
  'Bill Clinton',
  'Clinton sagte nichts.',
  'in Pjöngjang',
  '1,4 Milliarden US-Dollar',
  'am 18. Juni 2019',
  '\n\n',
  '\n',
  ' ',
];

/** Varied paragraphs of GermEval sentences (seeds when the train file is absent). */
function article(sentences: readonly string[], random: Rng, count: number): string {
  if (sentences.length === 0) return SEEDS[random.int(0, SEEDS.length)];
  const first = random.int(0, sentences.length - count);
  const paras: string[] = [];
  for (let i = first; i < first + count; ) {
    const n = random.int(1, 5);
    paras.push(sentences.slice(i, i + n).join(random.next() < 0.2 ? '\n' : ' '));
    i += n;
  }
  return paras.join('\n\n');
}

/** One random edit: what an analyst (or a paste, an undo, a line-ending change) does to a document. */
function edit(text: string, random: Rng): { text: string; kind: string } {
  const at = random.int(0, text.length + 1);
  const kinds = ['type', 'type', 'type', 'delete', 'delete across', 'split', 'join', 'snippet', 'duplicate', 'start', 'end', 'crlf', 'empty'];
  const kind = random.pick(kinds);
  switch (kind) {
    case 'type':
      return { kind, text: text.slice(0, at) + random.pick([...'abcdefghijklmnopqrstuvwxyzäöüß AEKPS,.-0123456789']) + text.slice(at) };
    case 'delete':
      return { kind, text: text.slice(0, at) + text.slice(at + random.int(1, 6)) };
    case 'delete across': {
      const br = text.indexOf('\n\n', at);
      const from = br < 0 ? at : Math.max(0, br - random.int(0, 20));
      return { kind, text: text.slice(0, from) + text.slice(from + random.int(1, 40)) };
    }
    case 'split':
      return { kind, text: `${text.slice(0, at)}\n\n${text.slice(at)}` };
    case 'join': {
      const br = text.indexOf('\n\n', at);
      return br < 0 ? { kind, text } : { kind, text: text.slice(0, br) + random.pick([' ', '', '\n']) + text.slice(br + 2) };
    }
    case 'snippet':
      return { kind, text: text.slice(0, at) + random.pick(SNIPPETS) + text.slice(at) };
    case 'duplicate': {
      const blocks = paragraphs(text);
      if (blocks.length === 0) return { kind, text };
      const b = random.pick(blocks);
      return { kind, text: `${text.slice(0, at)}\n\n${text.slice(b.start, b.end)}\n\n${text.slice(at)}` };
    }
    case 'start':
      return { kind, text: random.next() < 0.5 ? `${random.pick(SNIPPETS)} ${text}` : text.slice(random.int(1, 10)) };
    case 'end':
      return { kind, text: random.next() < 0.5 ? `${text} ${random.pick(SNIPPETS)}` : text.slice(0, Math.max(0, text.length - random.int(1, 10))) };
    case 'crlf':
      return { kind, text: text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n') };
    default:
      return { kind, text: random.next() < 0.5 ? '' : random.pick(SNIPPETS) };
  }
}

/** Counts calls into the paragraph stages of a detector. */
function countCalls(detector: CorpusDetector): { find: number; actors: number } {
  const counts = { find: 0, actors: 0 };
  const { matcher } = detector.actors;
  const find = matcher.find.bind(matcher);
  matcher.find = (...args) => (counts.find++, find(...args));
  const detectMatched = detector.actors.detectMatched.bind(detector.actors);
  detector.actors.detectMatched = (...args) => (counts.actors++, detectMatched(...args));
  return counts;
}

const brief = (es: readonly Entity[]): string[] => es.map((e) => `${e.start}-${e.end} ${e.kind} ${e.text} ${e.kind === 'actor' ? e.canonical : e.value}`);

describe('paragraphs after an edit', () => {
  it('are those of a full split, the old ones kept at the start and moved at the end', () => {
    const random = rng(3);
    // Line breaks, carriage returns and blank lines close together, where a paragraph break depends on what follows.
    const pieces = ['a', 'b', ' ', '\n', '\n', '\r', '\n\n', '\r\n', 'x\n\ny'];
    const some = (n: number): string => Array.from({ length: n }, () => random.pick(pieces)).join('');
    for (let i = 0; i < 20_000; i++) {
      const old = some(random.int(0, 30));
      const at = random.int(0, old.length + 1);
      const text = old.slice(0, at) + some(random.int(0, 4)) + old.slice(at + random.int(0, 4));
      const prefix = commonPrefix(old, text);
      const oldBlocks = paragraphs(old);
      const { blocks, kept, moved } = resplit(old, oldBlocks, text, prefix, commonSuffix(old, text, Math.min(old.length, text.length) - prefix));
      const what = JSON.stringify([old, text]);
      assert.deepStrictEqual(blocks, paragraphs(text), what);
      for (let k = 0; k < kept; k++) assert.equal(blocks[k], oldBlocks[k], what);
      for (let k = 1; k <= moved; k++) assert.equal(blocks[blocks.length - k].end - oldBlocks[oldBlocks.length - k].end, text.length - old.length, what);
    }
  });
});

describe('incremental detection', function () {
  this.timeout(120_000);
  let withModel: CorpusDetector;
  let plain: CorpusDetector;
  let sentences: string[] = [];

  before(() => {
    withModel = createDetector({ model: loadNerModel(fs.readFileSync(path.join(ROOT, 'media', 'ner', 'model.bin'))) });
    plain = createDetector();
    const train = germEvalTrainPath(ROOT);
    if (train) sentences = variedSentences(train);
  });

  it('equals full detection on every seed, with and without the model', () => {
    for (const detector of [withModel, plain]) {
      const inc = new IncrementalDetector(detector);
      for (const seed of SEEDS) assert.deepStrictEqual(inc.detect(seed), detector.detect(seed));
    }
  });

  it('equals full detection on an article of varied GermEval sentences', function () {
    if (sentences.length === 0) this.skip();
    const text = article(sentences, rng(1), 1500);
    assert.deepStrictEqual(new IncrementalDetector(withModel).detect(text), withModel.detect(text));
  });

  it('equals full detection after every edit of random edit sequences', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = rng(seed);
      const inc = new IncrementalDetector(withModel);
      let text = article(sentences, random, 30);
      assert.deepStrictEqual(inc.detect(text), withModel.detect(text), `seed ${seed}, start`);
      for (let step = 0; step < 40; step++) {
        const e = edit(text, random);
        text = e.text;
        assert.deepStrictEqual(brief(inc.detect(text)), brief(withModel.detect(text)), `seed ${seed}, step ${step} (${e.kind})`);
        assert.deepStrictEqual(inc.detect(text), withModel.detect(text), `seed ${seed}, step ${step} (${e.kind}), all fields`);
      }
    }
  });

  it('detects only the edited paragraph again after a one-character edit', () => {
    const detector = createDetector({ model: loadNerModel(fs.readFileSync(path.join(ROOT, 'media', 'ner', 'model.bin'))) });
    const text = SEEDS.join('\n\n');
    const inc = new IncrementalDetector(detector);
    inc.detect(text);
    const calls = countCalls(detector);
    const blocks = paragraphs(text);
    const target = blocks[Math.floor(blocks.length / 2)];
    const at = text.indexOf(' ', target.start + 10);
    const edited = `${text.slice(0, at)} und${text.slice(at)}`;
    const r = inc.update(edited);
    assert.deepStrictEqual(calls, { find: 1, actors: 1 });
    inc.update(edited);
    assert.deepStrictEqual(calls, { find: 1, actors: 1 }, 'the same text again detects nothing');
    assert.deepStrictEqual(r.redetected, [{ start: target.start, end: target.end + 4 }]);
    assert.equal(r.hits, r.paragraphs - 1);
    assert.deepStrictEqual(r.entities, detector.detect(edited));
  });

  it('resolves a short form in another paragraph again when its evidence appears or goes', () => {
    const calls = countCalls(plain);
    const inc = new IncrementalDetector(plain);
    const short = 'Der Kongress vertagte sich.\n\nEin anderer Absatz.\n\n';
    const withEvidence = `${short}Der US-Kongress stimmte zu.`;
    const named = (es: Entity[]): string[] => es.filter((e) => e.kind === 'actor').map((e) => e.text);
    assert.deepStrictEqual(named(inc.detect(withEvidence)), ['Kongress', 'US-Kongress']);
    assert.deepStrictEqual(inc.detect(withEvidence), plain.detect(withEvidence));
    const withoutEvidence = `${short}Der UX-Kongress stimmte zu.`;
    const before = calls.actors;
    const r = inc.update(withoutEvidence);
    assert.equal(calls.actors - before, 2, 'the paragraph in between is not detected again');
    assert.deepStrictEqual(named(r.entities), []);
    assert.deepStrictEqual(r.entities, plain.detect(withoutEvidence));
    assert.deepStrictEqual(r.redetected.map((b) => withoutEvidence.slice(b.start, b.end)), ['Der Kongress vertagte sich.', 'Der UX-Kongress stimmte zu.']);
  });

  it('names the actor of the same paragraph twice by what comes before each copy', () => {
    const text = 'Hillary Clinton sprach.\n\nClinton sagte nichts.\n\nBill Clinton sprach.\n\nClinton sagte nichts.';
    const inc = new IncrementalDetector(plain);
    const ids = (es: Entity[]): (string | undefined)[] => es.map((e) => (e.kind === 'actor' ? e.actorId : undefined));
    assert.deepStrictEqual(ids(inc.detect(text)), ['person:hclinton', 'person:hclinton', 'person:bclinton', 'person:bclinton']);
    assert.deepStrictEqual(inc.detect(text), plain.detect(text));
    const edited = text.replace('sprach.', 'sprach gestern.');
    assert.deepStrictEqual(inc.detect(edited), plain.detect(edited));
  });

  it('gives a genitive in one paragraph the name of a fuller suggestion in another, and takes it back', () => {
    const inc = new IncrementalDetector(withModel);
    const doc = (full: string): string => `${full} sprach am Montag in Moskau.\n\nDie Rede wurde übertragen.\n\nKasparows Sprecher widersprach.`;
    const genitive = (es: Entity[]): string | undefined => es.find((e): e is ActorMention => e.kind === 'actor' && e.text === 'Kasparows')?.canonical;
    for (const [name, canonical] of [['Igor Kasparow', 'Igor Kasparow'], ['Kasparow', 'Kasparow'], ['Igor Kasparow', 'Igor Kasparow']]) {
      const text = doc(`Verteidigungsminister ${name}`);
      const entities = inc.detect(text);
      assert.equal(genitive(entities), canonical);
      assert.deepStrictEqual(entities, withModel.detect(text));
    }
  });

  it('handles empty text, blank lines only, CRLF line ends and text without a final line break', () => {
    const inc = new IncrementalDetector(withModel);
    for (const text of ['', '\n\n\n', '\r\n\r\n', SEEDS[0].replace(/\n/g, '\r\n'), `\n\n${SEEDS[1]}`, SEEDS[1].trimEnd(), '']) {
      assert.deepStrictEqual(inc.detect(text), withModel.detect(text));
    }
  });

  it('keeps only the paragraphs of the latest text', () => {
    const inc = new IncrementalDetector(plain);
    inc.update(SEEDS[0]);
    inc.update(SEEDS[1]);
    assert.equal(inc.update(SEEDS[0]).hits, 0);
    assert.equal(inc.update(SEEDS[0]).hits, paragraphs(SEEDS[0]).length);
  });

  it('belongs to one detector: a workspace registry is seen by a new detector and its own cache', () => {
    const text = 'Die Firma Zentrox AG meldete Gewinne.\n\nZentrox wächst.';
    const workspaceRegistry = RegistryFileSchema.parse({ schemaVersion: 1, actors: [{ id: 'org:zentrox', type: 'organisation', canonical: 'Zentrox AG', aliases: ['Zentrox'] }] });
    const curated = createDetector({ workspaceRegistry });
    const before = new IncrementalDetector(plain).detect(text);
    const after = new IncrementalDetector(curated).detect(text);
    assert.ok(!before.some((e) => e.kind === 'actor' && e.actorId === 'org:zentrox'));
    assert.deepStrictEqual(after, curated.detect(text));
    assert.ok(after.some((e) => e.kind === 'actor' && e.actorId === 'org:zentrox'));
  });

  it('detects figures paragraph by paragraph: a rule no longer reads the token before a blank line', () => {
    // The documented difference: the whole text sees the number "2019" before "300 000" and reads "300" alone.
    const text = 'Im Jahr 2019\n\n300 000 Menschen demonstrierten.';
    const figures = (es: Entity[]): string[] => es.flatMap((e) => (e.kind === 'figure' ? [`${e.text}=${e.value}`] : []));
    assert.deepStrictEqual(figures(plain.detect(text)), ['2019=2019', '300=300']);
    assert.deepStrictEqual(figures(new IncrementalDetector(plain).detect(text)), ['2019=2019', '300 000=300000']);
  });

  it('detects a paragraph after a blank line as the whole text does: "Juni 2019" at a line start is no date', () => {
    const inc = new IncrementalDetector(plain);
    for (const text of ['Juni 2019 kam er.', 'Am 18.\n\nJuni 2019 kam er.']) assert.deepStrictEqual(inc.detect(text), plain.detect(text));
  });
});
