import { generateSecret, generateURI, verify } from 'otplib';

const ISSUER = 'Approdo';

export function newTotpSecret(): string {
  return generateSecret();
}

export function provisioningUri(secret: string, label: string): string {
  return generateURI({ issuer: ISSUER, label, secret });
}

/**
 * Checks a 6-digit code with ±1 step of clock drift. Returns the matched time step, or null.
 * Codes at or before `afterStep` are refused, so a code seen once cannot be replayed.
 */
export async function checkTotp(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
