import type { AccessPointView, OpeningHoursInput } from '../../../../../common/schemas/access-points.js';

// The access point editor's state (strings for text inputs; an empty one is sent as null) and the
// body the API expects.

export interface AccessPointForm {
  organisationId: string;
  kind: string;
  name: string;
  address: string;
  city: string;
  latitude: string;
  longitude: string;
  openingHours: OpeningHoursInput[];
  languages: string[];
  phone: string;
  email: string;
  slotMinutes: string;
  desks: string;
  directoryLocationId: string;
  active: boolean;
}

export function emptyAccessPoint(organisationId = ''): AccessPointForm {
  return {
    organisationId,
    kind: 'porta_sociale',
    name: '',
    address: '',
    city: '',
    latitude: '',
    longitude: '',
    openingHours: [],
    languages: ['it'],
    phone: '',
    email: '',
    slotMinutes: '30',
    desks: '1',
    directoryLocationId: '',
    active: true,
  };
}

export function accessPointFromView(a: AccessPointView): AccessPointForm {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    organisationId: a.organisationId,
    kind: a.kind,
    name: a.name,
    address: s(a.address),
    city: s(a.city),
    latitude: s(a.latitude),
    longitude: s(a.longitude),
    openingHours: a.openingHours,
    languages: a.languages,
    phone: s(a.phone),
    email: s(a.email),
    slotMinutes: String(a.slotMinutes),
    desks: String(a.desks),
    directoryLocationId: s(a.directoryLocationId),
    active: a.active,
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const numOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

export function accessPointBody(f: AccessPointForm, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    organisationId: f.organisationId,
    kind: f.kind,
    name: f.name.trim(),
    address: orNull(f.address),
    city: orNull(f.city),
    latitude: numOrNull(f.latitude),
    longitude: numOrNull(f.longitude),
    openingHours: f.openingHours,
    languages: f.languages,
    phone: orNull(f.phone),
    email: orNull(f.email),
    slotMinutes: Number(f.slotMinutes),
    desks: Number(f.desks),
    directoryLocationId: orNull(f.directoryLocationId),
  };
  if (editing) body.active = f.active;
  return body;
}
