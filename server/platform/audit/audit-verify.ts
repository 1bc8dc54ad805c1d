import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { withTenant, type Db } from '../db/database.js';

export type AuditProblemKind = 'altered' | 'missing' | 'broken_link' | 'duplicate' | 'tail_missing';

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
}

export interface AuditVerifyReport {
  tenant: { id: string; slug: string };
  /** Rows read from the trail. */
  events: number;
  ok: boolean;
  problems: AuditProblem[];
  /** More problems were found than `maxProblems`; the list holds the first ones. */
  truncated: boolean;
  /** Hex of the chain head: operators can anchor it outside the database to detect a rewritten chain. */
  lastHash: string | null;
}

export interface VerifyOptions {
  batchSize?: number;
  maxProblems?: number;
}

const GENESIS = Buffer.alloc(32);

interface EventRow {
  seq: string;
  /** Exact to the microsecond (a JS Date is not), so the keyset cursor never re-reads a row. */
  at: string;
  prevHash: Buffer;
  hash: Buffer;
  canonical: string;
}

/**
 * Recomputes every tenant's hash chain (or one tenant's) and reports where it was tampered with.
 * Works with the owner connection or the app role (RLS is satisfied by binding each tenant).
 *
 * Rows are read in keyset batches, each in its own short transaction, so millions of events
 * never sit in memory nor hold one long snapshot. The chain head is read first and events are
 * read only up to it: appends made while verifying are not mistaken for problems.
 */
export async function verifyAuditChain(db: Db, tenantId?: string, opts: VerifyOptions = {}): Promise<AuditVerifyReport[]> {
  let q = db.selectFrom('tenant').select(['id', 'slug']).orderBy('slug');
  if (tenantId) q = q.where('id', '=', tenantId);
  const tenants = await q.execute();
  const reports: AuditVerifyReport[] = [];
  for (const t of tenants) reports.push(await verifyTenant(db, t, opts));
  return reports;
}

async function verifyTenant(db: Db, tenant: { id: string; slug: string }, opts: VerifyOptions): Promise<AuditVerifyReport> {
  const batchSize = opts.batchSize ?? 5000;
  const maxProblems = opts.maxProblems ?? 1000;
  const problems: AuditProblem[] = [];
  let truncated = false;
  const report = (seq: number, kind: AuditProblemKind) => {
    if (problems.length < maxProblems) problems.push({ seq, kind });
    else truncated = true;
  };
  const reportRange = (from: number, to: number, kind: AuditProblemKind) => {
    for (let s = from; s <= to && !truncated; s++) report(s, kind);
  };

  const head = await withTenant(db, tenant.id, async (tx) => {
    const r = await sql<{ lastSeq: string; lastHash: Buffer }>`SELECT last_seq, last_hash FROM audit_chain
      WHERE tenant_id = ${tenant.id}::uuid`.execute(tx);
    return r.rows[0];
  });
  const headSeq = head ? Number(head.lastSeq) : null;

  let events = 0;
  let expectedSeq = 1;
  let prevHash: Buffer = GENESIS;
  let last: { seq: number; hash: Buffer } | null = null;
  let cursor: { seq: string; at: string } | null = null;
  for (;;) {
    const batch: EventRow[] = await withTenant(db, tenant.id, async (tx) => {
      const after = cursor ? sql`AND (e.seq, e.occurred_at) > (${cursor.seq}::bigint, ${cursor.at}::timestamptz)` : sql``;
      const upTo = headSeq !== null ? sql`AND e.seq <= ${headSeq}` : sql``;
      const r = await sql<EventRow>`SELECT e.seq, e.prev_hash, e.hash, audit_canonical(e) AS canonical,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
        FROM audit_event e WHERE e.tenant_id = ${tenant.id}::uuid ${after} ${upTo}
        ORDER BY e.seq, e.occurred_at LIMIT ${batchSize}`.execute(tx);
      return r.rows;
    });
    for (const row of batch) {
      events++;
      const seq = Number(row.seq);
      const computed = createHash('sha256').update(row.prevHash).update(Buffer.from(row.canonical, 'utf8')).digest();
      if (!computed.equals(row.hash)) report(seq, 'altered');
      if (last && seq === last.seq) {
        // A second row with a seq already seen: inserted behind the writer's back.
        report(seq, 'duplicate');
        continue;
      }
      if (seq > expectedSeq) {
        reportRange(expectedSeq, seq - 1, 'missing');
      } else if (!row.prevHash.equals(prevHash)) {
        // Only meaningful when the previous row is there; after a gap the link is already lost.
        report(seq, 'broken_link');
      }
      expectedSeq = seq + 1;
      prevHash = row.hash;
      last = { seq, hash: row.hash };
    }
    if (batch.length < batchSize) break;
    const end = batch[batch.length - 1]!;
    cursor = { seq: end.seq, at: end.at };
  }

  if (headSeq === null) {
    // Events without a chain head: the head row was removed.
    if (last) report(last.seq, 'tail_missing');
  } else if (!last || last.seq < headSeq) {
    reportRange(last ? last.seq + 1 : 1, headSeq, 'tail_missing');
  } else if (!last.hash.equals(head!.lastHash)) {
    report(last.seq, 'altered');
  }

  return {
    tenant,
    events,
    ok: problems.length === 0,
    problems,
    truncated,
    lastHash: head ? head.lastHash.toString('hex') : null,
  };
}
