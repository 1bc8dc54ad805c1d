import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Mailer } from './mail/mailer.js';

/** What every route module and command needs; built once in server/main.ts (or in tests). */
export interface AppContext {
  config: Config;
  db: Db;
  pool: pg.Pool;
  log: Logger;
  mailer: Mailer;
}
