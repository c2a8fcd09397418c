import * as assert from 'node:assert/strict';
import { SidecarSchema, type Annotation } from '../../src/core/model/annotation';
import { CONFLICT_TAG, mergeSidecars } from '../../src/core/store/merge';
import { claimOn, sidecarOf } from '../helpers/sidecars';

const A = claimOn('Putin und Kim trafen sich am Montag.', '01A');
const B = claimOn('Der Kreml schwieg.', '01B');
const C = claimOn('Nordkorea liefere Munition', '01C');
const edit = (a: Annotation, body: Partial<Annotation['body']>, over: Partial<Annotation> = {}): Annotation =>
  ({ ...a, body: { ...a.body, ...body }, modified: '2024-06-19T10:00:00.000Z', ...over });
const ids = (as: readonly Annotation[]): string[] => as.map((a) => a.id);

describe('mergeSidecars (three-way, by annotation id)', () => {
  it('keeps additions from both sides, sorted by id', () => {
    const { merged, conflicts } = mergeSidecars(sidecarOf(A), sidecarOf(A, C), sidecarOf(B, A));
    assert.deepEqual(ids(merged.annotations), ['01A', '01B', '01C']);
    assert.deepEqual(conflicts, []);
  });

  it('takes a deletion made on one side when the other side left the annotation alone', () => {
    const { merged, conflicts } = mergeSidecars(sidecarOf(A, B), sidecarOf(A), sidecarOf(A, B));
    assert.deepEqual(ids(merged.annotations), ['01A']);
    assert.deepEqual(conflicts, []);
  });

  it('keeps, and flags, an annotation deleted on one side but edited on the other', () => {
    const { merged, conflicts } = mergeSidecars(sidecarOf(A, B), sidecarOf(A), sidecarOf(A, edit(B, { status: 'refuted' })));
    assert.deepEqual(ids(merged.annotations), ['01A', '01B']);
    assert.equal(merged.annotations[1].body.status, 'refuted');
    assert.ok(merged.annotations[1].body.tags.includes(CONFLICT_TAG));
    assert.deepEqual(conflicts.map((c) => [c.id, c.field]), [['01B', 'deleted']]);
  });

  it('takes fields changed on one side only, from either side, without conflict', () => {
    const ours = edit(A, { status: 'disputed' });
    const theirs = edit(A, { claimant: 'Pentagon' }, { modified: '2024-06-20T10:00:00.000Z' });
    const { merged, conflicts } = mergeSidecars(sidecarOf(A), sidecarOf(ours), sidecarOf(theirs));
    assert.deepEqual(conflicts, []);
    assert.equal(merged.annotations[0].body.status, 'disputed');
    assert.equal(merged.annotations[0].body.claimant, 'Pentagon');
    assert.equal(merged.annotations[0].modified, '2024-06-20T10:00:00.000Z');
  });

  it('reports the same field changed differently on both sides, keeping ours and recording theirs in the note', () => {
    const { merged, conflicts } = mergeSidecars(sidecarOf(A), sidecarOf(edit(A, { status: 'corroborated' })), sidecarOf(edit(A, { status: 'refuted', note: 'AP says no' })));
    assert.deepEqual(conflicts, [{ id: '01A', field: 'body.status', ours: '"corroborated"', theirs: '"refuted"' }]);
    const body = merged.annotations[0].body;
    assert.equal(body.status, 'corroborated');
    assert.ok(body.tags.includes(CONFLICT_TAG));
    assert.match(body.note ?? '', /AP says no/); // Their note, changed on their side only, is taken.
    assert.match(body.note ?? '', /\[merge-conflict\] body\.status: ours "corroborated", theirs "refuted"/);
    SidecarSchema.parse(merged);
  });

  it('keeps both notes when both sides rewrote the note', () => {
    const { merged, conflicts } = mergeSidecars(sidecarOf(A), sidecarOf(edit(A, { note: 'ours' })), sidecarOf(edit(A, { note: 'theirs' })));
    assert.equal(conflicts.length, 1);
    assert.equal(merged.annotations[0].body.note, 'ours\n[merge-conflict] body.note, theirs: theirs');
  });

  it('merges links and tags as sets: both additions kept, a removal on one side taken', () => {
    const l1 = { rel: 'same' as const, target: 'a.txt#X' };
    const l2 = { rel: 'contradicts' as const, target: 'b.txt#Y' };
    const l3 = { rel: 'elaborates' as const, target: 'c.txt#Z' };
    const base = { ...A, links: [l1], body: { ...A.body, tags: ['t1'] } };
    const ours = edit({ ...base, links: [l1, l2] }, { tags: ['t1', 'ours'] });
    const theirs = edit({ ...base, links: [l3] }, { tags: ['theirs'] });
    const { merged, conflicts } = mergeSidecars(sidecarOf(base), sidecarOf(ours), sidecarOf(theirs));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.annotations[0].links, [l2, l3]);
    assert.deepEqual(merged.annotations[0].body.tags, ['ours', 'theirs']);
  });

  it('without a common ancestor, merges identical annotations silently and flags differing ones', () => {
    const { merged, conflicts } = mergeSidecars(undefined, sidecarOf(A, B), sidecarOf(A, edit(B, { status: 'refuted' })));
    assert.deepEqual(ids(merged.annotations), ['01A', '01B']);
    assert.deepEqual(conflicts.map((c) => c.field), ['body.status']);
  });
});
