import type { Role } from '../../../common/permissions.js';
import { romeDate } from '../../domains/contacts/rome-time.js';
import type { AnyActor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { Tx } from '../../platform/db/database.js';
import { demoEmail } from '../demo-data.js';
import { markDemo } from '../directory/demo-vocabulary.js';
import { AOSTA_FRONT_DOOR, AOSTA_NOTICE_PARAMS } from './aosta-front-door.js';
import { anonymousContactRows, contactRows, enrolmentRows, registrationOf, servicesByNeed, type SeededAccessPoint, type SeededPerson } from './demo-activity.js';
import { appointmentRows, consentRows, noticeRows, purposeRows, type Purpose } from './demo-consents.js';
import type { DemoFrontDoor, Weekday } from './demo-people-types.js';
import { demoCreateBody, demoDates, demoPersonRows } from './demo-person-rows.js';
import type { NoticeParams } from './notice-texts.js';
import { POTENZA_FRONT_DOOR, POTENZA_NOTICE_PARAMS } from './potenza-front-door.js';

// Seeds the front doors of a demo tenant: access points and their operators, projects, legal bases
// and information notices, ~30 people with contacts, consents, enrolments, and today's and
// tomorrow's appointments. Bulk inserts in the tenant's seeding transaction, one audit event.

interface TenantFrontDoor {
  door: DemoFrontDoor;
  notice: Omit<NoticeParams, 'partner'>;
  city: string;
  /** ISTAT code of the comune, the residence of most demo people. */
  residenceIstat: string;
}

export const DEMO_FRONT_DOORS: Record<string, TenantFrontDoor> = {
  potenza: { door: POTENZA_FRONT_DOOR, notice: POTENZA_NOTICE_PARAMS, city: 'Potenza', residenceIstat: '076063' },
  aosta: { door: AOSTA_FRONT_DOOR, notice: AOSTA_NOTICE_PARAMS, city: 'Aosta', residenceIstat: '007003' },
};

export interface DemoPeopleCounts {
  accessPoints: number;
  operators: number;
  projects: number;
  notices: number;
  people: number;
  contacts: number;
  anonymousContacts: number;
  consents: number;
  enrolments: number;
  appointments: number;
}

function hoursOf(spec: string): { day: Weekday; opens: string; closes: string }[] {
  const m = /^([A-Z,]+) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(spec);
  if (!m) throw new Error(`demo access point: bad hours "${spec}"`);
  return m[1]!.split(',').map((day) => ({ day: day as Weekday, opens: m[2]!, closes: m[3]! }));
}

/** Does nothing (null) when the tenant is not a demo tenant or already has front-door data. */
export async function seedDemoPeople(tx: Tx, actor: AnyActor, tenantSlug: string, now = new Date()): Promise<DemoPeopleCounts | null> {
  const spec = DEMO_FRONT_DOORS[tenantSlug];
  if (!spec) return null;
  const { door } = spec;
  const tenantId = actor.tenantId;
  const [ap0, project0, person0] = await Promise.all([
    tx.selectFrom('accessPoint').select('id').limit(1).executeTakeFirst(),
    tx.selectFrom('project').select('id').limit(1).executeTakeFirst(),
    tx.selectFrom('person').select('id').limit(1).executeTakeFirst(),
  ]);
  if (ap0 || project0 || person0) return null;

  const d = demoDates(now, romeDate(now));
  const orgs = new Map((await tx.selectFrom('organisation').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id]));
  const orgId = (slug: string) => orgs.get(slug) ?? fail(`demo organisation ${slug} missing`);
  const users = await tx.selectFrom('appUser').select(['id', 'email']).where('email', 'in', [demoEmail('front_desk', tenantSlug), demoEmail('case_worker', tenantSlug)]).execute();
  const userOf = (role: Role) => users.find((u) => u.email === demoEmail(role, tenantSlug))?.id ?? fail(`demo user ${role} missing`);
  const locations = new Map((await tx.selectFrom('dirLocation').select(['id', 'name']).execute()).map((l) => [l.name, l.id]));

  const aps = new Map<string, SeededAccessPoint>();
  const operatorRows: { tenantId: string; accessPointId: string; userId: string }[] = [];
  for (const a of door.accessPoints) {
    const row = await tx
      .insertInto('accessPoint')
      .values({
        tenantId,
        organisationId: orgId(a.org),
        kind: a.kind,
        name: a.name,
        address: a.address,
        city: spec.city,
        latitude: a.lat,
        longitude: a.lon,
        openingHours: JSON.stringify(a.hours.flatMap(hoursOf)),
        languages: [...a.languages].sort(),
        phone: a.phone,
        email: a.email,
        slotMinutes: a.slotMinutes ?? 30,
        desks: a.desks ?? 1,
        directoryLocationId: a.directoryLocation ? (locations.get(a.directoryLocation) ?? null) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fd = a.operators.includes('front_desk') ? userOf('front_desk') : null;
    const cw = a.operators.includes('case_worker') ? userOf('case_worker') : null;
    for (const userId of [fd, cw]) if (userId) operatorRows.push({ tenantId, accessPointId: row.id, userId });
    aps.set(a.key, { def: a, id: row.id, organisationId: orgId(a.org), operatorId: fd ?? cw, caseWorkerId: cw });
  }
  if (operatorRows.length) await tx.insertInto('accessPointOperator').values(operatorRows).execute();

  const endsOn = `${Number(d.today.slice(0, 4)) + 1}-12-31`;
  const projects = await tx
    .insertInto('project')
    .values(door.projects.map((p) => ({ tenantId, code: p.code, name: p.name, funder: p.funder, fundingStream: p.fundingStream, description: markDemo(p.description, 'it'), startsOn: p.startsOn, endsOn })))
    .returning(['id', 'code'])
    .execute();
  const projectIds = new Map(projects.map((p) => [p.code, p.id]));

  await tx.insertInto('processingPurpose').values(purposeRows(tenantId)).execute();
  const partner = await tx.selectFrom('organisation').select(['id', 'name']).where('slug', '=', door.sharingPartner).executeTakeFirstOrThrow();
  const notices = await tx
    .insertInto('notice')
    .values(noticeRows(tenantId, { ...spec.notice, partner: partner.name }, partner.id, door.noticeLanguages))
    .returning(['id', 'purpose', 'partnerOrganisationId'])
    .execute();

  // People, as the intake writes them.
  const usedCodes = new Set<string>();
  const seeded: SeededPerson[] = [];
  const personRows: Record<string, unknown>[] = [];
  const identityRows: Record<string, unknown>[] = [];
  door.people.forEach((p, index) => {
    const ap = aps.get(p.ap) ?? fail(`demo person ${p.key}: unknown access point ${p.ap}`);
    const reg = registrationOf(index, p.since, d);
    // The newest arrivals (and those met only by the outreach team) have no residence yet.
    const resident = (p.since ?? 30) > 20 && !!(p.given || p.family);
    const body = demoCreateBody(p, d, ap.id, resident ? spec.residenceIstat : null);
    const rows = demoPersonRows(tenantId, body, { organisationId: ap.organisationId, createdBy: ap.operatorId, registeredAt: reg.at, now, usedCodes });
    personRows.push(rows.person);
    identityRows.push(rows.identity);
    seeded.push({ p, index, id: rows.id, body, ap, registeredOn: reg.on, registeredAt: reg.at });
  });
  await tx.insertInto('person').values(personRows as never).execute();
  await tx.insertInto('personIdentity').values(identityRows as never).execute();

  // Who reaches them: the organisations of the doors they came to; the workers who took them in.
  const reach = new Map<string, { tenantId: string; personId: string; organisationId: string; reason: 'registered' | 'contact'; since: Date }>();
  const workers: { tenantId: string; personId: string; userId: string; role: 'intake' | 'case_worker'; since: Date }[] = [];
  for (const s of seeded) {
    reach.set(`${s.id}:${s.ap.organisationId}`, { tenantId, personId: s.id, organisationId: s.ap.organisationId, reason: 'registered', since: s.registeredAt });
    for (const key of s.p.also ?? []) {
      const other = aps.get(key)!;
      if (!reach.has(`${s.id}:${other.organisationId}`)) reach.set(`${s.id}:${other.organisationId}`, { tenantId, personId: s.id, organisationId: other.organisationId, reason: 'contact', since: s.registeredAt });
    }
    if (s.ap.operatorId) workers.push({ tenantId, personId: s.id, userId: s.ap.operatorId, role: 'intake', since: s.registeredAt });
    const cw = userOf('case_worker');
    if (s.p.caseWorker && cw !== s.ap.operatorId) workers.push({ tenantId, personId: s.id, userId: cw, role: 'case_worker', since: s.registeredAt });
  }
  await tx.insertInto('personOrganisation').values([...reach.values()]).execute();
  if (workers.length) await tx.insertInto('personWorker').values(workers).execute();

  const services = await servicesByNeed(tx);
  const contacts = contactRows(tenantId, seeded, aps, services, d);
  const anonymous = anonymousContactRows(tenantId, [...aps.values()], d);
  await tx.insertInto('contact').values([...contacts, ...anonymous] as never).execute();
  const enrolments = enrolmentRows(tenantId, seeded, projectIds, d);
  await tx.insertInto('enrolment').values(enrolments as never).execute();
  const noticeByPurpose = new Map(notices.map((n) => [n.purpose as Purpose, n]));
  const consents = consentRows(tenantId, seeded, noticeByPurpose, door.noticeLanguages, d);
  await tx.insertInto('consent').values(consents as never).execute();
  const appointments = appointmentRows(tenantId, door.appointments, new Map(seeded.map((s) => [s.p.key, s])), aps, d);
  await tx.insertInto('appointment').values(appointments as never).execute();

  const counts: DemoPeopleCounts = {
    accessPoints: aps.size,
    operators: operatorRows.length,
    projects: projects.length,
    notices: notices.length,
    people: seeded.length,
    contacts: contacts.length,
    anonymousContacts: anonymous.length,
    consents: consents.length,
    enrolments: enrolments.length,
    appointments: appointments.length,
  };
  await writeAudit(tx, actor, { action: 'people.demo_seed', entity: 'person', diff: { ...counts } });
  return counts;
}

function fail(message: string): never {
  throw new Error(message);
}
