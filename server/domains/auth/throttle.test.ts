import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { translate } from '../../platform/i18n/i18n.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
});
afterAll(() => env?.close());

const signIn = (email: string, password: string, remoteAddress: string) =>
  env.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

describe('sign-in throttling (10 failures / 15 minutes per account and per address)', () => {
  it('locks the account after ten failures: the eleventh attempt is refused even with the right password', async () => {
    const email = demoEmail('analyst', 'aosta');
    for (let i = 1; i <= 10; i++) {
      const res = await signIn(email, `indovinello-numero-${i}`, '10.1.1.1');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const locked = await signIn(email, DEMO_PASSWORD, '10.1.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH_THROTTLED');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.json().error.message).toBe(translate('it', 'errors.AUTH_THROTTLED', { minutes: retryAfter / 60 }));
    // Locked per account: a new address does not help.
    expect((await signIn(email, DEMO_PASSWORD, '10.1.1.2')).statusCode).toBe(429);
  });

  it('still lets a different account in from another address', async () => {
    const ok = await signIn(demoEmail('funder_viewer', 'aosta'), DEMO_PASSWORD, '10.2.2.2');
    expect(ok.statusCode).toBe(200);
  });

  it('locks the address too: the same client cannot move on to other accounts', async () => {
    const res = await signIn(demoEmail('funder_viewer', 'aosta'), DEMO_PASSWORD, '10.1.1.1');
    expect(res.statusCode).toBe(429);
  });

  it('logs the throttling without e-mail addresses or client addresses', async () => {
    const events = env.logs.filter((l) => l.event === 'auth.throttled');
    expect(events.length).toBeGreaterThan(0);
    const all = JSON.stringify(env.logs);
    expect(all).not.toContain(demoEmail('analyst', 'aosta'));
    expect(all).not.toContain('10.1.1.1');
    expect(events[0]).toMatchObject({ event: 'auth.throttled', minutes: expect.any(Number) });
    // The counter table holds SHA-256 hashes only, never the address or e-mail themselves.
    const rows = await ownerQuery<{ key_hash: Buffer }>(env, 'SELECT DISTINCT key_hash FROM login_failure');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key_hash).toHaveLength(32);
  });
});
