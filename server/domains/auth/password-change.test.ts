import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { startMailServer, type MailServer } from '../../../test/mail-server.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { login, loginDemo, type Session } from '../../../test/sessions.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { translate } from '../../platform/i18n/i18n.js';

const NEW_PASSWORD = 'tramonto-sulle-colline-di-grano';
let env: TestEnv;
let mail: MailServer;

beforeAll(async () => {
  mail = await startMailServer();
  env = await createTestEnv({ SMTP_URL: mail.url });
  await seedDemo(env.platform.ctx);
});
afterAll(async () => {
  await env?.close();
  await mail?.close();
});

const change = (s: Session, body: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  env.app.inject({ method: 'POST', url: '/api/me/password', headers: s.headers, remoteAddress, payload: body });
const me = (s: Session) => env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });

describe('POST /api/me/password', () => {
  it('needs the current password, applies the rules, then ends every session including this one', async () => {
    const email = demoEmail('analyst', 'potenza');
    const [s, other] = [await loginDemo(env.app, 'analyst', 'potenza'), await loginDemo(env.app, 'analyst', 'potenza')];

    const noCsrf = await env.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie: s.cookie }, payload: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(noCsrf.statusCode).toBe(403);

    const wrong = await change(s, { currentPassword: 'non-e-la-mia-password', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('PASSWORD_WRONG_CURRENT');

    const short = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: 'corta' });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.code).toBe('PASSWORD_TOO_SHORT');
    expect(short.json().error.message).toBe(translate('it', 'errors.PASSWORD_TOO_SHORT', { min: 15 }));
    expect((await me(s)).statusCode).toBe(200);

    const ok = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(204);
    expect(String(ok.headers['set-cookie'])).toMatch(/approdo_session=;/);
    expect((await me(s)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(await login(env.app, email, NEW_PASSWORD))).statusCode).toBe(200);

    const notice = await mail.waitFor((m) => m.to.includes(email));
    expect(notice.subject).toBe(translate('it', 'mail.password_changed_subject'));
    const audit = await ownerQuery<{ action: string; diff: Record<string, unknown> | null }>(
      env,
      "SELECT action, diff FROM audit_event WHERE action LIKE 'auth.password_change%' AND entity_id = (SELECT id::text FROM app_user WHERE email = $1) ORDER BY seq",
      [email],
    );
    expect(audit).toEqual([
      { action: 'auth.password_change_failed', diff: null },
      { action: 'auth.password_changed', diff: { sessionsEnded: 2 } },
    ]);
  });

  it('counts wrong current passwords as failed sign-ins (throttled after ten)', async () => {
    const email = demoEmail('partner_operator', 'potenza');
    const s = await loginDemo(env.app, 'partner_operator', 'potenza');
    for (let i = 0; i < 10; i++) {
      expect((await change(s, { currentPassword: `tentativo-sbagliato-${i}`, newPassword: NEW_PASSWORD }, '10.3.3.3')).statusCode).toBe(422);
    }
    const locked = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }, '10.3.3.3');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH_THROTTLED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // The same account cannot sign in either, from anywhere, until the window passes.
    const signIn = await env.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.4.4.4', payload: { email, password: DEMO_PASSWORD } });
    expect(signIn.json().error.code).toBe('AUTH_THROTTLED');
  });
});

describe('PATCH /api/me', () => {
  it('updates the own name and language and answers in the new language from then on', async () => {
    const s = await loginDemo(env.app, 'front_desk', 'potenza');
    const res = await env.app.inject({ method: 'PATCH', url: '/api/me', headers: s.headers, payload: { displayName: 'Sportello Centro', locale: 'fr' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Sportello Centro', locale: 'fr', email: demoEmail('front_desk', 'potenza') });
    const bad = await env.app.inject({ method: 'PATCH', url: '/api/me', headers: s.headers, payload: { locale: 'de', roles: ['tenant_admin'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe(translate('fr', 'errors.VALIDATION_FAILED'));
    expect((await me(s)).json().roles).toEqual(['front_desk']);
    const audit = await ownerQuery(env, "SELECT diff FROM audit_event WHERE action = 'user.profile_update'");
    expect(audit).toEqual([{ diff: { displayName: ['Demo front desk (potenza)', 'Sportello Centro'], locale: ['it', 'fr'] } }]);
  });
});
