import { NEEDS_TAXONOMY, NEEDS_TERMS } from '../directory/needs-taxonomy.js';
import { emptyTables, type HsdsRow, type HsdsTables } from './hsds-tables.js';
import { uuidV5 } from './import/stable-ids.js';

// A synthetic HSDS directory for benchmarks (bench/directory*.ts): n services of n/10
// organizations, 1.5·n locations spread over many comuni, each service with a phone, a weekly
// schedule, one or two needs, one to three languages and some Approdo profile fields. The same
// (n, seed) always gives the same records and ids, so `importDirectory` of it twice updates.
// Needs are tagged through the shipped needs taxonomy (matched to the tenant's own by uri and code).

const COMUNI: [string, string, number, number][] = [
  ['Aosta', '11100', 45.7372, 7.3201], ['Potenza', '85100', 40.6401, 15.8051], ['Torino', '10121', 45.0703, 7.6869], ['Milano', '20121', 45.4642, 9.19],
  ['Bologna', '40121', 44.4949, 11.3426], ['Firenze', '50122', 43.7696, 11.2558], ['Roma', '00184', 41.9028, 12.4964], ['Napoli', '80133', 40.8518, 14.2681],
  ['Bari', '70121', 41.1171, 16.8719], ['Matera', '75100', 40.6664, 16.6043], ['Palermo', '90133', 38.1157, 13.3615], ['Genova', '16121', 44.4056, 8.9463],
  ['Verona', '37121', 45.4384, 10.9916], ['Padova', '35122', 45.4064, 11.8768], ['Trento', '38122', 46.0748, 11.1217], ['Cagliari', '09124', 39.2238, 9.1217],
];
const STREETS = ['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Via Mazzini', 'Piazza Chanoux', 'Via Pretoria', 'Via Cavour', 'Viale della Pace', 'Via Dante', 'Via Verdi'];
const KINDS = ['Sportello', 'Centro', 'Servizio', 'Punto', 'Ufficio', 'Laboratorio'];
const LANGS = ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa'];
const GROUPS = ['women', 'minors_15_17', 'young_adults', 'neet', 'families', 'survivors', 'asylum_seekers', 'refugees'];

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ids per (seed, kind, key): a UUID v5 per kind, with the record number written into its last 48
 * bits (a million hashes would dominate the generation time); string keys are hashed.
 */
function ids(seed: number) {
  const bases = new Map<string, string>();
  return (kind: string, key: number | string): string => {
    if (typeof key === 'string') return uuidV5(`synthetic:${seed}:${kind}:${key}`);
    let base = bases.get(kind);
    if (!base) bases.set(kind, (base = uuidV5(`synthetic:${seed}:${kind}`).slice(0, 24)));
    return `${base}${key.toString(16).padStart(12, '0')}`;
  };
}

export function generateSyntheticHsds(n: number, seed = 1): HsdsTables {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const id = ids(seed);
  const t = emptyTables();
  const src = (i: number) => ({ file: 'synthetic', row: i });

  const taxonomyId = id('taxonomy', 'needs');
  t.taxonomy.push({ __src: src(0), id: taxonomyId, name: NEEDS_TAXONOMY.name, description: NEEDS_TAXONOMY.description, uri: NEEDS_TAXONOMY.uri, version: NEEDS_TAXONOMY.version });
  const termIds = NEEDS_TERMS.map((term, index) => {
    const termId = id('term', term.code);
    t.taxonomy_term.push({
      __src: src(0), id: termId, taxonomy_id: taxonomyId, code: term.code, name: term.names.it, language: 'it', taxonomy: NEEDS_TAXONOMY.name,
      term_uri: `${NEEDS_TAXONOMY.uri}/${term.code}`, x_approdo_translations: Object.fromEntries(Object.entries(term.names).map(([l, name]) => [l, { name }])),
    });
    return { termId, term, index };
  });

  const orgCount = Math.max(1, Math.ceil(n / 10));
  for (let o = 0; o < orgCount; o++) {
    t.organization.push({ __src: src(o), id: id('organization', o), name: `Ente ${o + 1} ${pick(['APS', 'Cooperativa sociale', 'ODV', 'Comune', 'Associazione'])}`, description: 'Ente sintetico per i benchmark.' });
  }
  let locationNo = 0;
  for (let i = 0; i < n; i++) {
    const serviceId = id('service', i);
    const need = pick(termIds);
    const comune = pick(COMUNI);
    const service: HsdsRow = {
      __src: src(i), id: serviceId, organization_id: id('organization', i % orgCount), name: `${pick(KINDS)} ${need.term.names.it.toLowerCase()} ${comune[0]} ${i + 1}`,
      description: `Servizio sintetico numero ${i + 1}: ${need.term.names.it} a ${comune[0]}.`, status: rnd() < 0.95 ? 'active' : 'temporarily closed',
      x_approdo_translations: { en: { name: `${need.term.names.en} service ${i + 1}`, description: `Synthetic service ${i + 1} in ${comune[0]}.` } },
      x_approdo_target_groups: rnd() < 0.4 ? [pick(GROUPS)] : [], x_approdo_free_of_charge: rnd() < 0.8, x_approdo_accepts_referrals: rnd() < 0.5,
      x_approdo_women_only: rnd() < 0.05, x_approdo_childcare_available: rnd() < 0.1, x_approdo_interpretation_available: rnd() < 0.3,
    };
    t.service.push(service);
    const needs = rnd() < 0.5 ? [need] : [need, pick(termIds)];
    for (const nd of new Set(needs)) t.attribute.push({ __src: src(i), id: id('attribute', i * 16 + nd.index), link_id: serviceId, link_entity: 'service', taxonomy_term_id: nd.termId });
    const langs = new Set(['it', pick(LANGS), pick(LANGS)].slice(0, 1 + Math.floor(rnd() * 3)));
    for (const code of langs) t.language.push({ __src: src(i), id: id('language', i * 16 + LANGS.indexOf(code)), service_id: serviceId, code });
    t.phone.push({ __src: src(i), id: id('phone', i), service_id: serviceId, number: `+39 0${Math.floor(100000000 + rnd() * 899999999)}`, type: 'voice' });
    t.schedule.push({ __src: src(i), id: id('schedule', i), service_id: serviceId, freq: 'WEEKLY', wkst: 'MO', byday: pick(['MO,TU,WE,TH,FR', 'MO,WE,FR', 'TU,TH', 'SA']), opens_at: '09:00', closes_at: pick(['12:30', '13:00', '17:00']) });
    // 1.5 locations per service on average: every other service is delivered at two places.
    for (let k = 0; k < (i % 2 === 0 ? 2 : 1); k++) {
      const where = k === 0 ? comune : pick(COMUNI);
      const locationId = id('location', locationNo++);
      t.location.push({
        __src: src(i), id: locationId, organization_id: service.organization_id, name: `Sede ${where[0]} ${locationNo}`,
        latitude: Number((where[2] + (rnd() - 0.5) * 0.08).toFixed(6)), longitude: Number((where[3] + (rnd() - 0.5) * 0.08).toFixed(6)),
      });
      t.address.push({ __src: src(i), id: id('address', locationNo), location_id: locationId, address_1: `${pick(STREETS)} ${1 + Math.floor(rnd() * 120)}`, city: where[0], postal_code: where[1], state_province: '', country: 'IT' });
      t.service_at_location.push({ __src: src(i), id: id('sal', i * 2 + k), service_id: serviceId, location_id: locationId });
    }
  }
  return t;
}
