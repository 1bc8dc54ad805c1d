import { createHash } from 'node:crypto';

// Ids of records that arrive without a UUID (HSDS 1.x/2.x integer ids, plain CSV rows) are derived
// from the tenant and the source key with UUID v5 (RFC 9562): the same row imported again gets the
// same id, so a re-import updates instead of duplicating, and two tenants never share an id.
const APPRODO_NAMESPACE = '6f1c7c52-3b8e-5d39-9a51-2f0b7c6e4a10';

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidV5(name: string, namespace = APPRODO_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The id a source key gets in a tenant (`kind` keeps equal keys of different tables apart). */
export function stableId(tenantId: string, kind: string, sourceKey: string): string {
  return uuidV5(`${tenantId.toLowerCase()}:${kind}:${sourceKey}`);
}
