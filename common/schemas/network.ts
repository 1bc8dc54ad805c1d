import { z } from 'zod';

// Network view of the service directory: overlaps (services that may duplicate each other) and
// gaps (need × neighbourhood × language with no active service), for coordinators.

const isoDay = z.iso.date();
const format = z.enum(['json', 'csv']).default('json');
/** A need code of the taxonomy (shipped or added by the tenant's admins). */
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
/** Free text without control characters (a neighbourhood name as the directory spells it). */
const name = z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f\u007f-\u009f]+$/);
const lang = z.string().max(10).optional();

export const overlapsQuery = z
  .object({
    /** Two places closer than this count as the same area. */
    radiusKm: z.coerce.number().min(0.05).max(50).default(1),
    need: code.optional(),
    format,
    lang,
  })
  .strict();
export type OverlapsQuery = z.infer<typeof overlapsQuery>;

export const gapsQuery = z
  .object({
    need: code.optional(),
    neighbourhood: name.optional(),
    language: z.string().regex(/^[a-z]{2,3}$/).optional(),
    /** Period of the public searches that found nothing; default the last 90 days. */
    from: isoDay.optional(),
    to: isoDay.optional(),
    format,
    lang,
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to before from' });
export type GapsQuery = z.infer<typeof gapsQuery>;

const need = z.object({ code: z.string(), name: z.string() });

export const overlapServiceView = z.object({
  id: z.uuid(),
  name: z.string(),
  organizationName: z.string(),
  neighbourhoods: z.array(z.string()),
  /** Approximate position of its first public place, for the map. */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const overlapPairView = z.object({
  serviceIds: z.tuple([z.uuid(), z.uuid()]),
  area: z.object({
    kind: z.enum(['neighbourhood', 'distance', 'service_area']),
    /** The neighbourhood or service area both share; null for a distance. */
    name: z.string().nullable(),
    /** The shortest distance between their places, in metres (when both are on the map). */
    metres: z.number().nullable(),
  }),
  days: z.array(z.string()),
  overlapMinutesPerWeek: z.number().int(),
  score: z.number().int().min(0).max(100),
});

export const overlapGroupView = z.object({
  need,
  targetGroups: z.array(z.string()),
  score: z.number().int().min(0).max(100),
  services: z.array(overlapServiceView),
  pairs: z.array(overlapPairView),
});
export type OverlapGroup = z.infer<typeof overlapGroupView>;

export const overlapsResponse = z.object({ radiusKm: z.number(), items: z.array(overlapGroupView) });
export type OverlapsResponse = z.infer<typeof overlapsResponse>;

export const gapCellView = z.object({
  need,
  neighbourhood: z.string(),
  language: z.string(),
  /** Active services for this need in this neighbourhood that speak other languages only. */
  servicesInOtherLanguages: z.number().int(),
});
export type GapCell = z.infer<typeof gapCellView>;

export const searchMissView = z.object({
  need: need.nullable(),
  language: z.string(),
  area: z.string(),
  misses: z.number().int(),
});
export type SearchMiss = z.infer<typeof searchMissView>;

/** Centre of a neighbourhood's located public places (never a confidential one): where the map shows its gaps. */
export const neighbourhoodCentreView = z.object({ neighbourhood: z.string(), latitude: z.number(), longitude: z.number() });
export type NeighbourhoodCentre = z.infer<typeof neighbourhoodCentreView>;

export const gapsResponse = z.object({
  needs: z.array(need),
  neighbourhoods: z.array(z.string()),
  centres: z.array(neighbourhoodCentreView),
  languages: z.array(z.string()),
  cells: z.array(gapCellView),
  searchMisses: z.object({ from: isoDay, to: isoDay, total: z.number().int(), items: z.array(searchMissView) }),
});
export type GapsResponse = z.infer<typeof gapsResponse>;

/** How the staff map draws its background: the configured tile server, else the comune's outline. */
export const networkMapSettings = z.object({
  tileUrl: z.string().nullable(),
  attribution: z.string(),
  /** Same-origin GeoJSON outline of the comune, when one is bundled for the tenant. */
  outlineUrl: z.string().nullable(),
});
export type NetworkMapSettings = z.infer<typeof networkMapSettings>;
