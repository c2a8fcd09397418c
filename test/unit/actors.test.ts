import * as assert from 'node:assert/strict';
import { ActorDetector, buildRegistry } from '../../src/core/detect/actors/index';
import type { ActorMention } from '../../src/core/model/entities';
import { RegistryMatcher } from '../../src/core/detect/actors/matcher';
import type { NerModel } from '../../src/core/detect/ner/types';
import { scoreSeeds } from '../../src/eval/actors';
import { tokenize } from '../../src/core/detect/actors/tokenize';

const detector = new ActorDetector(buildRegistry());
const find = (text: string): ActorMention[] => detector.detect(text);
const spans = (text: string): string[] => find(text).map((m) => `${m.text}=${m.canonical}`);

describe('actor registry matcher', () => {
  it('tokenises into the runs of /[\\p{L}\\p{N}]+/u, astral letters and lone surrogates included', () => {
    const text = 'Kim Jong-un, a\u{1D400}b 😀x \uD800y z\uDC00 𝔘𝔫𝔦 ١٢٣ Ⅻ ß² x\u0301y Straße';
    const ref = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    assert.deepEqual(tokenize(text), ref);
  });

  it('builds the same matcher a hundred actors at a time (the server builds it between requests), once per registry file', async () => {
    const registry = buildRegistry();
    let turns = 0;
    const stepped = await RegistryMatcher.inTurns(registry, async () => void turns++);
    assert.ok(turns >= Math.floor(registry.actors.length / 100), `${turns} turns for ${registry.actors.length} actors`);
    const text = 'Putins Plan: Kim Jong Un und die Vereinigten Staaten, laut Kreml und North Korea; Olaf Scholz in Brüssel.';
    assert.deepEqual(stepped.match(text), new RegistryMatcher(registry).match(text));
    assert.equal(buildRegistry(), registry, 'the shipped registry is built once');
    const file = { schemaVersion: 1 as const, actors: [], notActors: ['Kreml'] };
    assert.equal(buildRegistry(file), buildRegistry(file), 'a workspace file is layered once');
    assert.notEqual(buildRegistry({ ...file }), buildRegistry(file), 'an edited file (a new object) is layered again');
  });

  it('finds states by German and English name with the gold canonical', () => {
    assert.deepEqual(spans('Nordkorea, Russland, die Vereinigten Staaten und North Korea.'), [
      'Nordkorea=Nordkorea', 'Russland=Russland', 'Vereinigten Staaten=USA', 'North Korea=Nordkorea',
    ]);
  });

  it('matches genitive forms of single names', () => {
    assert.deepEqual(spans('Putins Plan, Nordkoreas Raketen und Russlands Krieg'), [
      'Putins=Wladimir Putin', 'Nordkoreas=Nordkorea', 'Russlands=Russland',
    ]);
  });

  it('matches inflected adjectives of multiword names', () => {
    assert.deepEqual(spans('laut den Vereinten Nationen und der Deutschen Presse-Agentur sowie Berichten des Weißen Hauses'), [
      'Vereinten Nationen=Vereinte Nationen', 'Deutschen Presse-Agentur=Deutsche Presse-Agentur', 'Weißen Hauses=USA',
    ]);
  });

  it('includes honorifics in a person span', () => {
    assert.deepEqual(spans('Kim Jong Un schrieb. Herr Kim dankte Herrn Putin.'), [
      'Kim Jong Un=Kim Jong Un', 'Herr Kim=Kim Jong Un', 'Herrn Putin=Wladimir Putin',
    ]);
  });

  it('reads a bare surname as the person named in full elsewhere in the document', () => {
    assert.deepEqual(spans('Sergej Schoigu traf Kim Jong-un. Danach sagte Kim, Schoigu sei willkommen.'), [
      'Sergej Schoigu=Sergej Schoigu', 'Kim Jong-un=Kim Jong Un', 'Kim=Kim Jong Un', 'Schoigu=Sergej Schoigu',
    ]);
  });

  it('does not read an ambiguous surname as a person the document never names in full', () => {
    assert.deepEqual(spans('Kim sagte, Miller habe recht.'), []);
  });

  it('knows the ministers, parties and outlets of German news without their titles', () => {
    assert.deepEqual(spans('Außenminister Wadephul, Selenskyj und Lawrow; die CDU, die Grünen und die AfD; laut Bild-Zeitung.'), [
      'Wadephul=Johann Wadephul', 'Selenskyj=Wolodymyr Selenskyj', 'Lawrow=Sergej Lawrow',
      'CDU=CDU', 'Grünen=Bündnis 90/Die Grünen', 'AfD=AfD', 'Bild-Zeitung=Bild-Zeitung',
    ]);
  });

  it('never reads a two-letter name syllable as a surname ("In" after "Moon Jae In")', () => {
    assert.deepEqual(spans('Moon Jae In kam. In Seoul sagte Moon, er sei bereit.'), [
      'Moon Jae In=Moon Jae In', 'Seoul=Seoul', 'Moon=Moon Jae In',
    ]);
  });

  it('leaves outlet titles and surnames that are common German words alone', () => {
    assert.deepEqual(spans('Die Zeit drängt. Die Welt schaut zu. Beide Modi sind möglich.'), []);
  });

  it('treats "Kim Jong-un" and "Kim Jong Un" as the same actor', () => {
    const ids = find('Kim Jong-un und Kim Jong Un').map((m) => m.actorId);
    assert.equal(ids.length, 2);
    assert.equal(ids[0], ids[1]);
  });

  it('splits hyphen compounds into the actor part', () => {
    assert.deepEqual(spans('UN-Sanktionen gegen die Nordkorea-Russland-Achse; der US-Präsident'), [
      'UN=Vereinte Nationen', 'Nordkorea=Nordkorea', 'Russland=Russland', 'US=USA',
    ]);
  });

  it('keeps UN-Sicherheitsrat whole', () => {
    assert.deepEqual(spans('im UN-Sicherheitsrat'), ['UN-Sicherheitsrat=UN-Sicherheitsrat']);
  });

  it('never reads US-Dollar as an actor', () => {
    assert.deepEqual(spans('1,4 Milliarden US-Dollar und 3 US-Dollars'), []);
  });

  it('reads capitals as their state, unless the city is meant', () => {
    const ms = find('Pjöngjang und der Kreml verhandeln. Der Botschafter in Pjöngjang sagte das.');
    assert.deepEqual(ms.map((m) => `${m.text}=${m.type}:${m.canonical}`), [
      'Pjöngjang=state:Nordkorea', 'Kreml=state:Russland', 'Pjöngjang=location:Pjöngjang',
    ]);
  });

  it('is case-sensitive for acronyms and respects German word boundaries', () => {
    assert.deepEqual(spans('AP meldet, ap nicht; Russlandreise und USAF nicht.'), ['AP=AP']);
  });

  it('never returns overlapping mentions', () => {
    const ms = find('Der Nationale Sicherheitsrat Russlands und die Washington Post in Washington.');
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end);
    assert.deepEqual(ms.map((m) => m.text), ['Nationale Sicherheitsrat Russlands', 'Washington Post', 'Washington']);
  });

  it('suppresses forms the workspace marks as not an actor', () => {
    const d = new ActorDetector(buildRegistry({ schemaVersion: 1, actors: [], notActors: ['Ukraine-Krieg'] }));
    assert.deepEqual(d.detect('Der Ukraine-Krieg und die Ukraine').map((m) => m.text), ['Ukraine']);
  });

  it("lets the analyst's own actor override a shipped not-an-actor entry", () => {
    const text = 'Putin sprach beim Eastern Economic Forum.';
    assert.ok(!new ActorDetector(buildRegistry()).detect(text).some((m) => m.text === 'Eastern Economic Forum'));
    const d = new ActorDetector(buildRegistry({ schemaVersion: 1, actors: [{ id: 'ws-eef', type: 'organisation', canonical: 'Eastern Economic Forum', aliases: [] }], notActors: [] }));
    assert.ok(d.detect(text).some((m) => m.text === 'Eastern Economic Forum' && m.source === 'registry'));
  });

  it('layers workspace actors and aliases over the defaults', () => {
    const reg = buildRegistry({
      schemaVersion: 1,
      actors: [
        { id: 'person:kim-jong-un', type: 'person', canonical: 'Kim Jong Un', aliases: ['Marschall Kim'] },
        { id: 'org:x', type: 'organisation', canonical: 'Beispiel-Institut', aliases: ['BI'] },
      ],
      notActors: [],
    });
    const d = new ActorDetector(reg);
    assert.deepEqual(d.detect('Marschall Kim lobte das BI.').map((m) => `${m.text}=${m.canonical}`), [
      'Marschall Kim=Kim Jong Un', 'BI=Beispiel-Institut',
    ]);
    assert.equal(reg.findActor('kim jong un')?.layer, 'workspace');
    assert.ok(reg.findActor('Kim Jong Un')?.aliases.includes('Kim Jong-un'));
    assert.equal(reg.findActor('Russland')?.type, 'state');
  });

  it('takes a confident longer model name as one actor, but never over the analyst\'s own actor', () => {
    const text = 'Das berichtet die Reichsvereinigung der Juden in Deutschland.';
    const name = 'Reichsvereinigung der Juden in Deutschland';
    const model: NerModel = { tag: () => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, label: 'ORG', confidence: 0.9 }] };
    assert.deepEqual(new ActorDetector(buildRegistry(), model).detect(text).map((m) => `${m.text}:${m.source}`), [`${name}:model`]);
    const unsure: NerModel = { tag: (t) => model.tag(t).map((s) => ({ ...s, confidence: 0.7 })) };
    assert.ok(new ActorDetector(buildRegistry(), unsure).detect(text).some((m) => m.text === 'Deutschland' && m.source === 'registry'), 'an unsure name does not');
    const mine = buildRegistry({ schemaVersion: 1, actors: [{ id: 'ws-rv', type: 'organisation', canonical: 'Reichsvereinigung', aliases: [] }], notActors: [] });
    assert.ok(new ActorDetector(mine, model).detect(text).some((m) => m.text === 'Reichsvereinigung' && m.source === 'registry'));
    const pair = 'Pjöngjang Russland';
    const joined: NerModel = { tag: () => [{ start: 0, end: pair.length, label: 'ORG', confidence: 0.9 }] };
    assert.deepEqual(new ActorDetector(buildRegistry(), joined).detect(pair).map((m) => m.text), ['Pjöngjang', 'Russland'], 'two known actors side by side stay two');
  });

  it('keeps seeds overlap and clustering F1 at or above 0.95 (regression guard)', () => {
    const s = scoreSeeds((t) => detector.detect(t));
    assert.ok(s.overlapF1 >= 0.95, `overlap F1 ${s.overlapF1}`);
    assert.ok(s.clusteringF1 >= 0.95, `clustering F1 ${s.clusteringF1}`);
  });
});
