import { WEEKDAYS } from '../../../common/schemas/directory.js';
import type { GapCell, GapsQuery, GapsResponse, OverlapGroup, OverlapsQuery, OverlapsResponse } from '../../../common/schemas/network.js';
import type { Tx } from '../../platform/db/database.js';
import { listCoverage, listGapLanguages, listNeeds, listNeighbourhoods, listSearchMisses, type NeedRow } from './gaps.queries.js';
import { findOverlapPairs, findOverlapServices, type OverlapPairRow } from './overlaps.queries.js';

// Builds the two network reports from the queries: scores and groups the overlapping pairs, and
// turns coverage into the need × neighbourhood × language cells that nothing covers.

const AREA_WEIGHT = { neighbourhood: 1, service_area: 0.6 } as const;
const DAY_MS = 86_400_000;

function needName(needs: Map<string, NeedRow>, code: string, lang: string): { code: string; name: string } {
  const n = needs.get(code);
  return { code, name: n?.translations?.[lang]?.name ?? n?.name ?? code };
}

/**
 * 0–100: how alike the two places are (same neighbourhood 1; within the radius 1 down to 0.5 at its
 * edge; same service area 0.6) times the share of the less-open service's weekly hours that coincide.
 */
export function overlapScore(p: Pick<OverlapPairRow, 'areaKind' | 'metres' | 'overlapMinutes' | 'minWeeklyMinutes'>, radiusKm: number): number {
  const area = p.areaKind === 'distance' ? 1 - 0.5 * Math.min(1, (p.metres ?? 0) / (radiusKm * 1000)) : AREA_WEIGHT[p.areaKind];
  const share = p.minWeeklyMinutes > 0 ? Math.min(1, p.overlapMinutes / p.minWeeklyMinutes) : 0;
  return Math.round(100 * area * share);
}

const dayOrder = (d: string) => (WEEKDAYS as readonly string[]).indexOf(d);

export async function buildOverlapReport(tx: Tx, q: OverlapsQuery, lang: string): Promise<OverlapsResponse> {
  const [pairs, needs] = await Promise.all([findOverlapPairs(tx, { radiusKm: q.radiusKm, need: q.need }), listNeeds(tx)]);
  const needMap = new Map(needs.map((n) => [n.code, n]));
  const services = new Map((await findOverlapServices(tx, [...new Set(pairs.flatMap((p) => [p.aId, p.bId]))])).map((s) => [s.id, s]));
  const groups: OverlapGroup[] = [];
  const codes = [...new Set(pairs.flatMap((p) => p.needCodes))].filter((c) => !q.need || c === q.need).sort();
  for (const code of codes) {
    // Connected services under this need: a chain A~B~C is one coordination table.
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    const mine = pairs.filter((p) => p.needCodes.includes(code) && services.has(p.aId) && services.has(p.bId));
    for (const p of mine) parent.set(find(p.aId), find(p.bId));
    const byRoot = new Map<string, OverlapPairRow[]>();
    for (const p of mine) byRoot.set(find(p.aId), [...(byRoot.get(find(p.aId)) ?? []), p]);
    for (const members of byRoot.values()) {
      const ids = [...new Set(members.flatMap((p) => [p.aId, p.bId]))];
      const pairViews = members.map((p) => ({
        serviceIds: [p.aId, p.bId] as [string, string],
        area: { kind: p.areaKind, name: p.areaName, metres: p.metres },
        days: [...p.days].sort((a, b) => dayOrder(a) - dayOrder(b)),
        overlapMinutesPerWeek: p.overlapMinutes,
        score: overlapScore(p, q.radiusKm),
      }));
      pairViews.sort((a, b) => b.score - a.score);
      groups.push({
        need: needName(needMap, code, lang),
        targetGroups: [...new Set(members.flatMap((p) => p.targetGroups))].sort(),
        score: pairViews[0]!.score,
        services: ids.map((id) => services.get(id)!).sort((a, b) => a.name.localeCompare(b.name, 'it')),
        pairs: pairViews,
      });
    }
  }
  groups.sort((a, b) => b.score - a.score || a.need.code.localeCompare(b.need.code));
  return { radiusKm: q.radiusKm, items: groups };
}

export function defaultPeriod(q: Pick<GapsQuery, 'from' | 'to'>, today = new Date()): { from: string; to: string } {
  const to = q.to ?? today.toISOString().slice(0, 10);
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 89 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

export async function buildGapReport(tx: Tx, tenantId: string, q: GapsQuery, lang: string): Promise<GapsResponse> {
  const [needs, places, languages, coverage] = await Promise.all([listNeeds(tx), listNeighbourhoods(tx), listGapLanguages(tx, tenantId), listCoverage(tx)]);
  const hoods = places.map((p) => p.name);
  const needMap = new Map(needs.map((n) => [n.code, n]));
  const covered = new Set(coverage.map((c) => `${c.need}\u0000${c.hood}\u0000${c.language}`));
  // Services per need and neighbourhood whatever they speak ("there is one, not in your language"):
  // every service counts as speaking Italian, so the largest per-language count is the total.
  const perNeedHood = new Map<string, number>();
  for (const c of coverage) {
    const k = `${c.need}\u0000${c.hood}`;
    perNeedHood.set(k, Math.max(perNeedHood.get(k) ?? 0, c.services));
  }
  const cells: GapCell[] = [];
  for (const n of needs) {
    if (q.need && n.code !== q.need) continue;
    for (const hood of hoods) {
      if (q.neighbourhood && hood.toLowerCase() !== q.neighbourhood.toLowerCase()) continue;
      const key = hood.toLowerCase();
      for (const language of languages) {
        if (q.language && language !== q.language) continue;
        if (covered.has(`${n.code}\u0000${key}\u0000${language}`)) continue;
        cells.push({ need: needName(needMap, n.code, lang), neighbourhood: hood, language, servicesInOtherLanguages: perNeedHood.get(`${n.code}\u0000${key}`) ?? 0 });
      }
    }
  }
  return {
    needs: needs.map((n) => needName(needMap, n.code, lang)),
    neighbourhoods: hoods,
    centres: places.flatMap((p) => (p.latitude === null || p.longitude === null ? [] : [{ neighbourhood: p.name, latitude: p.latitude, longitude: p.longitude }])),
    languages,
    cells,
    searchMisses: await buildSearchMisses(tx, q, lang, needMap),
  };
}

/** Zero-result public searches of the period, summed per need, language and area (no query text exists). */
export async function buildSearchMisses(tx: Tx, q: GapsQuery, lang: string, needMap?: Map<string, NeedRow>): Promise<GapsResponse['searchMisses']> {
  const needs = needMap ?? new Map((await listNeeds(tx)).map((n) => [n.code, n]));
  const period = defaultPeriod(q);
  const misses = await listSearchMisses(tx, period.from, period.to);
  const items = misses
    .filter((m) => (!q.need || m.category === q.need) && (!q.language || m.language === q.language) && (!q.neighbourhood || m.area.toLowerCase() === q.neighbourhood.toLowerCase()))
    .map((m) => ({ need: m.category ? needName(needs, m.category, lang) : null, language: m.language, area: m.area, misses: m.misses }));
  return { ...period, total: items.reduce((sum, m) => sum + m.misses, 0), items };
}
