// A document as a source, as markdown: the hover on its first line (VS Code's Documents view builds its own).
import * as l10n from '@vscode/l10n';
import type { MetaField, ResolvedSourceMeta } from '../../core/model/source-meta';
import { escapeMarkdown } from '../../core/text';

const t = l10n.t;

export function sourceCard(m: ResolvedSourceMeta): string {
  const row = (label: string, field: MetaField, value: string | null): string =>
    `| ${label} | ${value === null ? '—' : escapeMarkdown(value)}${m.origin[field] === 'detected' && value !== null ? ` *(${t('detected')})*` : ''} |`;
  return [
    `**${t('Source')}** · ${escapeMarkdown(m.title)}`,
    '',
    `| | |`,
    `|---|---|`,
    row(t('Outlet'), 'outlet', m.outlet),
    row(t('Original source'), 'source', m.source),
    row(t('Published'), 'published', m.published),
    row(t('Author'), 'author', m.author),
    row(t('Language'), 'language', m.language),
    ...(m.url ? [row('URL', 'url', m.url)] : []),
    '',
    t('Edit with *Source Annotator: Edit Source Metadata…*'),
  ].join('\n');
}
