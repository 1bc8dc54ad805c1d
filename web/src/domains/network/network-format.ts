import type { TFunction } from 'i18next';
import { TARGET_GROUPS } from '../../../../common/schemas/directory.js';
import { isolate } from '../../app/format.js';
import type { OverlapGroup } from '../../../../common/schemas/network.js';

// Display helpers of the network page: language and weekday names come from Intl (no strings to
// translate), the rest from app.network.* keys.

const WEEKDAY_INDEX: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };

export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Wed" for WE: 2024-01-01 was a Monday. */
export function weekdayName(day: string, uiLang: string): string {
  const i = WEEKDAY_INDEX[day];
  if (i === undefined) return day;
  return new Intl.DateTimeFormat(uiLang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i)));
}

export function areaText(t: TFunction, area: OverlapGroup['pairs'][number]['area']): string {
  if (area.kind === 'neighbourhood') return t('app.network.overlaps.areaNeighbourhood', { name: isolate(area.name ?? '') });
  if (area.kind === 'service_area') return t('app.network.overlaps.areaServiceArea', { name: isolate(area.name ?? '') });
  return t('app.network.overlaps.areaDistance', { metres: area.metres ?? 0 });
}

export function hoursText(t: TFunction, minutes: number, uiLang: string): string {
  const hours = new Intl.NumberFormat(uiLang, { maximumFractionDigits: 1 }).format(minutes / 60);
  return t('app.network.overlaps.hoursPerWeek', { hours });
}

export function targetGroupsText(t: TFunction, groups: string[]): string {
  if (groups.length === 0) return t('app.network.overlaps.everyone');
  return groups
    .map((g) => ((TARGET_GROUPS as readonly string[]).includes(g) ? t(`app.network.targetGroups.${g}`) : g))
    .join(', ');
}

/** Same-origin CSV link of a report, with the current filters and the UI language. */
export function csvHref(path: string, params: Record<string, string | number | undefined>, uiLang: string): string {
  const q = new URLSearchParams({ format: 'csv', lang: uiLang });
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return `${path}?${q.toString()}`;
}
