import type { Sidecar } from '../model/annotation';
import { resolveLinkTarget } from '../model/links';
import { isInside } from '../paths';

export interface LinkProblem {
  document: string;
  annotationId: string;
  target: string;
  problem: string;
}

/**
 * Links of hand-edited or merged sidecars that point nowhere: outside the corpus folder (refused: a link must
 * never lead the tool to read other files), to a document that is not there, or to a claim it does not have.
 */
export function checkLinks(sidecars: ReadonlyMap<string, Sidecar>, root: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [document, sidecar] of sidecars) {
    for (const a of sidecar.annotations) {
      for (const link of a.links) {
        const target = resolveLinkTarget(document, link.target);
        const report = (problem: string): number => problems.push({ document, annotationId: a.id, target: link.target, problem });
        if (!isInside(root, target.document)) report(`link target ${link.target} is outside ${root}`);
        else if (!sidecars.has(target.document)) report(`link target document ${target.document} has no annotations here (missing or renamed?)`);
        else if (!sidecars.get(target.document)!.annotations.some((x) => x.id === target.id)) report(`link target claim ${target.id} does not exist in ${target.document}`);
      }
    }
  }
  return problems;
}
