import type { Tx } from '../../platform/db/database.js';
import { searchServices, type SearchHit } from '../finder/finder-search.queries.js';
import { romeWallClock } from '../finder/open-now.js';
import { parseFilters, type Point } from '../finder/search-filters.js';

// "One click from the need to matching services": the public finder's own search, run once per
// need (it filters by one need at a time), merged. Nearest to the access point first when it is
// on the map, then services answering more of the needs. Only public services: the caller's
// transaction has no protection access and the finder's query repeats the public rule.

export interface Suggestion {
  id: string;
  name: string;
  nameLanguage: string;
  organisation: string;
  needs: string[];
  distanceMetres: number | null;
  address: string | null;
  city: string | null;
  free: boolean;
}

function nameIn(hit: SearchHit, lang: string): { name: string; nameLanguage: string } {
  const own = lang === 'it' ? null : hit.translations?.[lang]?.name;
  return own && own.trim() ? { name: own, nameLanguage: lang } : { name: hit.name, nameLanguage: 'it' };
}

export async function suggestServices(tx: Tx, tenantId: string, needs: readonly string[], lang: string, point: Point | null, limit = 20): Promise<Suggestion[]> {
  const now = romeWallClock(new Date());
  const found = new Map<string, { hit: SearchHit; needs: string[] }>();
  for (const need of new Set(needs)) {
    const filters = { ...parseFilters(new URLSearchParams()), need };
    const { hits } = await searchServices(tx, tenantId, filters, { lang, now, point, pageSize: limit });
    for (const hit of hits) {
      const entry = found.get(hit.id) ?? { hit, needs: [] };
      entry.needs.push(need);
      found.set(hit.id, entry);
    }
  }
  const items = [...found.values()].map(({ hit, needs: matched }) => ({
    id: hit.id,
    ...nameIn(hit, lang),
    organisation: hit.org,
    needs: matched,
    distanceMetres: hit.distance === null || hit.distance === undefined ? null : Math.round(Number(hit.distance)),
    address: hit.address1,
    city: hit.city,
    free: hit.free,
  }));
  const far = Number.POSITIVE_INFINITY;
  items.sort(
    (a, b) =>
      (a.distanceMetres ?? far) - (b.distanceMetres ?? far) ||
      b.needs.length - a.needs.length ||
      a.name.localeCompare(b.name, lang) ||
      a.id.localeCompare(b.id),
  );
  return items.slice(0, limit);
}
