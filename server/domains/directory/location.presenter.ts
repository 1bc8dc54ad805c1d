import type { LocationView } from '../../../common/schemas/directory-views.js';
import type { FullLocationRow } from './locations.queries.js';
import { fromStoredTranslations } from './translations.js';

const num = (v: string | number | null) => (v === null ? null : Number(v));

/** Explicit whitelist of what leaves the server about a location. */
export function presentLocation(l: FullLocationRow): LocationView {
  return {
    id: l.id,
    name: l.name,
    alternateName: l.alternateName,
    description: l.description,
    transportation: l.transportation,
    locationType: l.locationType as LocationView['locationType'],
    url: l.url,
    organizationId: l.organizationId,
    latitude: num(l.latitude),
    longitude: num(l.longitude),
    neighbourhood: l.neighbourhood,
    externalIdentifier: l.externalIdentifier,
    externalIdentifierType: l.externalIdentifierType,
    confidential: l.confidential,
    address: l.address1
      ? {
          address1: l.address1,
          address2: l.address2,
          city: l.city ?? '',
          postalCode: l.postalCode ?? '',
          region: l.region,
          stateProvince: l.stateProvince ?? '',
          country: (l.country ?? 'IT').trim(),
        }
      : null,
    accessibility: l.accessibility.map((a) => ({ description: a.description, details: a.details, url: a.url })),
    translations: fromStoredTranslations(l.translations),
    serviceCount: Number(l.serviceCount ?? 0),
    updatedAt: l.updatedAt.toISOString(),
  };
}
