import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../../common/i18n/public/ar.json' with { type: 'json' };
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { seedFinderFixtures } from './finder-test-fixtures.js';

// The printable list of suggested services: the person's language (right-to-left where it is),
// only public services, nothing that identifies anyone, no cookie, never cached.

let env: TestEnv;
let ids: Record<string, string>;
let foreign: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  const aosta = await createTenant(env.platform.ctx.db, { slug: 'aosta', name: 'Comune di Aosta', settings: {} }, 'test');
  const potenza = await createTenant(env.platform.ctx.db, { slug: 'potenza', name: 'Comune di Potenza', settings: {} }, 'test');
  const where = (address: string) => ({ address, city: 'Aosta', lat: 45.737, lng: 7.315 });
  ids = await seedFinderFixtures(env.platform.ctx.db, aosta.id, [
    { name: 'Sportello casa', description: 'Aiuto a cercare casa.', needs: ['housing'], translations: { ar: { name: 'مكتب السكن', description: 'مساعدة في البحث عن سكن.' } }, location: where('Via Casa 1'), schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:30' }], phones: ['+39 0165 000101'], documents: ['Documento di identità'], languages: ['it', 'ar'] },
    { name: 'Emergenza abitativa', needs: ['housing'], translations: { ar: { name: 'طوارئ السكن' } }, location: where('Via Tetto 2') },
    { name: 'Ambulatorio per tutti', needs: ['health'], translations: { ar: { name: 'عيادة للجميع' } }, location: where('Via Salute 3') },
    { name: 'Sportello senza traduzione', needs: ['housing'], location: where('Via Italiana 4') },
    { name: 'Casa rifugio segreta', needs: ['housing'], confidential: true, translations: { ar: { name: 'ملجأ سري' } } },
    { name: 'Servizio in bozza', needs: ['housing'], publicationState: 'draft' },
  ]);
  foreign = await seedFinderFixtures(env.platform.ctx.db, potenza.id, [{ name: 'Servizio di Potenza', needs: ['housing'] }]);
});
afterAll(() => env?.close());

const get = (url: string) => env.app.inject({ method: 'GET', url });
const list = (...names: string[]) => names.map((n) => ids[n] ?? foreign[n]).join(',');

describe('printable list of suggested services', () => {
  it('prints three services in Arabic, right to left, with what a person needs to get there', async () => {
    const res = await get(`/aosta/print?services=${list('Sportello casa', 'Emergenza abitativa', 'Ambulatorio per tutti')}&hl=ar`);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<html lang="ar" dir="rtl">');
    for (const name of ['مكتب السكن', 'طوارئ السكن', 'عيادة للجميع']) expect(body).toContain(name);
    expect(body.indexOf('مكتب السكن')).toBeLessThan(body.indexOf('طوارئ السكن'));
    expect(body).toContain(ar.print.title);
    expect(body).toContain('مساعدة في البحث عن سكن.');
    expect(body).toContain('Via Casa 1');
    expect(body).toMatch(/09:00–12:30/);
    expect(body).toContain('href="tel:+390165000101"');
    expect(body).toContain('Documento di identità');
    expect(body).toContain(ar.service.documents);
    expect(body).toContain(ar.service.languages);
    expect(body).toContain('class="btn btn-secondary print-btn"');
    // Public and private by construction: no cookie, never stored, never indexed.
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(body).toContain('<meta name="robots" content="noindex">');
    expect(body).not.toMatch(/<script>|style="/);
  });

  it('takes the staff app’s lang= and redirects to the finder’s canonical hl=', async () => {
    const res = await get(`/aosta/print?services=${list('Sportello casa')}&lang=ar`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/aosta/print?services=${ids['Sportello casa']}&hl=ar`);
    // The staff app's choice wins over a page language already in the address.
    const both = await get(`/aosta/print?hl=it&services=${list('Sportello casa')}&lang=ur`);
    expect(both.headers.location).toBe(`/aosta/print?hl=ur&services=${ids['Sportello casa']}`);
    expect((await get(both.headers.location as string)).body).toContain('<html lang="ur" dir="rtl">');
    expect((await get(`/aosta/print?services=${list('Sportello casa')}&hl=fa`)).body).toContain('dir="rtl"');
  });

  it('marks an untranslated name as Italian inside the Arabic page', async () => {
    const body = (await get(`/aosta/print?services=${list('Sportello senza traduzione')}&hl=ar`)).body;
    expect(body).toMatch(/<h2 id="s1-name" lang="it" dir="ltr">Sportello senza traduzione<\/h2>/);
    expect(body).toContain(ar.service.italianOnly);
  });

  it('never prints a confidential, unpublished or other tenant’s service', async () => {
    const res = await get(`/aosta/print?services=${list('Casa rifugio segreta', 'Sportello casa', 'Servizio in bozza', 'Servizio di Potenza')}&hl=ar`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('مكتب السكن');
    for (const hidden of ['ملجأ سري', 'Casa rifugio segreta', 'Servizio in bozza', 'Servizio di Potenza', ids['Casa rifugio segreta']!]) expect(res.body).not.toContain(hidden);
    expect(res.body.match(/class="print-service"/g)).toHaveLength(1);
  });

  it('answers the finder’s 404 when nothing printable is asked for', async () => {
    for (const q of [`services=${list('Casa rifugio segreta')}`, 'services=not-a-uuid,%27%20OR%201%3D1', '', `services=${list('Servizio di Potenza')}`]) {
      const res = await get(`/aosta/print?${q}&hl=ar`);
      expect(res.statusCode, q).toBe(404);
      expect(res.body, q).toContain('dir="rtl"');
    }
    expect((await get(`/nessuno/print?services=${list('Sportello casa')}`)).statusCode).toBe(404);
  });
});
