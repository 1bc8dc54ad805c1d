import { TARGET_GROUPS } from '../../../common/schemas/directory.js';

// The public search's query string. The finder must never answer a person with an error page for a
// hand-edited or stale link: a malformed optional filter is dropped (and the form shows it unset).

export interface Point {
  lat: number;
  lng: number;
}

export interface SearchFilters {
  q: string;
  need: string;
  /** Language the service speaks (`lang=`), not the page language (`hl=`). */
  spoken: string;
  group: string;
  free: boolean;
  open: boolean;
  women: boolean;
  childcare: boolean;
  accessible: boolean;
  near: Point | null;
  address: string;
  view: 'list' | 'map';
  page: number;
}

export const MAX_PAGE = 500;

function flag(v: string | null): boolean {
  return v === '1' || v === 'on' || v === 'true';
}

/** `lat,lng`, rounded to about 100 m: a precise position is never needed and never kept. */
export function parsePoint(v: string | null): Point | null {
  const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(v ?? '');
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat: Math.round(lat * 1000) / 1000, lng: Math.round(lng * 1000) / 1000 };
}

function text(v: string | null, max: number): string {
  return (v ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Reads the filters from the raw query string (the platform guard strips `lang` from request.query). */
export function parseFilters(params: URLSearchParams): SearchFilters {
  const need = params.get('need') ?? '';
  const spoken = params.get('lang') ?? '';
  const group = params.get('group') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: text(params.get('q'), 200),
    need: /^[a-z0-9][a-z0-9-]{0,39}$/.test(need) ? need : '',
    spoken: /^[a-z]{2,3}$/.test(spoken) ? spoken : '',
    group: (TARGET_GROUPS as readonly string[]).includes(group) ? group : '',
    free: flag(params.get('free')),
    open: flag(params.get('open')),
    women: flag(params.get('women')),
    childcare: flag(params.get('childcare')),
    accessible: flag(params.get('accessible')),
    near: parsePoint(params.get('near')),
    address: text(params.get('address'), 120),
    view: params.get('view') === 'map' ? 'map' : 'list',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The query string of a search, for links (pagination, view and language switches). */
export function filtersQuery(f: SearchFilters, hl: string, overrides: Partial<SearchFilters> = {}): string {
  const g = { ...f, ...overrides };
  const p = new URLSearchParams();
  if (g.q) p.set('q', g.q);
  if (g.need) p.set('need', g.need);
  if (g.spoken) p.set('lang', g.spoken);
  if (g.group) p.set('group', g.group);
  for (const k of ['free', 'open', 'women', 'childcare', 'accessible'] as const) if (g[k]) p.set(k, '1');
  if (g.near) p.set('near', `${g.near.lat},${g.near.lng}`);
  if (g.address) p.set('address', g.address);
  if (g.page > 1) p.set('page', String(g.page));
  p.set('hl', hl);
  return p.toString();
}
