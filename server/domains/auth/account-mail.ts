import type { AppContext } from '../../platform/context.js';
import type { Config } from '../../platform/config.js';
import { DomainError } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/i18n.js';

export interface MailRecipient {
  email: string;
  displayName: string;
  locale: string;
}

/** Messages about the account itself; each has `mail.<kind>_subject` and `mail.<kind>_body` keys. */
export type AccountMailKind = 'reset' | 'setup' | 'password_changed' | 'mfa_enabled' | 'mfa_disabled';

/**
 * The page that completes a reset. The token is in the #fragment: browsers never send it to the
 * server, so it stays out of access logs, proxies and Referer headers (ASVS 5.0 14.2.1).
 */
export function resetLink(config: Config, token: string): string {
  return `${config.publicUrl}/app/reset-password#token=${token}`;
}

/** Sends one account message in the recipient's own language. Throws MAIL_UNAVAILABLE on failure. */
export async function sendAccountMail(
  ctx: AppContext,
  to: MailRecipient,
  kind: AccountMailKind,
  params: Record<string, unknown> = {},
): Promise<void> {
  const values = { name: to.displayName, ...params };
  try {
    await ctx.mailer.send({
      to: to.email,
      subject: translate(to.locale, `mail.${kind}_subject`, values),
      text: translate(to.locale, `mail.${kind}_body`, values),
    });
  } catch (err) {
    // The SMTP error may quote the address: log only its class and code.
    ctx.log.error({ event: 'mail.failed', kind, err: { name: (err as Error).name, code: (err as { code?: string }).code } }, 'mail not sent');
    throw new DomainError('MAIL_UNAVAILABLE');
  }
}

/**
 * For notices sent after the change has been committed: a mail failure is logged but does not
 * turn a completed change into an error for the user.
 */
export async function sendNotice(ctx: AppContext, to: MailRecipient, kind: AccountMailKind): Promise<void> {
  await sendAccountMail(ctx, to, kind).catch(() => undefined);
}
