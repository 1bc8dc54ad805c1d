import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';

let env: TestEnv;
let coordinator: Session;
let frontDesk: Session;
let potenzaCoordinator: Session;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  coordinator = await loginDemo(env.app, 'coordinator');
  frontDesk = await loginDemo(env.app, 'front_desk');
  potenzaCoordinator = await loginDemo(env.app, 'coordinator', 'potenza');
});
afterAll(() => env?.close());

const get = (url: string, s: Session) => env.app.inject({ method: 'GET', url, headers: s.headers });
const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: unknown) => env.app.inject({ method, url, headers: s.headers, payload: payload as object });
const text = (title: string) => ({ title, body: `${title}: chi tratta i dati, per quali finalità, per quanto tempo e con quali diritti.` });

describe('legal bases of the processing purposes', () => {
  it('answers the defaults until the tenant chooses; only notice.manage changes them', async () => {
    const before = (await get('/api/processing-purposes', frontDesk)).json().items as { purpose: string; legalBasis: string; isDefault: boolean }[];
    expect(Object.fromEntries(before.map((p) => [p.purpose, p.legalBasis]))).toEqual({
      service_delivery: 'public_task',
      sharing: 'consent',
      contact: 'consent',
      photos: 'consent',
      research: 'consent',
    });
    expect(before.every((p) => p.isDefault)).toBe(true);
    expect((await send('PUT', '/api/processing-purposes', frontDesk, { items: [{ purpose: 'contact', legalBasis: 'public_task' }] })).statusCode).toBe(403);
    const dup = await send('PUT', '/api/processing-purposes', coordinator, { items: [{ purpose: 'research', legalBasis: 'consent' }, { purpose: 'research', legalBasis: 'public_task' }] });
    expect(dup.statusCode).toBe(400);
    const put = await send('PUT', '/api/processing-purposes', coordinator, { items: [{ purpose: 'research', legalBasis: 'public_task' }] });
    expect(put.statusCode).toBe(200);
    const research = put.json().items.find((p: { purpose: string }) => p.purpose === 'research');
    expect(research).toEqual({ purpose: 'research', legalBasis: 'public_task', isDefault: false });
    // Per tenant: Potenza still has the default.
    const potenza = (await get('/api/processing-purposes', potenzaCoordinator)).json().items;
    expect(potenza.find((p: { purpose: string }) => p.purpose === 'research').legalBasis).toBe('consent');
    // Put back, for the other suites of this file.
    expect((await send('PUT', '/api/processing-purposes', coordinator, { items: [{ purpose: 'research', legalBasis: 'consent' }] })).statusCode).toBe(200);
  });
});

describe('versioned information notices', () => {
  it('a new version of the same purpose retires the previous one; other purposes are untouched', async () => {
    const v1 = await send('POST', '/api/notices', coordinator, { purpose: 'photos', texts: { it: text('Foto v1') } });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({ purpose: 'photos', version: 1, current: true, languages: ['it'] });
    const other = await send('POST', '/api/notices', coordinator, { purpose: 'research', texts: { it: text('Ricerca') } });
    const v2 = await send('POST', '/api/notices', coordinator, { purpose: 'photos', texts: { it: text('Foto v2'), en: text('Photos v2') } });
    expect(v2.json()).toMatchObject({ version: 2, current: true, languages: ['en', 'it'] });
    const current = (await get('/api/notices?purpose=photos', frontDesk)).json().items;
    expect(current.map((n: { id: string }) => n.id)).toEqual([v2.json().id]);
    const all = (await get('/api/notices?purpose=photos&includeRetired=true', frontDesk)).json().items;
    expect(all.map((n: { version: number; current: boolean }) => [n.version, n.current])).toEqual([[2, true], [1, false]]);
    expect((await get(`/api/notices/${other.json().id}`, frontDesk)).json().current).toBe(true);
  });

  it('needs an Italian text, a partner for sharing (and only for sharing), and notice.manage', async () => {
    expect((await send('POST', '/api/notices', coordinator, { purpose: 'contact', texts: { en: text('Contact') } })).statusCode).toBe(400);
    const noPartner = await send('POST', '/api/notices', coordinator, { purpose: 'sharing', texts: { it: text('Condivisione') } });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json().error.fields[0].path).toBe('body.partnerOrganisationId');
    const orgs = (await get('/api/organisations', coordinator)).json().items as { id: string; slug: string }[];
    const enaip = orgs.find((o) => o.slug === 'enaip-vda')!.id;
    expect((await send('POST', '/api/notices', coordinator, { purpose: 'contact', partnerOrganisationId: enaip, texts: { it: text('Contatto') } })).statusCode).toBe(400);
    expect((await send('POST', '/api/notices', frontDesk, { purpose: 'contact', texts: { it: text('Contatto') } })).statusCode).toBe(403);
    // A partner of another tenant is as unknown as a made-up one.
    const potenzaOrg = (await get('/api/organisations', potenzaCoordinator)).json().items[0].id;
    expect((await send('POST', '/api/notices', coordinator, { purpose: 'sharing', partnerOrganisationId: potenzaOrg, texts: { it: text('Condivisione') } })).statusCode).toBe(400);
    const ok = await send('POST', '/api/notices', coordinator, { purpose: 'sharing', partnerOrganisationId: enaip, texts: { it: text('Condivisione con Enaip') } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ partnerOrganisationId: enaip, partnerOrganisationName: "Enaip Vallée d'Aoste", version: 1 });
  });

  it('gives the text in the language asked for, or the Italian one with a flag', async () => {
    const created = await send('POST', '/api/notices', coordinator, {
      purpose: 'contact',
      texts: { it: text('Essere ricontattati'), fr: text('Être recontacté'), ti: text('ምርኻብ') },
    });
    const id = created.json().id;
    const fr = (await get(`/api/notices/${id}?lang=fr`, frontDesk)).json();
    expect(fr).toMatchObject({ language: 'fr', fallback: false, title: 'Être recontacté' });
    // Tigrinya is not a staff language, but notices exist in the public languages too.
    const ti = (await get(`/api/notices/${id}?lang=ti`, frontDesk)).json();
    expect(ti).toMatchObject({ language: 'ti', fallback: false, title: 'ምርኻብ' });
    const ur = (await get(`/api/notices/${id}?lang=ur`, frontDesk)).json();
    expect(ur).toMatchObject({ language: 'it', fallback: true, title: 'Essere ricontattati' });
    expect(ur.body).toContain('chi tratta i dati');
    expect(Object.keys(ur.texts).sort()).toEqual(['fr', 'it', 'ti']);
    expect((await get(`/api/notices/${id}?lang=not-a-language`, frontDesk)).statusCode).toBe(400);
    // Other tenants' notices do not exist.
    expect((await get(`/api/notices/${id}`, potenzaCoordinator)).statusCode).toBe(404);
  });
});
