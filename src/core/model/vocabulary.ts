// The words of the sidecar format that clients show and send (statuses, relations, the file suffix), without
// its zod schemas: the VS Code extension and the CLI's pickers need these, not the validator.
export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'refuted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const LINK_RELATIONS = ['same', 'corroborates', 'contradicts', 'elaborates'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const SIDECAR_SUFFIX = '.annotations.json';
export const sidecarPathFor = (documentPath: string): string => documentPath + SIDECAR_SUFFIX;
