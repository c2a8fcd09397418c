// Dates as the sources write them → the sidecar's partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD), date part only.
import { PARTIAL_DATE } from '../model/source-meta';

/**
 * ISO 8601 and W3C dates ("2024-06-18T09:30:00+02:00", "2024-06-18 09:30", "2024-06", "2024") and PDF dates
 * ("D:20240618093000+02'00'") and German "18.06.2024". The date is taken as written, not moved to UTC: an article published at
 * 00:30 local time keeps its local day. Anything else, or an impossible date, gives undefined.
 */
export function toPartialDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const pdf = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(?:\d{2,6})?(?:[Zz+-].*)?$/.exec(v);
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(v);
  if (german) return toPartialDate(`${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`);
  const m = v.startsWith('D:') || /^\d{5,}/.test(v) ? pdf : iso;
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).join('-');
  return PARTIAL_DATE.test(date) && Number(m[1]) >= 1800 ? date : undefined;
}
