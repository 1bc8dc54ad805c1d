import type { Tx } from '../../../platform/db/database.js';
import { loadGraph, type Row } from '../hsds-graph.js';
import { serviceVisible } from '../hsds-visibility.js';
import { HsdsPresenter, hsdsFields } from '../hsds.presenter.js';
import { rawQuery } from '../import/upsert.js';

// The whole directory of a tenant as HSDS 3.1 JSON, in parts: fully nested organizations (without
// their services), fully nested services, the locations no organization or exported service
// carries, and every taxonomy and term. Published services of any status are exported; drafts,
// pending proposals and confidential records are not (the transaction has no protection access,
// and the 'export' audience filters them too). Read in batches: a large directory never sits
// whole in memory as database rows.

export type ExportPart = 'organizations' | 'services' | 'locations' | 'taxonomies' | 'taxonomy_terms';
export type PartSink = (part: ExportPart, items: Record<string, unknown>[]) => Promise<void>;

const BATCH = 500;

async function inBatches(ids: string[], fn: (batch: string[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) await fn(ids.slice(i, i + BATCH));
}

export async function exportDirectory(tx: Tx, sink: PartSink): Promise<{ services: number; organizations: number }> {
  const q = <R = Row>(text: string, params: unknown[] = []) => rawQuery<R>(tx, text, params);
  const orgIds = (await q<{ id: string }>('SELECT id FROM dir_organization ORDER BY id')).map((r) => r.id);
  await inBatches(orgIds, async (batch) => {
    const g = await loadGraph(tx, 'export', { organizationIds: batch }, true);
    const p = new HsdsPresenter(g, { full: true });
    await sink('organizations', g.organizations.map((o) => p.organization(o, false)));
  });
  const serviceIds = (await q<{ id: string }>(`SELECT s.id FROM dir_service s WHERE ${serviceVisible('s', 'export')} ORDER BY s.id`)).map((r) => r.id);
  await inBatches(serviceIds, async (batch) => {
    const g = await loadGraph(tx, 'export', { serviceIds: batch }, true);
    await sink('services', g.services.map(new HsdsPresenter(g, { full: true }).service));
  });
  const loose = await q<{ id: string }>(
    `SELECT l.id FROM dir_location l WHERE NOT l.confidential AND l.organization_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM dir_service_at_location x JOIN dir_service s ON s.tenant_id = x.tenant_id AND s.id = x.service_id
       WHERE x.tenant_id = l.tenant_id AND x.location_id = l.id AND ${serviceVisible('s', 'export')}) ORDER BY l.id`,
  );
  await inBatches(loose.map((r) => r.id), async (batch) => {
    const g = await loadGraph(tx, 'export', { locationIds: batch }, true);
    await sink('locations', g.locations.map(new HsdsPresenter(g, { full: true }).location));
  });
  const taxonomies = await q('SELECT * FROM dir_taxonomy ORDER BY id');
  await sink('taxonomies', taxonomies.map((t) => hsdsFields('taxonomy', t)));
  const terms = await q('SELECT * FROM dir_taxonomy_term ORDER BY id');
  await sink('taxonomy_terms', terms.map((t) => hsdsFields('taxonomy_term', t)));
  return { services: serviceIds.length, organizations: orgIds.length };
}

/** The export as one JSON document, written as it is read: `write` receives consecutive chunks. */
export async function exportDirectoryJson(tx: Tx, write: (chunk: string) => Promise<void> | void): Promise<void> {
  await write('{"version":"3.1"');
  let current: ExportPart | null = null;
  let first = true;
  await exportDirectory(tx, async (part, items) => {
    if (part !== current) {
      await write(`${current ? ']' : ''},"${part}":[`);
      current = part;
      first = true;
    }
    for (const item of items) {
      await write(`${first ? '' : ','}${JSON.stringify(item)}`);
      first = false;
    }
  });
  await write(current ? ']}' : '}');
}
