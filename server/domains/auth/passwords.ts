import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../../platform/errors.js';

// OWASP-recommended argon2id parameters: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;

// ~49,000 passwords from public breach corpora (zxcvbn-ts common list).
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
// A hash of a random password, verified against when no account exists, so timing reveals nothing.
const DUMMY_HASH = hash('approdo-dummy-password-never-used', ARGON2);

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password.normalize('NFC')).catch(() => false);
}

function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * ASVS 5.0 password rules: length 15..128, no composition rules, not a known common or
 * breached password, and not built on the names the user works under (project, organisation,
 * own e-mail).
 */
export function checkPasswordPolicy(password: string, context: (string | null | undefined)[]): void {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN) throw new DomainError('PASSWORD_TOO_SHORT', { min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) throw new DomainError('PASSWORD_TOO_LONG', { max: PASSWORD_MAX });
  const lower = password.toLowerCase();
  const flat = normalise(password);
  const repeatsOneUnit = /^(.{1,8}?)\1+$/u.test(lower);
  if (COMMON.has(lower) || COMMON.has(flat) || repeatsOneUnit) throw new DomainError('PASSWORD_COMMON');
  for (const item of context) {
    if (!item) continue;
    for (const word of item.split(/[\s@.,'’\-—_/()]+/u).map(normalise)) {
      if (word.length >= 4 && flat.includes(word) && !STOP_WORDS.has(word)) throw new DomainError('PASSWORD_CONTAINS_CONTEXT');
    }
  }
}

// Words too generic in organisation names to forbid in passwords.
const STOP_WORDS = new Set(['comune', 'della', 'delle', 'dello', 'degli', 'with', 'casa', 'social', 'sociale', 'sociali', 'example']);
