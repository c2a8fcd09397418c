import { resolveLinkTarget } from '../model/links';
import type { ExportDocument } from './types';

const escapeMd = (s: string): string => s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1').replace(/\s+/g, ' ');

/** A readable report: per document, each claim with status, claimant, note and links. */
export function exportMarkdown(documents: readonly ExportDocument[], exported: string): string {
  const lines = ['# Claims', '', `Exported ${exported}.`, ''];
  for (const doc of [...documents].sort((a, b) => a.path.localeCompare(b.path))) {
    if (doc.sidecar.annotations.length === 0) continue;
    lines.push(`## ${escapeMd(doc.path)}`, '');
    const src = doc.source;
    if (src) {
      const facts = [src.outlet, src.source && `via ${src.source}`, src.published, src.author && `by ${src.author}`, src.language].filter(Boolean).map((f) => escapeMd(f!));
      lines.push(`*${escapeMd(src.title)}*${facts.length ? ` — ${facts.join(' · ')}` : ''}`, '');
    }
    for (const a of doc.sidecar.annotations) {
      const facts = [a.body.status, a.body.claimant ? `claimant: ${escapeMd(a.body.claimant)}` : '', a.anchor === 'orphaned' ? 'detached' : '']
        .filter(Boolean)
        .join(' · ');
      lines.push(`- > ${escapeMd(a.target.selector[0].exact)}`, `  ${facts} (\`${a.id}\`)`);
      if (a.body.note) lines.push(`  Note: ${escapeMd(a.body.note)}`);
      for (const link of a.links) {
        const t = resolveLinkTarget(doc.path, link.target);
        lines.push(`  - ${link.rel}: ${escapeMd(t.document)}#${t.id}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
