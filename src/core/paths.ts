// '/'-separated path helpers shared by the extension (URI paths) and the CLI. No node:path, so the core runs anywhere.

export const dirname = (p: string): string => (p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/');
export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

export function join(folder: string, relative: string): string {
  return normalize(relative.startsWith('/') || folder === '' ? relative : `${folder}/${relative}`);
}

/** The path of `to` relative to `fromFolder`, e.g. ('/a/b', '/a/c/d.txt') → '../c/d.txt'. */
export function relative(fromFolder: string, to: string): string {
  const from = normalize(fromFolder).split('/').filter(Boolean);
  const target = normalize(to).split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < target.length && from[i] === target[i]) i++;
  return [...from.slice(i).map(() => '..'), ...target.slice(i)].join('/');
}

/** True when `path` is `folder` or lies inside it. */
export function isInside(folder: string, path: string): boolean {
  const f = normalize(folder).replace(/\/$/, '');
  const p = normalize(path);
  return p === f || p.startsWith(f + '/');
}
