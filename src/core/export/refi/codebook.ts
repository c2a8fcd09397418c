// The REFI-QDA code system for claims. Each claim is one coded selection; what the analyst decided about it
// becomes codes, so that MAXQDA, ATLAS.ti and NVivo can retrieve and cross-tabulate it:
//   Claim      → one child per status (unverified, corroborated, disputed, refuted): every claim is coded with
//                exactly one, so activating "Claim" with its subcodes retrieves all claims;
//   Claimant   → one child per claimant (canonical actor name);
//   Relation   → one child per link relation (same, corroborates, contradicts, elaborates): both ends of a link are
//                coded with it (the link itself, with its direction, is in <Links>);
//   Tag        → one child per tag.
// The four top codes are categories (isCodable="false"). Every status and relation code is always present, so
// codebooks of different exports line up.
import { CLAIM_STATUSES, LINK_RELATIONS, type ClaimStatus, type LinkRelation } from '../../model/vocabulary';
import { guidFor } from './guid';
import { el, textEl, type XmlElement } from './xml';

const STATUS_COLOURS: Record<ClaimStatus, string> = { unverified: '#9E9E9E', corroborated: '#2E7D32', disputed: '#F9A825', refuted: '#C62828' };
const RELATION_COLOURS: Record<LinkRelation, string> = { same: '#1565C0', corroborates: '#2E7D32', contradicts: '#C62828', elaborates: '#6A1B9A' };

export interface Codebook {
  element: XmlElement;
  status(status: ClaimStatus): string;
  claimant(name: string): string;
  relation(rel: LinkRelation): string;
  tag(tag: string): string;
}

const code = (guid: string, name: string, codable: boolean, options: { color?: string; description?: string; children?: XmlElement[] } = {}): XmlElement =>
  el('Code', { guid, name, isCodable: codable, color: options.color }, [options.description !== undefined && textEl('Description', options.description), ...(options.children ?? [])]);

export function buildCodebook(claimants: readonly string[], tags: readonly string[]): Codebook {
  const status = (s: ClaimStatus): string => guidFor('code', 'status', s);
  const claimant = (name: string): string => guidFor('code', 'claimant', name);
  const relation = (rel: LinkRelation): string => guidFor('code', 'relation', rel);
  const tag = (t: string): string => guidFor('code', 'tag', t);
  const codes = [
    code(guidFor('code', 'claim'), 'Claim', false, {
      description: 'Claims tagged in Source Annotator; each claim is coded with exactly one of these statuses.',
      children: CLAIM_STATUSES.map((s) => code(status(s), s, true, { color: STATUS_COLOURS[s] })),
    }),
    claimants.length > 0 && code(guidFor('code', 'claimant'), 'Claimant', false, {
      description: 'Who makes the claim (canonical actor name).',
      children: claimants.map((c) => code(claimant(c), c, true)),
    }),
    code(guidFor('code', 'relation'), 'Relation', false, {
      description: 'Claims at either end of a link of this relation to a claim in another document; the links themselves are in Links.',
      children: LINK_RELATIONS.map((r) => code(relation(r), r, true, { color: RELATION_COLOURS[r] })),
    }),
    tags.length > 0 && code(guidFor('code', 'tag'), 'Tag', false, { children: tags.map((t) => code(tag(t), t, true)) }),
  ];
  return { element: el('CodeBook', {}, [el('Codes', {}, codes)]), status, claimant, relation, tag };
}
