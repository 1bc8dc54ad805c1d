import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { mayContact, mayShareWith } from './consent-rules.js';
import { createTestPerson, tenantIdOf, type TestPerson } from './testing/people-fixtures.js';

let env: TestEnv;
let coordinator: Session;
let frontDesk: Session;
let aosta: string;
let partners: Record<string, string>;
let notices: Record<string, { id: string; version: number }>;

const get = (url: string, s: Session) => env.app.inject({ method: 'GET', url, headers: s.headers });
const post = (url: string, s: Session, payload: unknown) => env.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
const text = (title: string) => ({ title, body: `${title}: finalità, destinatari, durata e diritti della persona.` });
const today = new Date().toISOString().slice(0, 10);
const decision = (notice: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({
  noticeId: notice.id,
  noticeVersion: notice.version,
  language: 'it',
  explainedHow: 'read_aloud',
  decidedOn: today,
  decision: 'given',
  ...extra,
});
const rules = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(env.platform.ctx.db, aosta, fn);

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  coordinator = await loginDemo(env.app, 'coordinator');
  frontDesk = await loginDemo(env.app, 'front_desk');
  aosta = await tenantIdOf(env.platform.ctx, 'aosta');
  const orgs = (await get('/api/organisations', coordinator)).json().items as { id: string; slug: string }[];
  partners = Object.fromEntries(orgs.map((o) => [o.slug, o.id]));
  notices = {};
  for (const [key, body] of Object.entries({
    enaip: { purpose: 'sharing', partnerOrganisationId: partners['enaip-vda'], texts: { it: text('Condivisione con Enaip'), ar: text('مشاركة') } },
    indaco: { purpose: 'sharing', partnerOrganisationId: partners.indaco, texts: { it: text('Condivisione con Indaco') } },
    contact: { purpose: 'contact', texts: { it: text('Essere contattati') } },
  })) {
    const res = await post('/api/notices', coordinator, body);
    expect(res.statusCode).toBe(201);
    notices[key] = { id: res.json().id, version: res.json().version };
  }
});
afterAll(() => env?.close());

describe('recording decisions and enforcing them', () => {
  let person: TestPerson;
  beforeAll(async () => {
    person = await createTestPerson(env.platform.ctx, { workers: ['front_desk'] });
  });

  it('nothing recorded: sharing and contact are refused, service delivery rests on public task', async () => {
    expect(await rules((tx) => mayShareWith(tx, person.id, partners['enaip-vda']!))).toEqual({ allowed: false, basis: 'consent', reason: 'no_consent', consentId: null });
    expect((await rules((tx) => mayContact(tx, person.id))).allowed).toBe(false);
    const view = (await get(`/api/people/${person.id}/consents`, frontDesk)).json();
    expect(view.personCode).toBe(person.code);
    const service = view.states.find((s: { purpose: string }) => s.purpose === 'service_delivery');
    expect(service).toMatchObject({ legalBasis: 'public_task', state: 'none', allowed: true, reason: 'legal_basis' });
    // Both sharing notices in force give a line each, by partner.
    const sharing = view.states.filter((s: { purpose: string }) => s.purpose === 'sharing').map((s: { partnerOrganisationId: string }) => s.partnerOrganisationId);
    expect(sharing.sort()).toEqual([partners['enaip-vda'], partners.indaco].sort());
  });

  it('consent to share with one partner allows that partner only; withdrawal blocks it at once', async () => {
    const given = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.enaip!, { language: 'ar', explainedHow: 'read_by_person' }));
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ purpose: 'sharing', partnerOrganisationId: partners['enaip-vda'], state: 'given', language: 'ar' });
    expect(await rules((tx) => mayShareWith(tx, person.id, partners['enaip-vda']!))).toMatchObject({ allowed: true, reason: 'consent_given', consentId: given.json().id });
    // Wrong partner: the consent names Enaip, not Indaco nor the municipality.
    expect(await rules((tx) => mayShareWith(tx, person.id, partners.indaco!))).toMatchObject({ allowed: false, reason: 'no_consent' });
    expect(await rules((tx) => mayShareWith(tx, person.id, partners['comune-aosta']!))).toMatchObject({ allowed: false });

    const withdrawn = await post(`/api/people/${person.id}/consents/${given.json().id}/withdraw`, frontDesk, { note: 'Chiesto allo sportello' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().state).toBe('withdrawn');
    expect(await rules((tx) => mayShareWith(tx, person.id, partners['enaip-vda']!))).toMatchObject({ allowed: false, reason: 'consent_withdrawn' });
    expect((await post(`/api/people/${person.id}/consents/${given.json().id}/withdraw`, frontDesk, {})).json().error.code).toBe('CONSENT_NOT_WITHDRAWABLE');
  });

  it('contact: given, then withdrawn, then refused; the latest decision counts', async () => {
    const given = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!));
    expect((await rules((tx) => mayContact(tx, person.id))).allowed).toBe(true);
    await post(`/api/people/${person.id}/consents/${given.json().id}/withdraw`, frontDesk, {});
    expect(await rules((tx) => mayContact(tx, person.id))).toMatchObject({ allowed: false, reason: 'consent_withdrawn' });
    const again = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!));
    expect((await rules((tx) => mayContact(tx, person.id))).allowed).toBe(true);
    const refused = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!, { decision: 'refused' }));
    expect(refused.statusCode).toBe(201);
    expect(await rules((tx) => mayContact(tx, person.id))).toMatchObject({ allowed: false, reason: 'consent_refused', consentId: refused.json().id });
    // A refusal cannot be withdrawn; the record shows the state and every decision, newest first.
    expect((await post(`/api/people/${person.id}/consents/${refused.json().id}/withdraw`, frontDesk, {})).statusCode).toBe(409);
    const view = (await get(`/api/people/${person.id}/consents`, frontDesk)).json();
    expect(view.states.find((s: { purpose: string }) => s.purpose === 'contact')).toMatchObject({ state: 'refused', allowed: false, consentId: refused.json().id });
    expect(view.history.map((h: { id: string }) => h.id).slice(0, 3)).toEqual([refused.json().id, again.json().id, given.json().id]);
  });

  it('the latest decision is the one decided last: a paper form typed in late does not override it', async () => {
    const other = await createTestPerson(env.platform.ctx);
    const given = await post(`/api/people/${other.id}/consents`, frontDesk, decision(notices.contact!));
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const late = await post(`/api/people/${other.id}/consents`, frontDesk, decision(notices.contact!, { decision: 'refused', decidedOn: weekAgo }));
    expect(late.statusCode).toBe(201);
    expect(await rules((tx) => mayContact(tx, other.id))).toMatchObject({ allowed: true, consentId: given.json().id });
    const view = (await get(`/api/people/${other.id}/consents`, frontDesk)).json();
    expect(view.history.map((h: { id: string }) => h.id)).toEqual([given.json().id, late.json().id]);
    expect(view.states.find((s: { purpose: string }) => s.purpose === 'contact')).toMatchObject({ state: 'given', consentId: given.json().id });
  });

  it('under a public-task basis contact is allowed without consent, and the basis is shown', async () => {
    await env.app.inject({ method: 'PUT', url: '/api/processing-purposes', headers: coordinator.headers, payload: { items: [{ purpose: 'contact', legalBasis: 'public_task' }] } });
    expect(await rules((tx) => mayContact(tx, person.id))).toMatchObject({ allowed: true, basis: 'public_task', reason: 'legal_basis' });
    const view = (await get(`/api/people/${person.id}/consents`, frontDesk)).json();
    expect(view.states.find((s: { purpose: string }) => s.purpose === 'contact')).toMatchObject({ legalBasis: 'public_task', allowed: true, state: 'refused' });
    await env.app.inject({ method: 'PUT', url: '/api/processing-purposes', headers: coordinator.headers, payload: { items: [{ purpose: 'contact', legalBasis: 'consent' }] } });
  });

  it('every view of the consents is in the audit trail', async () => {
    await get(`/api/people/${person.id}/consents`, frontDesk);
    const trail = (await get(`/api/audit?entity=person&entityId=${person.id}&limit=100`, coordinator)).json();
    const views = (trail.items as { action: string; diff: { sections?: string[] } }[]).filter((e) => e.action === 'person.view');
    expect(views.length).toBeGreaterThanOrEqual(4);
    expect(views[0]!.diff.sections).toEqual(['consents']);
  });
});

describe('rules of a decision', () => {
  it('a new notice version makes decisions on the old one outdated, and refuses recording on it', async () => {
    const person = await createTestPerson(env.platform.ctx);
    await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.indaco!));
    const v2 = await post('/api/notices', coordinator, { purpose: 'sharing', partnerOrganisationId: partners.indaco, texts: { it: text('Condivisione con Indaco, v2') } });
    expect(v2.json().version).toBe(2);
    const stale = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.indaco!));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('NOTICE_OUTDATED');
    const state = (await get(`/api/people/${person.id}/consents`, frontDesk)).json().states.find((s: { partnerOrganisationId: string }) => s.partnerOrganisationId === partners.indaco);
    expect(state).toMatchObject({ noticeOutdated: true, currentNotice: { id: v2.json().id, version: 2 }, allowed: true });
    notices.indaco = { id: v2.json().id, version: 2 };
    const fresh = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.indaco));
    expect(fresh.json().noticeVersion).toBe(2);
  });

  it('minors need a guardian (by age band or by birth year); adults may have one', async () => {
    const minor = await createTestPerson(env.platform.ctx, { ageBand: '15_17' });
    const missing = await post(`/api/people/${minor.id}/consents`, frontDesk, decision(notices.contact!));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toMatchObject({ code: 'CONSENT_GUARDIAN_REQUIRED', fields: [{ path: 'body.guardian', code: 'required' }] });
    const guardian = { name: 'Fatima Benali', relation: 'parent', document: 'CI AB1234567' };
    const ok = await post(`/api/people/${minor.id}/consents`, frontDesk, decision(notices.contact!, { guardian }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().guardian).toEqual(guardian);
    // The band says adult, the birth year says 16: the birth year wins.
    const byYear = await createTestPerson(env.platform.ctx, { ageBand: '18_24', birthYear: new Date().getUTCFullYear() - 16 });
    expect((await post(`/api/people/${byYear.id}/consents`, frontDesk, decision(notices.contact!))).statusCode).toBe(422);
    const adult = await createTestPerson(env.platform.ctx, { ageBand: '25_29' });
    expect((await post(`/api/people/${adult.id}/consents`, frontDesk, decision(notices.contact!))).statusCode).toBe(201);
    const withSupport = await post(`/api/people/${adult.id}/consents`, frontDesk, decision(notices.contact!, { guardian: { name: 'Marco Rossi', relation: 'support_administrator' } }));
    expect(withSupport.statusCode).toBe(201);
  });

  it('a language without a written text needs an interpreter or mediator, named', async () => {
    const person = await createTestPerson(env.platform.ctx);
    const unread = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!, { language: 'ti', explainedHow: 'read_by_person' }));
    expect(unread.json().error.code).toBe('CONSENT_TRANSLATION_MISSING');
    const unnamed = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!, { language: 'ti', explainedHow: 'cultural_mediator' }));
    expect(unnamed.json().error.fields[0]).toMatchObject({ path: 'body.explainedBy', code: 'required' });
    const ok = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!, { language: 'ti', explainedHow: 'cultural_mediator', explainedBy: 'Senait Tesfay' }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ language: 'ti', explainedHow: 'cultural_mediator', explainedBy: 'Senait Tesfay' });
    const future = await post(`/api/people/${person.id}/consents`, frontDesk, decision(notices.contact!, { decidedOn: '2999-01-01' }));
    expect(future.statusCode).toBe(400);
  });

  it('people out of reach, and other tenants, answer 404 and nothing is written', async () => {
    const elsewhere = await createTestPerson(env.platform.ctx, { workers: ['partner_operator'] });
    expect((await get(`/api/people/${elsewhere.id}/consents`, frontDesk)).statusCode).toBe(404);
    expect((await post(`/api/people/${elsewhere.id}/consents`, frontDesk, decision(notices.contact!))).statusCode).toBe(404);
    const potenza = await createTestPerson(env.platform.ctx, { tenant: 'potenza' });
    expect((await get(`/api/people/${potenza.id}/consents`, coordinator)).statusCode).toBe(404);
    expect((await post(`/api/people/${potenza.id}/consents`, coordinator, decision(notices.contact!))).statusCode).toBe(404);
    const count = await withTenant(env.platform.ctx.db, potenza.tenantId, (tx) => tx.selectFrom('consent').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow());
    expect(Number(count.n)).toBe(0);
  });
});
