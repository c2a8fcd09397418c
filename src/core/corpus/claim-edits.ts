// Pure edits of a sidecar's claims. Each returns a new sidecar; the caller saves it and records undo.
import { monotonicFactory } from 'ulid';
import type { Annotation, ClaimStatus, LinkRelation, Sidecar } from '../model/annotation';
import { makeSelectors } from '../anchor/selectors';

const nextId = monotonicFactory();

export interface EditContext {
  now: string;
  author: string;
}

export class ClaimNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No claim with id ${id} in this document.`);
  }
}

export function addClaim(sidecar: Sidecar, text: string, start: number, end: number, ctx: EditContext, note?: string, claimant?: string): { sidecar: Sidecar; id: string } {
  if (!(start >= 0 && end <= text.length && end > start)) throw new RangeError(`Range ${start}–${end} is outside the document (length ${text.length}) or empty.`);
  if (text.slice(start, end).trim() === '') throw new RangeError('A claim must contain text, not only white space.');
  const id = nextId();
  const annotation: Annotation = {
    id,
    kind: 'claim',
    target: { selector: makeSelectors(text, start, end) },
    anchor: 'anchored',
    body: { status: 'unverified', tags: [], ...(claimant ? { claimant } : {}), ...(note ? { note } : {}) },
    links: [],
    created: ctx.now,
    modified: ctx.now,
    author: ctx.author,
  };
  return { sidecar: { ...sidecar, annotations: [...sidecar.annotations, annotation] }, id };
}

function updateClaim(sidecar: Sidecar, id: string, ctx: EditContext, change: (a: Annotation) => Annotation): Sidecar {
  if (!sidecar.annotations.some((a) => a.id === id)) throw new ClaimNotFoundError(id);
  return { ...sidecar, annotations: sidecar.annotations.map((a) => (a.id === id ? { ...change(a), modified: ctx.now } : a)) };
}

export const setStatus = (s: Sidecar, id: string, status: ClaimStatus, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, body: { ...a.body, status } }));

export const setClaimant = (s: Sidecar, id: string, claimant: string | undefined, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => {
    const { claimant: _old, ...body } = a.body;
    return { ...a, body: claimant ? { ...body, claimant } : body };
  });

export const setNote = (s: Sidecar, id: string, note: string | undefined, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => {
    const { note: _old, ...body } = a.body;
    return { ...a, body: note ? { ...body, note } : body };
  });

/** Adds (or replaces the relation of) a link; one link per target. */
export const addLink = (s: Sidecar, id: string, rel: LinkRelation, target: string, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, links: [...a.links.filter((l) => l.target !== target), { rel, target }] }));

/** Remembers that the analyst rejected a suggested link to `target`: it is not suggested again. */
export const dismissSuggestion = (s: Sidecar, id: string, target: string, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, dismissed: [...new Set([...(a.dismissed ?? []), target])] }));

export const removeLink = (s: Sidecar, id: string, target: string, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, links: a.links.filter((l) => l.target !== target) }));

/** Places a claim (typically a detached one) on a new range of the current text. */
export const moveClaim = (s: Sidecar, id: string, text: string, start: number, end: number, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, anchor: 'anchored', target: { selector: makeSelectors(text, start, end) } }));

export function removeClaim(sidecar: Sidecar, id: string): Sidecar {
  if (!sidecar.annotations.some((a) => a.id === id)) throw new ClaimNotFoundError(id);
  return { ...sidecar, annotations: sidecar.annotations.filter((a) => a.id !== id) };
}

export const removeTag = (s: Sidecar, id: string, tag: string, ctx: EditContext): Sidecar =>
  updateClaim(s, id, ctx, (a) => ({ ...a, body: { ...a.body, tags: a.body.tags.filter((t) => t !== tag) } }));
