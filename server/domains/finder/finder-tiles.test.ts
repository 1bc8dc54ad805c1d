import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ConfigError, loadConfig } from '../../platform/config.js';
import { createTenant } from '../tenants/commands/create-tenant.js';

const TILES = 'https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png';
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv({ APPRODO_TILE_URL: TILES, APPRODO_TILE_ATTRIBUTION: '© Example contributors' });
  await createTenant(env.platform.ctx.db, { slug: 'potenza', name: 'Comune di Potenza', settings: {} }, 'test');
});
afterAll(() => env?.close());

describe('map tiles', () => {
  it('are off by default: the CSP allows images from this origin only', () => {
    expect(loadConfig({}).APPRODO_TILE_URL).toBeUndefined();
    expect(() => loadConfig({ APPRODO_TILE_URL: 'javascript:alert(1)' })).toThrow(ConfigError);
    expect(() => loadConfig({ APPRODO_TILE_URL: 'https://tiles.example.org/no-placeholders.png' })).toThrow(ConfigError);
  });

  it('when configured, reach the map page and the CSP names their host (and nothing else changes)', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/potenza/map?hl=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`data-tiles="${TILES}"`);
    expect(res.body).toContain('data-attribution="© Example contributors"');
    expect(res.body).toMatch(/data-outline="\/assets\/finder\/outline-potenza\.[0-9a-f]{10}\.json"/);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("img-src 'self' data: https://*.tiles.example.org;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    const outline = await env.app.inject({ method: 'GET', url: /data-outline="([^"]+)"/.exec(res.body)![1]! });
    expect(outline.json().features[0].properties.approximate).toBe(true);
  });
});
