import { gapsQuery, gapsResponse, networkMapSettings as mapSettingsResponse, overlapsQuery, overlapsResponse, searchMissView } from '../../../common/schemas/network.js';
import { z } from 'zod';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import type { FastifyReply } from 'fastify';
import { gapsCsv, overlapsCsv, searchMissesCsv } from './network-csv.js';
import { networkMapSettings } from './network-map.js';
import { buildGapReport, buildOverlapReport, buildSearchMisses } from './network-reports.js';
import { assertCanReadNetwork } from './network.policy.js';

const searchMissesResponse = z.object({ from: z.string(), to: z.string(), total: z.number().int(), items: z.array(searchMissView) });

function sendCsv(reply: FastifyReply, name: string, body: string): string {
  const day = new Date().toISOString().slice(0, 10);
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="approdo-${name}-${day}.csv"`);
  return body;
}

// Every report runs in a transaction without protection access: see network.policy.ts.
export async function networkRoutes(app: App, ctx: AppContext) {
  const tags = ['network'];
  const config = { policy: policy.permission('network.read') };
  app.get(
    '/api/network/overlaps',
    { config, schema: { tags, querystring: overlapsQuery, response: { 200: z.union([overlapsResponse, z.string()]) } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanReadNetwork(actor);
      const report = await withTenant(ctx.db, actor.tenantId, (tx) => buildOverlapReport(tx, request.query, request.lang));
      return request.query.format === 'csv' ? sendCsv(reply, 'overlaps', overlapsCsv(report)) : report;
    },
  );
  app.get(
    '/api/network/gaps',
    { config, schema: { tags, querystring: gapsQuery, response: { 200: z.union([gapsResponse, z.string()]) } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanReadNetwork(actor);
      const report = await withTenant(ctx.db, actor.tenantId, (tx) => buildGapReport(tx, actor.tenantId, request.query, request.lang));
      return request.query.format === 'csv' ? sendCsv(reply, 'gaps', gapsCsv(report)) : report;
    },
  );
  app.get(
    '/api/network/search-misses',
    { config, schema: { tags, querystring: gapsQuery, response: { 200: z.union([searchMissesResponse, z.string()]) } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanReadNetwork(actor);
      const misses = await withTenant(ctx.db, actor.tenantId, (tx) => buildSearchMisses(tx, request.query, request.lang));
      return request.query.format === 'csv' ? sendCsv(reply, 'search-misses', searchMissesCsv(misses)) : misses;
    },
  );
  app.get('/api/network/map', { config, schema: { tags, response: { 200: mapSettingsResponse } } }, async (request) => {
    const actor = request.actor!;
    assertCanReadNetwork(actor);
    return withTenant(ctx.db, actor.tenantId, (tx) => networkMapSettings(ctx, tx, actor.tenantId));
  });
}
