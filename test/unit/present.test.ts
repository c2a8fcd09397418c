import * as assert from 'node:assert';
import { describeFigure, readableDate } from '../../src/core/present';

describe('Figure descriptions in hovers', () => {
  it('reads ISO partial dates aloud', () => {
    assert.strictEqual(readableDate('--06-18'), '18 June (year not stated)');
    assert.strictEqual(readableDate('--05'), 'May (year not stated)');
    assert.strictEqual(readableDate('2019-12'), 'December 2019');
    assert.strictEqual(readableDate('2006-08-29'), '29 August 2006');
    assert.strictEqual(readableDate('195X'), '1950s');
    assert.strictEqual(readableDate('18XX'), '19th century');
    assert.strictEqual(readableDate('--06-19/--06-20'), '19 June (year not stated) – 20 June (year not stated)');
    assert.strictEqual(readableDate('2019'), undefined, 'a bare year needs no paraphrase');
  });

  it('describes a qualified amount', () => {
    const f = { kind: 'figure' as const, type: 'quantity' as const, start: 0, end: 9, text: 'über 1000', value: 1000, unit: 'Container', qualifier: 'more_than' as const };
    assert.strictEqual(describeFigure(f), 'more than 1,000 Container');
  });
});
