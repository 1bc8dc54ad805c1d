import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  readonly transport: 'smtp' | 'outbox';
}

/**
 * SMTP when SMTP_URL is set. Without it (a laptop demo) messages are written as .eml files to
 * `<data dir>/outbox/`, so that password-reset links can still be followed; nothing is lost silently.
 */
export function createMailer(config: Config): Mailer {
  if (config.SMTP_URL) {
    const transporter = nodemailer.createTransport(config.SMTP_URL);
    return {
      transport: 'smtp',
      async send(mail) {
        await transporter.sendMail({ from: config.MAIL_FROM, ...mail });
      },
    };
  }
  const dir = path.resolve(config.APPRODO_DATA_DIR, 'outbox');
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    transport: 'outbox',
    async send(mail) {
      const info = await transporter.sendMail({ from: config.MAIL_FROM, ...mail });
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
    },
  };
}
