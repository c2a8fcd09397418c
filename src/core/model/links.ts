import type { Link } from './annotation';
import { dirname, join } from '../paths';

/**
 * Link targets are stored relative to the source document's folder (`../b/x.txt#id`). Resolves one against the
 * source's path; relative source paths ('seeds/a.txt', as exports use) give relative results.
 */
export function resolveLinkTarget(fromDocument: string, target: Link['target']): { document: string; id: string } {
  const [relDoc, id] = target.split('#') as [string, string];
  return { document: join(fromDocument.includes('/') ? dirname(fromDocument) : '', relDoc), id };
}
