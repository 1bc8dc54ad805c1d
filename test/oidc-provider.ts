import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

export interface TestIdentity {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the provider knows, by subject; edit to change what it says about a user. */
  accounts: Map<string, TestIdentity>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (npm oidc-provider, with its development login and consent
 * pages) on a free loopback port, with one confidential client whose redirect URI is `redirectUri`.
 */
export async function startOidcProvider(redirectUri: string): Promise<OidcTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'approdo-test';
  const clientSecret = 'a-client-secret-long-enough-for-hs256-signing-000000';
  const accounts = new Map<string, TestIdentity>();
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: (_ctx, id) => {
      const who = accounts.get(id);
      return who ? { accountId: id, claims: () => ({ sub: id, ...who }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-cookie-signing-key-0123456789'] },
    pkce: { required: () => true },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test' }] },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the browser at the provider: follows redirects by hand, keeps its cookies, and fills in
 * the development login (as `accountId`) and consent forms, until the provider redirects to a URL
 * starting with `stopAt` (our callback), which it returns. With `abort`, cancels at the login form.
 */
export async function signInAtProvider(authorizationUrl: string, accountId: string, stopAt: string, opts: { abort?: boolean } = {}): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      const v = value.join('=');
      if (!v || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name!.trim());
      else jar.set(name!.trim(), v);
    }
  };
  let url = authorizationUrl;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(stopAt)) return url;
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
    keep(res);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
    if (res.status !== 200 || !action || !prompt) throw new Error(`unexpected answer ${res.status} at ${url}`);
    if (opts.abort) {
      url = new URL(`${action}/abort`, url).href;
      continue;
    }
    const form: Record<string, string> = prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt };
    const post = await fetch(new URL(action.replace(/&amp;/g, '&'), url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
    keep(post);
    if (post.status < 300 || post.status >= 400) throw new Error(`form refused: ${post.status}`);
    url = new URL(post.headers.get('location')!, url).href;
  }
  throw new Error('too many redirects at the provider');
}
