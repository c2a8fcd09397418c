// File names for imported articles: from the title, ASCII only (every file system, every shell, every git host).

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };
/** Letters that have no decomposition into a base letter and a mark. */
const OTHER: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', ð: 'd', ı: 'i' };

export const MAX_SLUG_LENGTH = 60;

/**
 * "Getreide über die Donau: Kiew setzt auf neue Route" → "getreide-ueber-die-donau-kiew-setzt-auf-neue-route".
 * German umlauts as ae/oe/ue/ss, other accents dropped, anything else a separator; cut at a word boundary
 * to at most 60 characters. "article" when nothing is left (a title in another script).
 */
export function slugify(title: string): string {
  const ascii = title
    .replace(/['’ʼ`´]/g, '') // "Korea’s" → "koreas", not "korea-s"
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c]!)
    .replace(/[æÆøØœŒłŁđĐþðı]/g, (c) => OTHER[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'article';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
