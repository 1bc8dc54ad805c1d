import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AnyActor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { Tx } from '../../platform/db/database.js';
import { ensureNeedsTaxonomy } from '../../domains/directory/commands/ensure-needs-taxonomy.js';
import { AOSTA_LOCATIONS, AOSTA_ORGANISATIONS } from './aosta-places.js';
import { AOSTA_SERVICES_A } from './aosta-services-a.js';
import { AOSTA_SERVICES_B } from './aosta-services-b.js';
import type { DemoDirectory, DemoDirService, DemoLang } from './demo-directory-types.js';
import { DOCUMENT_TRANSLATIONS, LANGUAGE_NAMES, markDemo } from './demo-vocabulary.js';
import { POTENZA_LOCATIONS, POTENZA_ORGANISATIONS } from './potenza-places.js';
import { POTENZA_SERVICES_A } from './potenza-services-a.js';
import { POTENZA_SERVICES_B } from './potenza-services-b.js';

export const DEMO_DIRECTORIES: Record<string, DemoDirectory> = {
  aosta: { city: 'Aosta', province: "Valle d'Aosta", organisations: AOSTA_ORGANISATIONS, locations: AOSTA_LOCATIONS, services: [...AOSTA_SERVICES_A, ...AOSTA_SERVICES_B] },
  potenza: { city: 'Potenza', province: 'Basilicata', organisations: POTENZA_ORGANISATIONS, locations: POTENZA_LOCATIONS, services: [...POTENZA_SERVICES_A, ...POTENZA_SERVICES_B] },
};

const DAY_MS = 86_400_000;
/** The default re-check interval of the directory (six months). */
const RECHECK_DAYS = 182;

function serviceTranslations(s: DemoDirService): string {
  const out: Record<string, Record<string, string>> = {};
  for (const [lang, [name, description]] of Object.entries(s.tr) as [DemoLang, [string, string]][]) {
    out[lang] = { name, description: markDemo(description, lang) };
  }
  return JSON.stringify(out);
}

function parseHours(spec: string): { byday: string; opensAt: string; closesAt: string } {
  const m = /^([A-Z,]+) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(spec);
  if (!m) throw new Error(`demo directory: bad hours "${spec}"`);
  return { byday: m[1]!, opensAt: m[2]!, closesAt: m[3]! };
}

/**
 * Seeds the demo directory of a demo tenant (Aosta or Potenza): organisations, places, services with
 * their schedules, languages, needs, documents and translations, and the confidential shelters.
 * Runs inside the tenant's seeding transaction, which must be opened with protection access for the
 * shelters to be writable. Does nothing when the tenant already has a directory or is not a demo tenant.
 */
export async function seedDemoDirectory(tx: Tx, actor: AnyActor, tenantSlug: string): Promise<{ services: number } | null> {
  const dir = DEMO_DIRECTORIES[tenantSlug];
  if (!dir) return null;
  const tenantId = actor.tenantId;
  const { rows: access } = await sql<{ on: boolean }>`SELECT app_protection_access() AS on`.execute(tx);
  if (!access[0]?.on) throw new Error('seedDemoDirectory needs a transaction opened with protectionAccess (shelters)');
  const existing = await tx.selectFrom('dirService').select('id').where('tenantId', '=', tenantId).limit(1).executeTakeFirst();
  if (existing) return null;

  await ensureNeedsTaxonomy(tx, tenantId);
  const terms = await tx.selectFrom('dirTaxonomyTerm').select(['id', 'code']).where('tenantId', '=', tenantId).where('code', 'is not', null).execute();
  const termId = new Map(terms.map((t) => [t.code!, t.id]));
  const approdoOrgs = await tx.selectFrom('organisation').select(['id', 'slug']).where('tenantId', '=', tenantId).execute();
  const approdoId = new Map(approdoOrgs.map((o) => [o.slug, o.id]));

  const orgId = new Map(dir.organisations.map((o) => [o.key, randomUUID()]));
  await tx
    .insertInto('dirOrganization')
    .values(
      dir.organisations.map((o) => ({
        tenantId,
        id: orgId.get(o.key)!,
        name: o.name,
        description: markDemo(o.description, 'it'),
        website: o.website ?? null,
        email: o.email ?? null,
        approdoOrganisationId: o.approdoSlug ? (approdoId.get(o.approdoSlug) ?? null) : null,
      })),
    )
    .execute();

  const locId = new Map(dir.locations.map((l) => [l.key, randomUUID()]));
  await tx
    .insertInto('dirLocation')
    .values(
      dir.locations.map((l) => ({
        tenantId,
        id: locId.get(l.key)!,
        organizationId: orgId.get(l.org)!,
        name: l.name,
        description: markDemo(l.confidential ? 'Struttura protetta: indirizzo noto solo al personale autorizzato.' : `Sede di ${dir.organisations.find((o) => o.key === l.org)!.name}.`, 'it'),
        transportation: l.transportation ?? null,
        latitude: l.lat === null ? null : l.lat.toFixed(6),
        longitude: l.lon === null ? null : l.lon.toFixed(6),
        neighbourhood: l.neighbourhood,
        confidential: l.confidential ?? false,
      })),
    )
    .execute();
  await tx
    .insertInto('dirAddress')
    .values(dir.locations.map((l) => ({ tenantId, locationId: locId.get(l.key)!, address1: l.address, city: dir.city, stateProvince: dir.province, postalCode: l.postalCode, country: 'IT' })))
    .execute();
  const accessible = dir.locations.filter((l) => l.accessibility);
  if (accessible.length) {
    await tx.insertInto('dirAccessibility').values(accessible.map((l) => ({ tenantId, locationId: locId.get(l.key)!, description: l.accessibility! }))).execute();
  }

  const now = Date.now();
  const svcId = new Map(dir.services.map((s) => [s.key, randomUUID()]));
  await tx
    .insertInto('dirService')
    .values(
      dir.services.map((s) => {
        const verified = new Date(now - s.verifiedDaysAgo * DAY_MS);
        return {
          tenantId,
          id: svcId.get(s.key)!,
          organizationId: orgId.get(s.org)!,
          name: s.name,
          description: markDemo(s.description, 'it'),
          eligibilityDescription: s.eligibility ?? null,
          status: s.status ?? 'active',
          minimumAge: s.minAge ?? null,
          maximumAge: s.maxAge ?? null,
          translations: serviceTranslations(s),
          lastVerifiedAt: verified,
          nextCheckDue: new Date(verified.getTime() + RECHECK_DAYS * DAY_MS).toISOString().slice(0, 10),
          acceptsReferrals: s.referrals ?? false,
          targetGroups: s.targetGroups ?? [],
          residencePermitRequirement: s.permit ?? 'none',
          interpretationAvailable: s.interpretation ?? false,
          childcareAvailable: s.childcare ?? false,
          womenOnly: s.womenOnly ?? false,
          freeOfCharge: s.free ?? false,
          confidential: s.confidential ?? false,
          publicationState: 'published',
          fees: s.free ? null : 'Tariffa ridotta secondo ISEE',
        };
      }),
    )
    .execute();

  const rows = <T>(f: (s: DemoDirService, id: string) => T[]): T[] => dir.services.flatMap((s) => f(s, svcId.get(s.key)!));
  await tx.insertInto('dirServiceAtLocation').values(rows((s, serviceId) => s.locations.map((l) => ({ tenantId, serviceId, locationId: locId.get(l)! })))).execute();
  await tx.insertInto('dirPhone').values(rows((s, serviceId) => [{ tenantId, serviceId, number: s.phone, type: 'voice' }])).execute();
  await tx
    .insertInto('dirSchedule')
    .values(rows((s, serviceId) => s.hours.map((h) => ({ tenantId, serviceId, freq: 'WEEKLY', wkst: 'MO', interval: 1, attendingType: 'in_person', ...parseHours(h) }))))
    .execute();
  await tx
    .insertInto('dirLanguage')
    .values(rows((s, serviceId) => s.languages.map((code) => ({ tenantId, serviceId, code, name: LANGUAGE_NAMES[code] ?? code }))))
    .execute();
  await tx
    .insertInto('dirAttribute')
    .values(
      rows((s, serviceId) =>
        s.needs.map((code) => {
          const taxonomyTermId = termId.get(code);
          if (!taxonomyTermId) throw new Error(`demo directory: unknown need ${code}`);
          return { tenantId, linkId: serviceId, linkEntity: 'service', linkType: 'need', taxonomyTermId };
        }),
      ),
    )
    .execute();
  const docs = rows((s, serviceId) => (s.documents ?? []).map((document) => ({ tenantId, serviceId, document, translations: JSON.stringify(docTranslations(document)) })));
  if (docs.length) await tx.insertInto('dirRequiredDocument').values(docs).execute();
  const areas = rows((s, serviceId) => (s.areas ?? []).map((name) => ({ tenantId, serviceId, name, extentType: null })));
  if (areas.length) await tx.insertInto('dirServiceArea').values(areas).execute();
  const funded = dir.services.filter((s) => dir.organisations.find((o) => o.key === s.org)?.approdoSlug);
  if (funded.length) {
    await tx.insertInto('dirFunding').values(funded.map((s) => ({ tenantId, serviceId: svcId.get(s.key)!, source: 'FAMI 2021-2027 (dati dimostrativi)' }))).execute();
  }

  await writeAudit(tx, actor, {
    action: 'directory.demo_seed',
    entity: 'directory',
    diff: { organisations: dir.organisations.length, locations: dir.locations.length, services: dir.services.length },
  });
  return { services: dir.services.length };
}

function docTranslations(document: string): Record<string, { document: string }> {
  const tr = DOCUMENT_TRANSLATIONS[document] ?? {};
  return Object.fromEntries(Object.entries(tr).map(([lang, text]) => [lang, { document: text }]));
}
