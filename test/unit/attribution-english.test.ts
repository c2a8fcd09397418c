import * as assert from 'node:assert/strict';
import { createDetector } from '../../src/core/detect/create';
import type { Attribution } from '../../src/core/model/entities';

const detector = createDetector();
const attributions = (text: string): Attribution[] => detector.attribute(text, detector.detect(text)).filter((c): c is Attribution => c.kind === 'attribution');
const slice = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);
/** Each attribution as [cue, source, content]. */
const read = (text: string): Array<[string, string | null, string | null]> => attributions(text).map((a) => [a.text, slice(text, a.source), slice(text, a.content)]);

describe('attribution: English passives', () => {
  it('takes the agent after "by" as the source and the subject as the content', () => {
    const text = 'The rumour was denied by two ministers.';
    const [a] = attributions(text);
    assert.deepEqual([a.text, slice(text, a.source), slice(text, a.content), a.mode, a.stance], ['denied', 'two ministers', 'The rumour', 'reported', 'denies']);
  });

  it('takes a head with its "including" list as the whole source', () => {
    assert.deepEqual(read('The plan was rejected by several mayors, including Ann Lee of Dover and Bob Hart of Salem.'), [
      ['rejected', 'several mayors, including Ann Lee of Dover and Bob Hart of Salem', 'The plan'],
    ]);
  });

  it('gives a passive with no agent a null source, the addressee being no source', () => {
    assert.deepEqual(read('At the hearing, the council was warned that the dam could break.'), [['warned', null, 'the dam could break']]);
    assert.deepEqual(read('The tenants paid no rent for a year, Judge Ann Moss was told in court yesterday.'), [['told', null, 'The tenants paid no rent for a year']]);
  });

  it('reads a directive with its infinitive as content', () => {
    const text = 'The panel had been charged by Mayor Tom Reed to study the costs of the new bridge.';
    const [a] = attributions(text);
    assert.deepEqual([a.text, slice(text, a.source), slice(text, a.content), a.mode, a.stance], ['charged', 'Mayor Tom Reed', 'study the costs of the new bridge', 'indirect', 'asserts']);
  });

  it('reads no report from a passive without content, after a modal, or a charge without a clause', () => {
    assert.deepEqual(read('The boy was reported missing on Friday.'), []);
    assert.deepEqual(read('While the talks go on, he thinks the offer should be rejected.'), []);
    assert.deepEqual(read('The clerk was charged with theft.'), []);
  });
});

describe('attribution: English sources', () => {
  it('keeps a title written with a stop and an of-phrase in the source', () => {
    assert.deepEqual(read('Sen. Ann Baker of Dover, head of the panel, said that the vote would be close.'), [['said', 'Sen. Ann Baker of Dover', 'the vote would be close']]);
  });

  it('reads a coordination of titled names with short parentheses as one source', () => {
    assert.deepEqual(read('Senate Minority Leader Tom Hill (Ohio) and House Minority Leader Ann Cole (Utah) said the bill went too far.'), [
      ['said', 'Senate Minority Leader Tom Hill (Ohio) and House Minority Leader Ann Cole (Utah)', 'the bill went too far'],
    ]);
  });

  it('takes the subject before a relative clause that runs up to the cue', () => {
    assert.deepEqual(read('Mr. Dale, who taught at the school until 1950 said, “We never had such a year.”'), [['said', 'Mr. Dale', 'We never had such a year.']]);
  });

  it('takes a relative pronoun, or the pronoun after it, as the source', () => {
    assert.deepEqual(read('The rules were set by the board, which added that they “will be enforced strictly”.'), [['added', 'which', 'they “will be enforced strictly”']]);
    const text = 'He praised the clinics which it said “are well run and cheap to keep”.';
    assert.deepEqual(read(text), [['said', 'it', 'are well run and cheap to keep']]);
    assert.equal(attributions(text)[0].mode, 'direct');
  });

  it('gives a coordinated cue the speaker of the cue before it', () => {
    assert.deepEqual(read('In Paris, the Foreign Minister has not only reiterated his support for the treaty, but has announced that two ships will be sent.'), [
      ['reiterated', 'the Foreign Minister', 'his support for the treaty'],
      ['announced', 'the Foreign Minister', 'two ships will be sent'],
    ]);
  });

  it('takes no phrase after the cue for its source when a clause follows ("said the message did not …")', () => {
    assert.deepEqual(read('Said the report did not name anyone.'), []);
  });
});

describe('attribution: English contents and cues', () => {
  it('reads the content before a source and cue followed only by an adverbial of time', () => {
    assert.deepEqual(read('The mill will close in May, a company official said Tuesday.'), [['said', 'a company official', 'The mill will close in May']]);
  });

  it('starts the content after time adverbs and after the addressee of "told"', () => {
    assert.deepEqual(read('Mrs. Ford said last night she would run again.'), [['said', 'Mrs. Ford', 'she would run again']]);
    assert.deepEqual(read('She told the board the budget was too small.'), [['told', 'She', 'the budget was too small']]);
    assert.deepEqual(read('Mr. Gray told the Lions Club of Dover at its dinner at the Elm Hotel that taxes will rise.'), [['told', 'Mr. Gray', 'taxes will rise']]);
  });

  it('gives a parenthetical cue the whole clause it interrupts, also across a split quotation', () => {
    assert.deepEqual(read('That, she added, was the end of the affair.'), [['added', 'she', 'That, she added, was the end of the affair']]);
    const text = '“We will hold hearings”, Mr. Cole said, “to hear the views of the public”.';
    const [a] = attributions(text);
    assert.deepEqual([slice(text, a.content), a.mode], ['We will hold hearings”, Mr. Cole said, “to hear the views of the public', 'direct']);
    // A new clause after the comma keeps the content before.
    assert.deepEqual(read('The mill will close, he said, and the town will suffer.'), [['said', 'he', 'The mill will close']]);
  });

  it('reads "commented on" with the topic as content', () => {
    assert.deepEqual(read('The jury commented on several other matters, among them the roads.'), [['commented', 'The jury', 'on several other matters']]);
  });

  it('reads no cue from nouns, hypothetical speech, "neither" or a dismissal that is no denial', () => {
    assert.deepEqual(read('The police will investigate reports of theft.'), []);
    assert.deepEqual(read('If the cases are weak, he would dismiss them.'), []);
    assert.deepEqual(read('The mayor will ask the council for more money.'), []);
    assert.deepEqual(read('Both men promised help, but neither told us how.').map((x) => x[0]), []);
    assert.deepEqual(read('The judge dismissed the case.'), []);
    assert.deepEqual(read('The minister dismissed the report as nonsense.'), [['dismissed', 'The minister', 'the report as nonsense']]);
  });
});

describe('attribution: English continuation quotes', () => {
  it('gives a verbless quotation after ", but NP" the speaker of the cue before, its opening mark as cue', () => {
    const text = '“The roads are in good shape”, the board said, but the Highway Department “has failed to repair the bridges in the north.';
    const [said, mark] = attributions(text);
    assert.equal(said.text, 'said');
    assert.deepEqual([mark.text, slice(text, mark.source), slice(text, mark.content), mark.mode], ['“', 'the board', 'has failed to repair the bridges in the north.', 'direct']);
  });

  it('reads no continuation from a scare quote or a quotation that opens with a capital', () => {
    assert.equal(attributions('The board said the roads are fine, but the bridges are “a disgrace to the county”.').length, 1);
    assert.equal(attributions('The board said the roads are fine, but the mayor “Never Again” campaign goes on.').length, 1);
  });
});

describe('hedges: English', () => {
  const detectorHedges = (text: string): string[] => detector.attribute(text, detector.detect(text)).filter((c) => c.kind === 'hedge').map((h) => `${h.text}/${(h as { type: string }).type}`);

  it('reads attributive "possible" as a hedge, not an option or a superlative', () => {
    assert.deepEqual(detectorHedges('Police will look into possible “fraud” at the polls.'), ['possible/other']);
    assert.deepEqual(detectorHedges('Possible effects of the plan: higher taxes and fewer jobs.'), ['Possible/other']);
    assert.deepEqual(detectorHedges('The panel made proposals for possible changes at the earliest possible date.'), []);
    assert.deepEqual(detectorHedges('They made every possible effort to finish as soon as possible.'), []);
  });

  it('reads "there should be" and "is expected to" as hedges, not deontic "should"', () => {
    assert.deepEqual(detectorHedges('He said there should be enough votes to pass it.'), ['should/modal']);
    assert.deepEqual(detectorHedges('The bill is expected to pass.'), ['expected/other']);
    assert.deepEqual(detectorHedges('He said the offer should be rejected.'), []);
  });
});

describe('attribution: English, more word orders', () => {
  it('reads an accusation in the passive with what it names, and a parenthetical passive with the clause it interrupts', () => {
    const text = 'The union was accused of breaking the contract.';
    const [a] = attributions(text);
    assert.deepEqual([a.text, a.source, slice(text, a.content), a.stance], ['accused', null, 'of breaking the contract', 'accuses']);
    assert.deepEqual(read('The new rule, it was explained, will apply in May.'), [['explained', null, 'The new rule, it was explained, will apply in May']]);
  });

  it('keeps a parenthesis with a comma inside the source ("Sen. Smith (D., Tex.)")', () => {
    assert.deepEqual(read('Sen. Ann Ray (D., Ohio) said the bill was unfair.'), [['said', 'Sen. Ann Ray (D., Ohio)', 'the bill was unfair']]);
  });

  it('skips a bare addressee of "told" and a sentence adverb after "said,"', () => {
    assert.deepEqual(read('Mrs. Lane told friends she was tired.'), [['told', 'Mrs. Lane', 'she was tired']]);
    assert.deepEqual(read('The council said, however, that the tax was needed.'), [['said', 'The council', 'the tax was needed']]);
  });

  it('joins the parts of a quotation cut by the cue without a stop, whatever word the second part opens with', () => {
    const text = '“I do not know”, he said, “but I will find out”.';
    assert.deepEqual(read(text), [['said', 'he', 'I do not know”, he said, “but I will find out']]);
    assert.equal(read('“We lost.” he said, “but we will be back”.')[0][2], 'We lost.');
  });

  it('reads a noun-phrase object after the cue as `reported`, a clause as `indirect`', () => {
    assert.equal(attributions('The minister reiterated his support for the treaty.')[0].mode, 'reported');
    assert.equal(attributions('The minister said the treaty was dead.')[0].mode, 'indirect');
    assert.equal(attributions('The minister said he backs the treaty.')[0].mode, 'indirect');
  });
});
