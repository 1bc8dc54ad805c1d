import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
});
afterAll(() => env?.close());

const me = (s: Session) => env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });
const sessionsOf = (email: string) =>
  ownerQuery<{ id: string }>(env, 'SELECT s.id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1', [email]);
/** Moves a user's sessions back in time, as if the clock had run. */
const age = (email: string, set: string) =>
  ownerQuery(env, `UPDATE user_session s SET ${set} FROM app_user u WHERE u.id = s.user_id AND u.email = $1`, [email]);

describe('session lifetime (idle 30 minutes, absolute 12 hours)', () => {
  it('keeps a session used within 30 minutes and ends one idle for longer', async () => {
    const email = demoEmail('analyst', 'aosta');
    const s = await loginDemo(env.app, 'analyst');
    await age(email, "last_seen_at = now() - interval '29 minutes'");
    expect((await me(s)).statusCode).toBe(200);
    await age(email, "last_seen_at = now() - interval '31 minutes'");
    const res = await me(s);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH_SESSION_EXPIRED');
    expect(await sessionsOf(email)).toEqual([]);
  });

  it('ends a session at its absolute expiry even while in use', async () => {
    const email = demoEmail('front_desk', 'aosta');
    const login = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(String(login.headers['set-cookie'])).toContain(`Max-Age=${12 * 3600}`);
    const expiresAt = new Date(login.json().user.sessionExpiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 12 * 3600_000))).toBeLessThan(60_000);
    const s = await loginDemo(env.app, 'front_desk');
    await age(email, "absolute_expires_at = now() - interval '1 second', last_seen_at = now()");
    const res = await me(s);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('ends every session of a user at once when an administrator disables the account', async () => {
    const email = demoEmail('partner_operator', 'aosta');
    const [a, b] = [await loginDemo(env.app, 'partner_operator'), await loginDemo(env.app, 'partner_operator')];
    expect((await me(a)).statusCode).toBe(200);
    const admin = await loginDemo(env.app, 'tenant_admin');
    const id = (await me(a)).json().id as string;
    const off = await env.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { status: 'disabled' } });
    expect(off.statusCode).toBe(200);
    expect(await sessionsOf(email)).toEqual([]);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(401);
    const again = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(again.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const [audit] = await ownerQuery<{ diff: { sessionsEnded: number } }>(env, "SELECT diff FROM audit_event WHERE action = 'user.update' AND entity_id = $1", [id]);
    expect(audit!.diff.sessionsEnded).toBe(2);
  });
});
