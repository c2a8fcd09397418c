// Registry hints as model features: which tokens of a sentence the shipped registry recognises, and as what.
import { RegistryMatcher } from '../actors/matcher';
import { buildRegistry } from '../actors/index';

export type Gazetteer = (tokens: readonly string[]) => (string | undefined)[];

/** 'state', 'person', … for tokens a registry mention covers whole ('B-'/'I-' by position); '-part' for a partial cover ("EU-Staaten"). */
export function registryGazetteer(matcher: RegistryMatcher = new RegistryMatcher(buildRegistry())): Gazetteer {
  return (tokens) => {
    const starts: number[] = [];
    let text = '';
    for (const t of tokens) {
      starts.push(text.length);
      text += `${t} `;
    }
    const out = new Array<string | undefined>(tokens.length).fill(undefined);
    let k = 0;
    for (const m of matcher.match(text).mentions) {
      while (k < tokens.length && starts[k] + tokens[k].length <= m.start) k++;
      for (let i = k; i < tokens.length && starts[i] < m.end; i++) {
        const whole = starts[i] >= m.start && starts[i] + tokens[i].length <= m.end;
        out[i] = whole ? `${starts[i] === m.start ? 'B' : 'I'}-${m.type}` : `${m.type}-part`;
      }
    }
    return out;
  };
}
