import { sql } from 'kysely';
import { withTenant, type Db, type Tx } from '../../platform/db/database.js';
import { ensureNeedsTaxonomy } from '../directory/commands/ensure-needs-taxonomy.js';
import { NEEDS_TAXONOMY } from '../directory/needs-taxonomy.js';

// A small directory for the finder's tests (server and browser), written through the app role so
// that RLS checks every row. Confidential rows need the protection flag, like in the staff app.

export interface FixtureService {
  name: string;
  description?: string;
  needs?: string[];
  translations?: Record<string, Record<string, string>>;
  free?: boolean;
  womenOnly?: boolean;
  childcare?: boolean;
  targetGroups?: string[];
  confidential?: boolean;
  publicationState?: 'draft' | 'pending_approval' | 'published';
  status?: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  languages?: string[];
  lastVerifiedAt?: string;
  location?: { address: string; city: string; neighbourhood?: string; lat?: number; lng?: number; accessible?: string; confidential?: boolean };
  schedules?: { byday?: string; opensAt: string; closesAt: string; validFrom?: string; validTo?: string }[];
  phones?: string[];
  documents?: string[];
}

async function termIds(tx: Tx, tenantId: string, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const { rows } = await sql<{ id: string }>`SELECT tt.id FROM dir_taxonomy_term tt JOIN dir_taxonomy x ON x.tenant_id = tt.tenant_id AND x.id = tt.taxonomy_id
    WHERE tt.tenant_id = ${tenantId} AND x.uri = ${NEEDS_TAXONOMY.uri} AND tt.code = ANY(${codes})`.execute(tx);
  return rows.map((r) => r.id);
}

async function addService(tx: Tx, tenantId: string, organizationId: string, f: FixtureService): Promise<string> {
  const s = await tx
    .insertInto('dirService')
    .values({
      tenantId,
      organizationId,
      name: f.name,
      description: f.description ?? `${f.name}: descrizione di prova.`,
      translations: JSON.stringify(f.translations ?? {}),
      freeOfCharge: f.free ?? false,
      womenOnly: f.womenOnly ?? false,
      childcareAvailable: f.childcare ?? false,
      targetGroups: f.targetGroups ?? [],
      confidential: f.confidential ?? false,
      publicationState: f.publicationState ?? 'published',
      status: f.status ?? 'active',
      lastVerifiedAt: f.lastVerifiedAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const termId of await termIds(tx, tenantId, f.needs ?? [])) {
    await tx.insertInto('dirAttribute').values({ tenantId, linkId: s.id, linkEntity: 'service', taxonomyTermId: termId }).execute();
  }
  for (const code of f.languages ?? []) await tx.insertInto('dirLanguage').values({ tenantId, serviceId: s.id, code }).execute();
  for (const number of f.phones ?? []) await tx.insertInto('dirPhone').values({ tenantId, serviceId: s.id, number }).execute();
  for (const document of f.documents ?? []) await tx.insertInto('dirRequiredDocument').values({ tenantId, serviceId: s.id, document }).execute();
  if (f.location) {
    const l = f.location;
    const loc = await tx
      .insertInto('dirLocation')
      .values({
        tenantId,
        organizationId,
        name: f.name,
        neighbourhood: l.neighbourhood ?? null,
        latitude: l.lat !== undefined ? String(l.lat) : null,
        longitude: l.lng !== undefined ? String(l.lng) : null,
        confidential: l.confidential ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('dirAddress').values({ tenantId, locationId: loc.id, address1: l.address, city: l.city }).execute();
    await tx.insertInto('dirServiceAtLocation').values({ tenantId, serviceId: s.id, locationId: loc.id }).execute();
    if (l.accessible) await tx.insertInto('dirAccessibility').values({ tenantId, locationId: loc.id, description: l.accessible }).execute();
  }
  for (const sc of f.schedules ?? []) {
    await tx
      .insertInto('dirSchedule')
      .values({ tenantId, serviceId: s.id, freq: 'WEEKLY', byday: sc.byday ?? null, opensAt: sc.opensAt, closesAt: sc.closesAt, validFrom: sc.validFrom ?? null, validTo: sc.validTo ?? null })
      .execute();
  }
  return s.id;
}

/** Adds an organisation and its services to a tenant's directory; returns the service ids by name. */
export async function seedFinderFixtures(db: Db, tenantId: string, services: FixtureService[], orgName = 'Rete di prova del finder'): Promise<Record<string, string>> {
  return withTenant(
    db,
    tenantId,
    async (tx) => {
      await ensureNeedsTaxonomy(tx, tenantId);
      const org = await tx.insertInto('dirOrganization').values({ tenantId, name: orgName }).returning('id').executeTakeFirstOrThrow();
      const ids: Record<string, string> = {};
      for (const f of services) ids[f.name] = await addService(tx, tenantId, org.id, f);
      return ids;
    },
    { protectionAccess: true },
  );
}

/** The Aosta-like directory most finder tests use. */
export const AOSTA_FIXTURES: FixtureService[] = [
  {
    name: 'Corso di italiano per donne',
    description: 'Lezioni di lingua italiana gratuite, con spazio bimbi.',
    needs: ['language'],
    translations: { en: { name: 'Italian course for women', description: 'Free Italian lessons, with a play area for children.' }, ar: { name: 'دورة اللغة الإيطالية للنساء' } },
    free: true,
    womenOnly: true,
    childcare: true,
    targetGroups: ['women'],
    languages: ['it', 'ar', 'en'],
    lastVerifiedAt: '2026-01-15T10:00:00Z',
    location: { address: 'Via Croce di Città 10', city: 'Aosta', neighbourhood: 'Centro storico', lat: 45.737, lng: 7.315, accessible: 'Ingresso senza gradini' },
    schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
    documents: ['Documento di identità'],
  },
  {
    name: 'Sportello legale permessi di soggiorno',
    description: 'Consulenza di un avvocato su permessi, ricongiungimenti e cittadinanza.',
    needs: ['legal-documents'],
    languages: ['it', 'fr', 'ti'],
    location: { address: 'Via Festaz 52', city: 'Aosta', neighbourhood: 'Dora', lat: 45.742, lng: 7.327 },
    schedules: [{ byday: 'TU,TH', opensAt: '14:00', closesAt: '17:00' }],
    phones: ['+39 0165 000001'],
  },
  {
    name: 'Centro antiviolenza Aosta',
    description: 'Ascolto e sostegno per donne che subiscono violenza.',
    needs: ['anti-violence'],
    free: true,
    targetGroups: ['survivors', 'women'],
    languages: ['it', 'en'],
    location: { address: 'Piazza Chanoux 1', city: 'Aosta', neighbourhood: 'Centro storico', lat: 45.7375, lng: 7.3205 },
    phones: ['+39 0165 000002'],
  },
  {
    name: 'Casa rifugio riservata',
    description: 'Accoglienza protetta.',
    needs: ['anti-violence'],
    confidential: true,
    targetGroups: ['survivors'],
    location: { address: 'Indirizzo segreto 1', city: 'Aosta', neighbourhood: 'Centro storico', confidential: true },
  },
  { name: 'Servizio in bozza', description: 'Non ancora pubblicato.', needs: ['language'], publicationState: 'draft', location: { address: 'Via Bozza 1', city: 'Aosta', lat: 45.73, lng: 7.31 } },
  { name: 'Aiuto digitale online', description: 'Aiuto con SPID, PEC e app della pubblica amministrazione.', needs: ['digital'], free: true },
];
