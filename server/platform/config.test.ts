import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('applies defaults to an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.APPRODO_SESSION_IDLE_MINUTES).toBe(30);
    expect(c.embedded).toBe(true);
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('names the variable whose value is invalid', () => {
    for (const [name, value] of [
      ['PORT', 'abc'],
      ['PORT', '70000'],
      ['APPRODO_SESSION_IDLE_MINUTES', '0'],
      ['APPRODO_SESSION_IDLE_MINUTES', 'half an hour'],
      ['APPRODO_COOKIE_SECURE', 'maybe'],
      ['DATABASE_URL', 'not a url'],
    ] as const) {
      const err = configError({ [name]: value });
      expect(err.message, `${name}=${value}`).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
      // Settings can hold secrets (DATABASE_URL passwords): the message never echoes a value.
      expect(err.message).not.toContain(value);
    }
  });

  it('requires the OIDC settings together', () => {
    expect(configError({ OIDC_ISSUER: 'https://id.example.org' }).message).toMatch(/OIDC_CLIENT_ID/);
  });

  it('stops `tsx server/main.ts` with the variable name and a non-zero exit code', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: 'abc', APPRODO_SESSION_IDLE_MINUTES: '-5' };
    const result = await promisify(execFile)('npx', ['tsx', 'server/main.ts'], { cwd: ROOT, env, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/PORT/);
    expect(result.stderr).toMatch(/APPRODO_SESSION_IDLE_MINUTES/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
