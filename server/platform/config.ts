import path from 'node:path';
import { z } from 'zod';

// Every setting comes from the environment and is validated once at start-up:
// a bad value stops the process with a message naming the variable.
const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_APP_URL: z.string().url().optional(),
  APPRODO_DATA_DIR: z.string().min(1).default('./data'),
  APPRODO_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  APPRODO_DEMO: bool.default(true),
  APPRODO_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  APPRODO_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  APPRODO_COOKIE_SECURE: bool.default(true),
  APPRODO_TLS: bool.default(false),
  APPRODO_TRUST_PROXY: bool.default(false),
  APPRODO_METRICS_TOKEN: z.string().min(16).optional(),
  APPRODO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APPRODO_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Uploaded files (scanned signatures): the bytes live here, their metadata in stored_file.
  APPRODO_FILES_DIR: z.string().min(1).optional(),
  // Background jobs (reminders, upkeep) run every this many minutes; 0 = none on this instance.
  APPRODO_JOBS_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  // Map tiles of the public finder, e.g. https://tile.example.org/{z}/{x}/{y}.png ({s} allowed in
  // the host). Unset: no tile server is ever contacted; the map draws the comune outline only.
  APPRODO_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[a-z0-9.{}-]+(:\d+)?\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/i, 'a tile URL template with {z}, {x} and {y}')
    .optional(),
  APPRODO_TILE_ATTRIBUTION: z.string().max(300).default(''),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Approdo <no-reply@approdo.localhost>'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).default('SPID / CIE'),
  // Claim holding the user's e-mail, used to link an identity to an account on its first sign-in.
  OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
  // Space-separated acr values the provider must assert (e.g. SPID level 2 and 3); unset: trust the provider as configured.
  OIDC_ACR_VALUES: z.string().min(1).optional(),
});

export type Config = z.infer<typeof configSchema> & {
  embedded: boolean;
  publicUrl: string;
  oidcEnabled: boolean;
  /** APPRODO_FILES_DIR, or `files/` under the data directory. */
  filesDir: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const oidcParts = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcParts !== 0 && oidcParts !== 3) {
    throw new ConfigError(
      'Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    );
  }
  return {
    ...c,
    embedded: !c.DATABASE_URL,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    oidcEnabled: oidcParts === 3,
    filesDir: path.resolve(c.APPRODO_FILES_DIR ?? path.join(c.APPRODO_DATA_DIR, 'files')),
  };
}
