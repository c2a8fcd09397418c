// Groups of linked claims: the connected components of the claims over their links, whatever the relation and
// whichever side recorded the link (a link is stored on one claim only, but links the two both ways).
import type { Annotation } from '../model/annotation';
import { resolveLinkTarget } from '../model/links';
import type { ExportDocument } from '../export/types';

/** A claim with the document (path relative to the export root) it belongs to. */
export interface PlacedClaim {
  document: string;
  claim: Annotation;
}

/** `document#id`: how links name a claim once resolved against the export root. */
export const claimKey = (document: string, id: string): string => `${document}#${id}`;

/** Every claim of the documents by key. */
export function claimsByKey(documents: readonly ExportDocument[]): Map<string, PlacedClaim> {
  const out = new Map<string, PlacedClaim>();
  for (const d of documents) for (const claim of d.sidecar.annotations) out.set(claimKey(d.path, claim.id), { document: d.path, claim });
  return out;
}

/** The claim a link points to, by key, when it is one of `claims` (a link to a claim gone or outside the root is ignored). */
export function linkedKey(claims: ReadonlyMap<string, PlacedClaim>, from: PlacedClaim, target: string): string | undefined {
  const t = resolveLinkTarget(from.document, target);
  const key = claimKey(t.document, t.id);
  return claims.has(key) ? key : undefined;
}

/**
 * The groups of claims joined by links (union-find with path halving), each with `linked` false for a claim with
 * no link to a known claim. Keys within a group and groups come in the order of `claims`.
 */
export function claimGroups(claims: ReadonlyMap<string, PlacedClaim>): { keys: string[]; linked: boolean }[] {
  const parent = new Map<string, string>([...claims.keys()].map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) {
      const up = parent.get(parent.get(k)!)!;
      parent.set(k, up);
      k = up;
    }
    return k;
  };
  const linked = new Set<string>();
  for (const [key, placed] of claims) {
    for (const link of placed.claim.links) {
      const other = linkedKey(claims, placed, link.target);
      if (other === undefined || other === key) continue;
      linked.add(key).add(other);
      parent.set(find(key), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const key of claims.keys()) {
    const root = find(key);
    const group = groups.get(root);
    if (group) group.push(key);
    else groups.set(root, [key]);
  }
  return [...groups.values()].map((keys) => ({ keys, linked: keys.some((k) => linked.has(k)) }));
}
