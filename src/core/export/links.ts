import type { Link } from '../model/annotation';
import { dirname, join } from '../paths';

/** Link targets are stored relative to the sidecar's folder; exports name them relative to the export root. */
export function resolveLinkTarget(fromDocument: string, link: Link): { document: string; id: string } {
  const [relDoc, id] = link.target.split('#') as [string, string];
  const folder = fromDocument.includes('/') ? dirname(fromDocument) : '';
  // Relative export paths ('seeds/a.txt') stay relative.
  return { document: join(folder, relDoc), id };
}
