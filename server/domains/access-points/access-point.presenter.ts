import type { AccessPointView } from '../../../common/schemas/access-points.js';
import type { AccessPointRow } from './access-points.queries.js';

const num = (v: string | null) => (v === null ? null : Number(v));

/** Explicit whitelist of what leaves the server about an access point. */
export function presentAccessPoint(r: AccessPointRow): AccessPointView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    kind: r.kind,
    name: r.name,
    address: r.address,
    city: r.city,
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    openingHours: r.openingHours.map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
    languages: r.languages,
    phone: r.phone,
    email: r.email,
    slotMinutes: r.slotMinutes,
    desks: r.desks,
    directoryLocationId: r.directoryLocationId,
    active: r.active,
    operatorCount: r.operatorCount,
    assignedToMe: r.assignedToMe,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
