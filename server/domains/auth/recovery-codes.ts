import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Tx } from '../../platform/db/database.js';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const CODE_LENGTH = 10; // ~49 bits each
// ASVS 5.0 6.5.2: lookup secrets under 112 bits of entropy are stored with a salted password hash.
// Same OWASP argon2id parameters as passwords (19 MiB, 2 iterations), random 16-byte salt each.
const ARGON2 = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Lower case, without the dashes and spaces people type: `ABCD-efgh jk` → `abcdefghjk`. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

function looksLikeRecoveryCode(normalised: string): boolean {
  return normalised.length === CODE_LENGTH && [...normalised].every((c) => ALPHABET.includes(c));
}

/** Ten fresh codes formatted `xxxx-xxxx-xx`. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

async function hashRecoveryCode(code: string): Promise<Buffer> {
  return Buffer.from(await hash(normaliseRecoveryCode(code), ARGON2), 'utf8');
}

/** Replaces all of a user's recovery codes with new ones; returns the plain codes to show once. */
export async function replaceRecoveryCodes(tx: Tx, tenantId: string, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  const hashes = await Promise.all(codes.map(hashRecoveryCode));
  await tx.deleteFrom('mfaRecoveryCode').where('userId', '=', userId).execute();
  await tx
    .insertInto('mfaRecoveryCode')
    .values(hashes.map((codeHash) => ({ tenantId, userId, codeHash })))
    .execute();
  return codes;
}

/**
 * Spends one unused recovery code of the user. Returns false when none matches. The update is
 * conditional on `used_at IS NULL`, so two concurrent sign-ins cannot both spend the same code.
 */
export async function consumeRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const given = normaliseRecoveryCode(code);
  if (!looksLikeRecoveryCode(given)) return false;
  const unused = await tx.selectFrom('mfaRecoveryCode').select('codeHash').where('userId', '=', userId).where('usedAt', 'is', null).execute();
  const checks = await Promise.all(unused.map((r) => verify(r.codeHash.toString('utf8'), given).catch(() => false)));
  const match = unused[checks.indexOf(true)];
  if (!match) return false;
  const spent = await tx
    .updateTable('mfaRecoveryCode')
    .set({ usedAt: new Date() })
    .where('userId', '=', userId)
    .where('codeHash', '=', match.codeHash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}
