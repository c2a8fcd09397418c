// Builds an attribution gold file (offsets) from its hand-written spec: `npx tsx scripts/attribution-gold.ts eval/attribution/seeds-gold.spec`.
// The spec names spans in context (see the spec's header), so that the annotator writes words, never offsets; every
// span found is printed with its sentence for a read-through.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Span { start: number; end: number; text: string }
const root = join(__dirname, '..');

/** The occurrence of a context (with [[x]] marking the span inside it) nearest `near`. */
function locate(text: string, spec: string, near: number, file: string): Span {
  const m = /^(.*)\[\[(.+?)\]\](.*)$/s.exec(spec);
  const [before, inner, after] = m ? [m[1], m[2], m[3]] : ['', spec, ''];
  const whole = before + inner + after;
  let best = -1;
  for (let i = text.indexOf(whole); i >= 0; i = text.indexOf(whole, i + 1)) if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  if (best < 0) throw new Error(`${file}: not found: ${spec}`);
  const start = best + before.length;
  return { start, end: start + inner.length, text: inner };
}

/** Content "start…end" (the nearest start, the first end after it) or a span in context. */
function locateContent(text: string, spec: string, near: number, file: string): Span {
  const parts = spec.split('…');
  if (parts.length === 1) return locate(text, spec, near, file);
  const first = locate(text, parts[0], near, file);
  const endAt = text.indexOf(parts[1], first.end);
  if (endAt < 0) throw new Error(`${file}: content end not found: ${spec}`);
  return { start: first.start, end: endAt + parts[1].length, text: text.slice(first.start, endAt + parts[1].length) };
}

function build(specPath: string): void {
  const documents: object[] = [];
  let doc: { file: string; text: string; attributions: object[]; hedges: object[] } | undefined;
  for (const line of readFileSync(specPath, 'utf8').split('\n')) {
    if (line.startsWith('= text: ')) {
      const text = line.slice('= text: '.length);
      doc = { file: '', text, attributions: [], hedges: [] };
      documents.push(doc);
      continue;
    }
    if (line.startsWith('= ')) {
      const file = line.slice(2).trim();
      doc = { file, text: readFileSync(join(root, file), 'utf8'), attributions: [], hedges: [] };
      documents.push(doc);
      continue;
    }
    if (!doc || !/^[AH] /.test(line)) continue;
    const f = line.slice(2).split(' | ').map((s) => s.trim());
    const cue = locate(doc.text, f[0], 0, doc.file);
    if (line[0] === 'H') {
      doc.hedges.push({ ...cue, type: f[1] });
      continue;
    }
    const source = f[1] === '-' ? null : { ...locate(doc.text, f[1], cue.start, doc.file), canonical: f[2] === '-' ? null : f[2] };
    const content = locateContent(doc.text, f[3], cue.start, doc.file);
    doc.attributions.push({ ...cue, source, content, mode: f[4], stance: f[5], hedged: f[6] === 'true' });
    process.stdout.write(`${cue.text} | ${source?.text ?? '-'} | ${content.text}\n`);
  }
  const out = documents.map((d) => {
    const { text, file, ...rest } = d as { text: string; file: string };
    if (file) Object.assign(rest, { file });
    else Object.assign(rest, { text });
    const sorted = rest as { attributions: Span[]; hedges: Span[] };
    sorted.attributions.sort((a, b) => a.start - b.start);
    sorted.hedges.sort((a, b) => a.start - b.start);
    return rest;
  });
  // Keys in a stable order: file or text first.
  for (const d of out as Record<string, unknown>[]) for (const k of ['attributions', 'hedges']) { const v = d[k]; delete d[k]; d[k] = v; }
  writeFileSync(specPath.replace(/\.spec$/, '.json'), JSON.stringify({ guidelines: '../shared/eval/ATTRIBUTION.md', documents: out }, null, 2) + '\n');
  void dirname;
}

build(process.argv[2]!);
