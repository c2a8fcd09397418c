// Inflected surface forms of an alias, as trie key sequences (see tokenize.aliasKeys).

const ADJ_ENDING = /^(\p{Lu}[\p{Ll}ß]+?)(e|er|es|en|em)$/u;
const MAX_VARIANTS = 64;

function splitKey(key: string): [string, string] {
  const m = /^([^\p{L}\p{N}]*)(.*)$/u.exec(key);
  return m ? [m[1], m[2]] : ['', key];
}

/** Final token: nominative, genitive -s/-es ("Putins", "Russlands", "Hauses", "Sicherheitsrats"). */
function finalForms(token: string): string[] {
  if (!/\p{L}$/u.test(token)) return [token];
  return [token, `${token}s`, `${token}es`];
}

/** A non-final capitalised adjective of a multiword name takes any strong or weak ending ("Vereinte" → "Vereinten"). */
function adjectiveForms(token: string): string[] {
  const m = ADJ_ENDING.exec(token);
  if (!m || m[1].length < 3) return [token];
  return [token, ...['e', 'er', 'es', 'en', 'em'].map((e) => m[1] + e)];
}

export function keyVariants(keys: readonly string[]): string[][] {
  let acc: string[][] = [[]];
  keys.forEach((key, i) => {
    const [sep, token] = splitKey(key);
    const isLast = i === keys.length - 1;
    const forms = isLast ? finalForms(token) : keys.length > 1 ? adjectiveForms(token) : [token];
    const next: string[][] = [];
    for (const prefix of acc) {
      for (const f of new Set(forms)) {
        if (next.length < MAX_VARIANTS) next.push([...prefix, sep + f]);
      }
    }
    acc = next;
  });
  return acc;
}
