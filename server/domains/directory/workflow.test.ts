import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/database.js';
import { createReport } from './commands/create-report.js';
import { auditCount, directoryEnv, makeOrganization, partnerDirOrganization, type DirectoryEnv } from './testing/directory-fixtures.js';

let d: DirectoryEnv;
let partnerOrg: string;
let otherOrg: string;
beforeAll(async () => {
  d = await directoryEnv();
  partnerOrg = await partnerDirOrganization(d);
  otherOrg = await makeOrganization(d, 'Altra associazione');
}, 120_000);
afterAll(() => d?.env.close());

describe('partner drafts and coordinator approval', () => {
  let draftId: string;

  it('a partner’s new service waits for approval, whatever state it asks for', async () => {
    const res = await d.call(d.s.partner_operator, 'POST', '/api/directory/services', { organizationId: partnerOrg, name: 'Corso di saldatura', publicationState: 'published', needs: ['work-training'] });
    expect(res.status).toBe(201);
    expect(res.body.publicationState).toBe('pending_approval');
    expect(res.body.lastVerifiedAt).toBeNull();
    draftId = res.body.id;
    const pending = await d.call(d.s.coordinator, 'GET', '/api/directory/services?publicationState=pending_approval');
    expect(pending.body.items.map((i: { id: string }) => i.id)).toContain(draftId);
  });

  it('a partner cannot file services under another organisation, nor publish', async () => {
    const res = await d.call(d.s.partner_operator, 'POST', '/api/directory/services', { organizationId: otherOrg, name: 'Intruso' });
    expect(res.status).toBe(403);
    const pub = await d.call(d.s.partner_operator, 'POST', `/api/directory/services/${draftId}/publish`, {});
    expect(pub.status).toBe(403);
  });

  it('the partner keeps shaping the unpublished service directly', async () => {
    const res = await d.call(d.s.partner_operator, 'PATCH', `/api/directory/services/${draftId}`, { description: 'Corso serale di 80 ore.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ description: 'Corso serale di 80 ore.', publicationState: 'pending_approval' });
  });

  it('a coordinator publishes it, which also verifies it', async () => {
    const before = await auditCount(d, 'directory.service.publish');
    const res = await d.call(d.s.coordinator, 'POST', `/api/directory/services/${draftId}/publish`, {});
    expect(res.status).toBe(200);
    expect(res.body.publicationState).toBe('published');
    expect(res.body.lastVerifiedAt).not.toBeNull();
    expect(await auditCount(d, 'directory.service.publish')).toBe(before + 1);
    const again = await d.call(d.s.coordinator, 'POST', `/api/directory/services/${draftId}/publish`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DIRECTORY_NOT_PENDING');
  });

  it('a partner’s edit of the published service becomes a proposal; the service stays as it was', async () => {
    const res = await d.call(d.s.partner_operator, 'PATCH', `/api/directory/services/${draftId}`, { name: 'Corso di saldatura TIG', languages: ['it', 'fr'] });
    expect(res.status).toBe(202);
    expect(res.body.service.name).toBe('Corso di saldatura');
    expect(res.body.service.pendingChangeId).toBe(res.body.changeId);
    // A second edit joins the same proposal.
    const second = await d.call(d.s.partner_operator, 'PATCH', `/api/directory/services/${draftId}`, { description: 'Corso serale di 100 ore.' });
    expect(second.body.changeId).toBe(res.body.changeId);
    const queue = await d.call(d.s.coordinator, 'GET', '/api/directory/changes?status=pending');
    const change = queue.body.items.find((c: { id: string }) => c.id === res.body.changeId);
    expect(change.fields).toMatchObject({ name: ['Corso di saldatura', 'Corso di saldatura TIG'], languages: [[], ['fr', 'it']], description: ['Corso serale di 80 ore.', 'Corso serale di 100 ore.'] });
    expect(change.proposedBy.displayName).toMatch(/partner/i);
    // The partner sees its own proposals; another partner's organisation would not.
    const own = await d.call(d.s.partner_operator, 'GET', '/api/directory/changes');
    expect(own.body.items.map((c: { id: string }) => c.id)).toContain(res.body.changeId);
  });

  it('the coordinator approves: the change is applied, with history and audit', async () => {
    const [change] = await d.sql<{ id: string }>(`SELECT id FROM dir_service_change WHERE service_id = $1 AND status = 'pending'`, [draftId]);
    expect((await d.call(d.s.partner_operator, 'POST', `/api/directory/changes/${change!.id}/approve`, {})).status).toBe(403);
    const before = await auditCount(d, 'directory.change.approve');
    const res = await d.call(d.s.coordinator, 'POST', `/api/directory/changes/${change!.id}/approve`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Corso di saldatura TIG', description: 'Corso serale di 100 ore.', languages: ['fr', 'it'], pendingChangeId: null });
    expect(await auditCount(d, 'directory.change.approve')).toBe(before + 1);
    const meta = await d.sql(`SELECT field_name FROM dir_metadata WHERE resource_id = $1 AND last_action_type = 'update' AND field_name = 'name'`, [draftId]);
    expect(meta).toHaveLength(1);
    const twice = await d.call(d.s.coordinator, 'POST', `/api/directory/changes/${change!.id}/approve`, {});
    expect(twice.status).toBe(409);
  });

  it('the coordinator rejects another proposal, with a comment; nothing changes', async () => {
    const proposed = await d.call(d.s.partner_operator, 'PATCH', `/api/directory/services/${draftId}`, { name: 'Nome sbagliato' });
    expect(proposed.status).toBe(202);
    const res = await d.call(d.s.coordinator, 'POST', `/api/directory/changes/${proposed.body.changeId}/reject`, { comment: 'Il nome ufficiale è un altro.' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Corso di saldatura TIG');
    const rejected = await d.call(d.s.coordinator, 'GET', '/api/directory/changes?status=rejected');
    expect(rejected.body.items.find((c: { id: string }) => c.id === proposed.body.changeId)).toMatchObject({ comment: 'Il nome ufficiale è un altro.', status: 'rejected' });
  });

  it('unknown changes answer 404', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/changes/00000000-0000-4000-8000-000000000000/approve', {});
    expect(res.status).toBe(404);
  });
});

describe('wrong-information reports', () => {
  let serviceId: string;
  let tenantId: string;
  beforeAll(async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/services', { organizationId: partnerOrg, name: 'Sportello con orari vecchi' });
    serviceId = res.body.id;
    tenantId = (await d.sql<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'aosta'`))[0]!.id;
  });

  it('the public form’s command files a report, audited without the message', async () => {
    const { id } = await withTenant(d.env.platform.ctx.db, tenantId, (tx) => createReport(tx, { serviceId, reason: 'wrong_hours', message: 'Il martedì è chiuso. Mario Rossi 333 1234567' }));
    const [audit] = await d.sql(`SELECT diff FROM audit_event WHERE action = 'directory.report.create' AND entity_id = $1`, [id]);
    expect(audit!.diff).toEqual({ serviceId, reason: 'wrong_hours' });
    await expect(withTenant(d.env.platform.ctx.db, tenantId, (tx) => createReport(tx, { serviceId: '00000000-0000-4000-8000-000000000000', reason: 'other' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the owner (partner) and the coordinator see it; the partner resolves it', async () => {
    const coord = await d.call(d.s.coordinator, 'GET', '/api/directory/reports?status=open');
    const report = coord.body.items.find((r: { service: { id: string } }) => r.service.id === serviceId);
    expect(report).toMatchObject({ reason: 'wrong_hours', status: 'open', message: expect.stringContaining('martedì') });
    const partner = await d.call(d.s.partner_operator, 'GET', '/api/directory/reports');
    expect(partner.body.items.map((r: { id: string }) => r.id)).toContain(report.id);
    expect((await d.call(d.s.front_desk, 'GET', '/api/directory/reports')).status).toBe(403);
    const res = await d.call(d.s.partner_operator, 'POST', `/api/directory/reports/${report.id}/resolve`, { comment: 'Orari aggiornati' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('resolved');
    expect((await d.call(d.s.coordinator, 'POST', `/api/directory/reports/${report.id}/dismiss`, {})).status).toBe(409);
    const open = await d.call(d.s.coordinator, 'GET', '/api/directory/reports');
    expect(open.body.items.map((r: { id: string }) => r.id)).not.toContain(report.id);
  });
});
