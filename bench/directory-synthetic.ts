import type { HsdsTables } from '../server/domains/hsds/hsds-tables.js';

// A synthetic regional directory for the benchmark: `services` services at 1.5 places each on
// average, spread over real Italian comuni (real centre coordinates, invented streets), tagged with
// the shipped needs, in several languages. Deterministic for a given seed.

export const COMUNI: [string, number, number][] = [
  ['Torino', 45.0703, 7.6869], ['Milano', 45.4642, 9.19], ['Genova', 44.4056, 8.9463], ['Bologna', 44.4949, 11.3426],
  ['Firenze', 43.7696, 11.2558], ['Roma', 41.9028, 12.4964], ['Napoli', 40.8518, 14.2681], ['Bari', 41.1171, 16.8719],
  ['Palermo', 38.1157, 13.3615], ['Catania', 37.5079, 15.083], ['Venezia', 45.4408, 12.3155], ['Verona', 45.4384, 10.9916],
  ['Padova', 45.4064, 11.8768], ['Trieste', 45.6495, 13.7768], ['Trento', 46.0748, 11.1217], ['Bolzano', 46.4983, 11.3548],
  ['Aosta', 45.7375, 7.3154], ['Brescia', 45.5416, 10.2118], ['Bergamo', 45.6983, 9.6773], ['Parma', 44.8015, 10.3279],
  ['Modena', 44.6471, 10.9252], ['Reggio Emilia', 44.6989, 10.6297], ['Ravenna', 44.4184, 12.2035], ['Rimini', 44.0678, 12.5695],
  ['Ancona', 43.6158, 13.5189], ['Perugia', 43.1107, 12.3908], ['Pescara', 42.4618, 14.2161], ['Campobasso', 41.5603, 14.6627],
  ['Potenza', 40.6401, 15.8051], ['Matera', 40.6664, 16.6043], ['Salerno', 40.6824, 14.7681], ['Foggia', 41.4622, 15.5446],
  ['Lecce', 40.3515, 18.175], ['Taranto', 40.4644, 17.247], ['Cosenza', 39.2983, 16.2538], ['Reggio Calabria', 38.1113, 15.6473],
  ['Messina', 38.1938, 15.554], ['Cagliari', 39.2238, 9.1217], ['Sassari', 40.7259, 8.5557], ['Novara', 45.4469, 8.6222],
];
const HOODS = ['Centro', 'Stazione', 'Borgo Nord', 'Borgo Sud', 'Porta Est', 'Quartiere Ovest', 'San Martino', 'Santa Maria'];
const STREETS = ['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Via Mazzini', 'Via Dante', 'Piazza della Repubblica', 'Via Verdi', 'Via Cavour'];
const LANGS = ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa'];
const GROUPS = ['women', 'families', 'neet', 'young_adults', 'minors_15_17', 'asylum_seekers'];

/** Names by need: the words people type in the public search. */
const NAMES: Record<string, [string, string, string][]> = {
  language: [['Corso di italiano', 'Lezioni di lingua italiana per adulti stranieri, livelli A1–B1.', 'Italian course']],
  'work-training': [['Sportello lavoro', 'Orientamento al lavoro, curriculum, tirocini e offerte di lavoro.', 'Job desk']],
  housing: [['Sportello casa', 'Aiuto a cercare casa in affitto e accoglienza temporanea.', 'Housing desk']],
  health: [['Ambulatorio medico', 'Visite mediche, salute e prevenzione, anche senza tessera sanitaria.', 'Medical clinic']],
  'legal-documents': [['Consulenza documenti e permesso di soggiorno', 'Aiuto per permesso di soggiorno, cittadinanza e documenti.', 'Documents and residence permit advice']],
  'anti-violence': [['Centro antiviolenza', 'Ascolto e protezione per donne che subiscono violenza. Numero 1522.', 'Anti-violence centre']],
  'family-childcare': [['Spazio famiglie e bambini', 'Attività per bambini e sostegno ai genitori.', 'Family and children space']],
  education: [['Doposcuola e scuola', 'Aiuto compiti e iscrizione a scuola.', 'After-school and school help']],
  'income-support': [['Sostegno economico ed emporio solidale', 'Contributi, pacchi alimentari, emporio solidale.', 'Income support and food bank']],
  community: [['Centro di comunità', 'Incontri, sport e tempo libero nel quartiere.', 'Community centre']],
  digital: [['Punto digitale', 'Aiuto con SPID, PagoPA e pratiche online.', 'Digital help point']],
  transport: [['Abbonamenti trasporti agevolati', 'Biglietti e abbonamenti ridotti per autobus e treni.', 'Reduced transport passes']],
};
export const NEED_CODES = Object.keys(NAMES);

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(r: () => number): string {
  const hex = (n: number) => Math.floor(r() * 2 ** n).toString(16).padStart(n / 4, '0');
  const variant = (8 + Math.floor(r() * 4)).toString(16);
  return `${hex(32)}-${hex(16)}-4${hex(12)}-${variant}${hex(12)}-${hex(24)}${hex(24)}`;
}

export interface SyntheticDirectory {
  tables: HsdsTables;
  counts: { organizations: number; services: number; locations: number; rows: number };
}

/**
 * `services` services of `services / 10` organisations; every service has one place of its own and
 * every second one a second place (so 1.5 places per service), one or two weekly schedules, 2–4
 * languages, one or two needs. `termIds` maps need codes to the tenant's taxonomy term ids.
 */
export function generateSyntheticDirectory(services: number, seed: number, termIds: Map<string, string>): SyntheticDirectory {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const t: Required<Pick<HsdsTables, 'organization' | 'service' | 'location' | 'service_at_location' | 'address' | 'phone' | 'schedule' | 'language' | 'attribute'>> = {
    organization: [], service: [], location: [], service_at_location: [], address: [], phone: [], schedule: [], language: [], attribute: [],
  };
  const orgs = Math.max(1, Math.floor(services / 10));
  for (let i = 0; i < orgs; i++) t.organization.push({ id: uuidFrom(r), name: `Ente sintetico ${i + 1}`, description: 'Dati sintetici per il benchmark.' });
  const place = (orgId: string, comune: [string, number, number], n: number) => {
    const id = uuidFrom(r);
    const lat = comune[1] + (r() - 0.5) * 0.08;
    const lon = comune[2] + (r() - 0.5) * 0.1;
    t.location.push({ id, organization_id: orgId, name: `Sede ${n}`, latitude: Number(lat.toFixed(6)), longitude: Number(lon.toFixed(6)), x_approdo_neighbourhood: `${comune[0]} — ${pick(HOODS)}` });
    t.address.push({ id: uuidFrom(r), location_id: id, address_1: `${pick(STREETS)} ${1 + Math.floor(r() * 200)}`, city: comune[0], state_province: '', postal_code: '', country: 'IT' });
    return id;
  };
  let locations = 0;
  for (let i = 0; i < services; i++) {
    const id = uuidFrom(r);
    const orgId = t.organization[i % orgs]!.id as string;
    const comune = COMUNI[i % COMUNI.length]!;
    const needs = [pick(NEED_CODES), ...(r() < 0.3 ? [pick(NEED_CODES)] : [])].filter((v, k, a) => a.indexOf(v) === k);
    const [name, description, en] = NAMES[needs[0]!]![0]!;
    t.service.push({
      id, organization_id: orgId, name: `${name} ${comune[0]} ${i + 1}`, description: `${description} (dati sintetici)`, status: r() < 0.95 ? 'active' : 'temporarily closed',
      x_approdo_translations: r() < 0.5 ? { en: { name: `${en} ${comune[0]} ${i + 1}`, description: 'Synthetic data.' } } : {},
      x_approdo_free_of_charge: r() < 0.7, x_approdo_women_only: needs[0] === 'anti-violence', x_approdo_target_groups: r() < 0.3 ? [pick(GROUPS)] : [],
      x_approdo_last_verified_at: new Date(Date.UTC(2026, 0, 1) - Math.floor(r() * 300) * 86_400_000).toISOString(),
    });
    const places = [place(orgId, comune, ++locations)];
    if (i % 2 === 1) places.push(place(orgId, comune, ++locations));
    for (const loc of places) t.service_at_location.push({ id: uuidFrom(r), service_id: id, location_id: loc });
    t.phone.push({ id: uuidFrom(r), service_id: id, number: `+39 000 ${String(i).padStart(7, '0')}`, type: 'voice' });
    const days = pick(['MO,WE,FR', 'TU,TH', 'MO,TU,WE,TH,FR', 'SA']);
    t.schedule.push({ id: uuidFrom(r), service_id: id, freq: 'WEEKLY', byday: days, opens_at: pick(['08:30', '09:00', '14:00']), closes_at: pick(['12:30', '13:00', '18:00']) });
    if (r() < 0.5) t.schedule.push({ id: uuidFrom(r), service_id: id, freq: 'WEEKLY', byday: 'TU', opens_at: '15:00', closes_at: '19:00' });
    const langs = new Set(['it', pick(LANGS), pick(LANGS), ...(r() < 0.5 ? [pick(LANGS)] : [])]);
    for (const code of langs) t.language.push({ id: uuidFrom(r), service_id: id, code });
    for (const code of needs) t.attribute.push({ id: uuidFrom(r), link_id: id, link_entity: 'service', link_type: 'need', taxonomy_term_id: termIds.get(code)! });
  }
  // A closing hour before the opening one would be a night schedule: keep the synthetic ones diurnal.
  for (const s of t.schedule) if ((s.closes_at as string) <= (s.opens_at as string)) s.closes_at = '19:00';
  const rows = Object.values(t).reduce((n, rowsOf) => n + rowsOf.length, 0);
  return { tables: t, counts: { organizations: orgs, services, locations, rows } };
}
