import { generate } from 'otplib';
import type { App } from '../server/platform/http/app.js';
import { DEMO_PASSWORD, demoEmail } from '../server/demo/demo-data.js';
import { demoTotpSecret } from '../server/demo/seed-demo.js';
import { needsMfa, type Role } from '../common/permissions.js';

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** Signs in through the real login route and returns what a browser would hold. */
export async function login(app: App, email: string, password: string, totpSecret?: string | null): Promise<Session> {
  const totp = totpSecret ? await generate({ secret: totpSecret }) : undefined;
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password, ...(totp ? { totp } : {}) } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** Signs in as the demo user of `role` in demo tenant `tenant`. */
export function loginDemo(app: App, role: Role, tenant: 'aosta' | 'potenza' = 'aosta'): Promise<Session> {
  const email = demoEmail(role, tenant);
  return login(app, email, DEMO_PASSWORD, needsMfa([role]) ? demoTotpSecret(email) : null);
}
