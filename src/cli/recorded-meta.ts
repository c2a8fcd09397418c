import { readFile } from 'node:fs/promises';
import { sidecarPathFor } from '../core/model/annotation';
import type { SourceMeta } from '../core/model/source-meta';
import { formatSidecarError, parseSidecar } from '../core/store/parse';

/**
 * What the article's sidecar records about it as a source ({} when it has no sidecar). A sidecar that does not
 * parse is reported on stderr and treated as recording nothing: the CLI still answers from the text.
 */
export async function recordedMeta(articlePath: string): Promise<{ meta: SourceMeta; problem?: string }> {
  const path = sidecarPathFor(articlePath);
  const raw = await readFile(path).catch(() => undefined);
  if (!raw) return { meta: {} };
  const parsed = parseSidecar(raw, path);
  if (!parsed.ok) return { meta: {}, problem: `${formatSidecarError(parsed.error)} (using what the text says)` };
  return { meta: parsed.sidecar.meta ?? {} };
}
