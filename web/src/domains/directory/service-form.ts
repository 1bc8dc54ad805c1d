import type { ServiceView } from '../../../../common/schemas/directory-views.js';

// The service editor's state: strings for every text input (an empty one is sent as null), and
// the body the staff API expects.

export interface ScheduleRow {
  days: string[];
  opensAt: string;
  closesAt: string;
  description: string;
  validFrom: string;
  validTo: string;
}
export interface PhoneRow {
  number: string;
  type: string;
  description: string;
}
export interface DocumentRow {
  document: string;
}
export interface CostRow {
  option: string;
  amount: string;
}
export type Translations = Record<string, Record<string, string>>;

export const TEXTS = ['name', 'alternateName', 'description', 'url', 'email', 'eligibilityDescription', 'applicationProcess', 'feesDescription', 'interpretationServices', 'waitTime', 'alert'] as const;
export const FLAGS = ['acceptsReferrals', 'freeOfCharge', 'womenOnly', 'childcareAvailable', 'interpretationAvailable'] as const;
export type TextKey = (typeof TEXTS)[number];
export type FlagKey = (typeof FLAGS)[number];

export type ServiceForm = Record<TextKey, string> &
  Record<FlagKey, boolean> & {
    organizationId: string;
    status: string;
    residencePermitRequirement: string;
    minimumAge: string;
    maximumAge: string;
    confidential: boolean;
    publish: boolean;
    targetGroups: string[];
    needs: string[];
    languages: string[];
    locationIds: string[];
    phones: PhoneRow[];
    schedules: ScheduleRow[];
    requiredDocuments: DocumentRow[];
    costOptions: CostRow[];
    translations: Translations;
  };

export const EMPTY_SCHEDULE: ScheduleRow = { days: [], opensAt: '', closesAt: '', description: '', validFrom: '', validTo: '' };

export function emptyForm(): ServiceForm {
  return {
    ...(Object.fromEntries(TEXTS.map((k) => [k, ''])) as Record<TextKey, string>),
    ...(Object.fromEntries(FLAGS.map((k) => [k, false])) as Record<FlagKey, boolean>),
    organizationId: '',
    status: 'active',
    residencePermitRequirement: 'none',
    minimumAge: '',
    maximumAge: '',
    confidential: false,
    publish: true,
    targetGroups: [],
    needs: [],
    languages: ['it'],
    locationIds: [],
    phones: [],
    schedules: [],
    requiredDocuments: [],
    costOptions: [],
    translations: {},
  };
}

export function fromView(s: ServiceView): ServiceForm {
  return {
    ...(Object.fromEntries(TEXTS.map((k) => [k, s[k] ?? ''])) as Record<TextKey, string>),
    ...(Object.fromEntries(FLAGS.map((k) => [k, s[k]])) as Record<FlagKey, boolean>),
    organizationId: s.organization.id,
    status: s.status,
    residencePermitRequirement: s.residencePermitRequirement,
    minimumAge: s.minimumAge === null ? '' : String(s.minimumAge),
    maximumAge: s.maximumAge === null ? '' : String(s.maximumAge),
    confidential: s.confidential,
    publish: s.publicationState === 'published',
    targetGroups: s.targetGroups,
    needs: s.needs,
    languages: s.languages,
    locationIds: s.locations.map((l) => l.id),
    phones: s.phones.map((p) => ({ number: p.number, type: p.type ?? '', description: p.description ?? '' })),
    schedules: s.schedules.map((r) => ({
      days: (r.byday ?? '').split(',').filter(Boolean),
      opensAt: r.opensAt ?? '',
      closesAt: r.closesAt ?? '',
      description: r.description ?? '',
      validFrom: r.validFrom ?? '',
      validTo: r.validTo ?? '',
    })),
    requiredDocuments: s.requiredDocuments.map((d) => ({ document: d.document })),
    costOptions: s.costOptions.map((c) => ({ option: c.option ?? '', amount: c.amount === null ? '' : String(c.amount) })),
    translations: s.translations,
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const numOrNull = (v: string) => (v.trim() === '' ? null : Number(v));
const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The API body; `canPublish` says whether the user chooses the publication state. */
export function toBody(f: ServiceForm, opts: { canPublish: boolean; canConfidential: boolean }): Record<string, unknown> {
  const body: Record<string, unknown> = { organizationId: f.organizationId, name: f.name.trim(), description: f.description.trim() };
  for (const k of TEXTS) if (k !== 'name' && k !== 'description') body[k] = orNull(f[k]);
  for (const k of FLAGS) body[k] = f[k];
  Object.assign(body, {
    status: f.status,
    residencePermitRequirement: f.residencePermitRequirement,
    minimumAge: numOrNull(f.minimumAge),
    maximumAge: numOrNull(f.maximumAge),
    targetGroups: f.targetGroups,
    needs: f.needs,
    languages: f.languages,
    locationIds: f.locationIds,
    phones: f.phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number.trim(), type: p.type || null, description: orNull(p.description) })),
    schedules: f.schedules.map((r) => ({
      freq: 'WEEKLY',
      byday: WEEK.filter((d) => r.days.includes(d)).join(',') || null,
      opensAt: orNull(r.opensAt),
      closesAt: orNull(r.closesAt),
      description: orNull(r.description),
      validFrom: orNull(r.validFrom),
      validTo: orNull(r.validTo),
    })),
    requiredDocuments: f.requiredDocuments.filter((d) => d.document.trim()).map((d) => ({ document: d.document.trim() })),
    costOptions: f.costOptions.filter((c) => c.option.trim() || c.amount.trim()).map((c) => ({ option: orNull(c.option), amount: numOrNull(c.amount), currency: c.amount.trim() ? 'EUR' : null })),
    translations: Object.fromEntries(
      Object.entries(f.translations)
        .map(([lang, fields]) => [lang, Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''))] as const)
        .filter(([, fields]) => Object.keys(fields).length > 0),
    ),
  });
  if (opts.canPublish) body.publicationState = f.publish ? 'published' : 'draft';
  if (opts.canConfidential) body.confidential = f.confidential;
  return body;
}
