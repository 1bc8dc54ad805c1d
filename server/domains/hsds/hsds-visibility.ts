// Which directory records leave Approdo, as SQL predicates shared by the HSDS API and the export.
//
// - 'public' (HSDS API): the public visibility rule of the finder: published, active or
//   temporarily closed, not confidential. Inactive and defunct services are left out too:
//   consumers that need removals compare full syncs (format=ndjson) rather than read stale records.
// - 'export' (staff download): published services whatever their status, so that a re-import
//   restores the directory; drafts and pending proposals stay in the staff app.
// Confidential services and locations never qualify, and RLS hides them anyway (the transaction is
// never opened with protection access). Phones, contacts, schedules… have no RLS of their own
// beyond the tenant: a child row is shown only when every record it links to is shown, so a
// shelter's phone cannot leak through the public service it is also attached to.

export type Audience = 'public' | 'export';

export function serviceVisible(alias: string, audience: Audience): string {
  const base = `${alias}.publication_state = 'published' AND NOT ${alias}.confidential`;
  return audience === 'public' ? `${base} AND ${alias}.status IN ('active', 'temporarily closed')` : base;
}

export const locationVisible = (alias: string) => `NOT ${alias}.confidential`;

type LinkColumn = 'service_id' | 'location_id' | 'service_at_location_id' | 'contact_id' | 'phone_id';

/** The link columns of each child table that can point at something not shown. */
export const LINKS: Record<string, LinkColumn[]> = {
  dir_phone: ['service_id', 'location_id', 'service_at_location_id', 'contact_id'],
  dir_contact: ['service_id', 'location_id', 'service_at_location_id'],
  dir_schedule: ['service_id', 'location_id', 'service_at_location_id'],
  dir_language: ['service_id', 'location_id', 'phone_id'],
  dir_service_area: ['service_id', 'service_at_location_id'],
  dir_funding: ['service_id'],
  dir_url: ['service_id'],
  dir_accessibility: ['location_id'],
  dir_address: ['location_id'],
};

export function linksVisible(table: string, alias: string, audience: Audience, depth = 0): string {
  const parts = (LINKS[table] ?? []).map((col) => {
    const ref = `${alias}.${col}`;
    const a = `v${depth}`;
    let exists: string;
    switch (col) {
      case 'service_id':
        exists = `SELECT 1 FROM dir_service ${a} WHERE ${a}.tenant_id = ${alias}.tenant_id AND ${a}.id = ${ref} AND ${serviceVisible(a, audience)}`;
        break;
      case 'location_id':
        exists = `SELECT 1 FROM dir_location ${a} WHERE ${a}.tenant_id = ${alias}.tenant_id AND ${a}.id = ${ref} AND ${locationVisible(a)}`;
        break;
      case 'service_at_location_id':
        exists = `SELECT 1 FROM dir_service_at_location ${a} JOIN dir_service ${a}s ON ${a}s.tenant_id = ${a}.tenant_id AND ${a}s.id = ${a}.service_id
          JOIN dir_location ${a}l ON ${a}l.tenant_id = ${a}.tenant_id AND ${a}l.id = ${a}.location_id
          WHERE ${a}.tenant_id = ${alias}.tenant_id AND ${a}.id = ${ref} AND ${serviceVisible(`${a}s`, audience)} AND ${locationVisible(`${a}l`)}`;
        break;
      case 'contact_id':
        exists = `SELECT 1 FROM dir_contact ${a} WHERE ${a}.tenant_id = ${alias}.tenant_id AND ${a}.id = ${ref} AND ${linksVisible('dir_contact', a, audience, depth + 1)}`;
        break;
      case 'phone_id':
        exists = `SELECT 1 FROM dir_phone ${a} WHERE ${a}.tenant_id = ${alias}.tenant_id AND ${a}.id = ${ref} AND ${linksVisible('dir_phone', a, audience, depth + 1)}`;
        break;
    }
    return `(${ref} IS NULL OR EXISTS (${exists}))`;
  });
  return parts.length ? parts.join(' AND ') : 'true';
}
