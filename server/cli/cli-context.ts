import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { SystemActor } from '../platform/authz/actor.js';
import type { Platform } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { pendingMigrations } from '../platform/db/migrate.js';
import { findTenant } from '../domains/tenants/commands/create-tenant.js';

/** An expected failure: printed as its message alone (no stack trace), the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What every command gets: output, and the platform opened on first use (or the one a test passed in). */
export interface Cli extends CliIo {
  /** Set by a command that completes but must report a problem (audit verify). */
  exitCode: number;
  platform(opts?: { migrated?: boolean }): Promise<Platform>;
  ctx(): Promise<AppContext>;
  /** The operator acting inside a tenant; every CLI change is audited under the label 'cli'. */
  actor(tenantId: string): SystemActor;
  /** Tenant by slug or id, or a clear error. */
  tenant(idOrSlug: string): Promise<{ id: string; slug: string; name: string; settings: unknown }>;
}

export function makeCli(io: CliIo, open: () => Promise<Platform>): Cli {
  let opened: Promise<Platform> | null = null;
  let checked = false;
  const cli: Cli = {
    ...io,
    exitCode: 0,
    async platform({ migrated = true } = {}) {
      opened ??= open();
      const platform = await opened;
      if (migrated && !checked) {
        const pending = await pendingMigrations((q) => platform.ctx.pool.query(q));
        if (pending.length) {
          throw new CliError(`The database schema is not up to date (pending: ${pending.join(', ')}). Run \`approdo migrate\` first.`);
        }
        checked = true;
      }
      return platform;
    },
    async ctx() {
      return (await cli.platform()).ctx;
    },
    actor(tenantId) {
      return { kind: 'system', tenantId, label: 'cli', requestId: `cli-${randomUUID()}` };
    },
    async tenant(idOrSlug) {
      const t = await findTenant((await cli.ctx()).db, idOrSlug);
      if (!t) throw new CliError(`No tenant "${idOrSlug}" (give its slug or id; \`approdo tenant list\` shows them).`);
      return t;
    },
  };
  return cli;
}

/**
 * Validates options with the same zod schema the API uses; a bad value names the option it
 * came from (`names` maps schema fields to option flags).
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, names: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    const flag = names[field] ?? (field ? `--${field}` : 'arguments');
    return `  ${flag}: ${i.message}`;
  });
  throw new CliError(`Invalid arguments:\n${lines.join('\n')}`, 2);
}

/** Repeatable option (`--role a --role b`), also accepting a comma-separated list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}
