import type { AppContext } from '../../platform/context.js';
import type { Mailer } from '../../platform/mail/mailer.js';

// How appointment reminders leave Approdo: one sender per channel, behind one small interface so
// that an installation can plug in its own provider.
// - e-mail goes through the platform mailer (SMTP, or the outbox directory without SMTP_URL);
// - SMS: Approdo ships NO SMS provider. The SMS sender below is a placeholder that says it is not
//   configured, so booking an SMS reminder is refused with a clear error (nobody is told a text
//   message will arrive when none can) and the reminder job leaves SMS reminders alone. To send
//   SMS, implement ReminderSender for a provider (its HTTP API, credentials from the config) and
//   return it from `reminderSenders`.

export interface ReminderMessage {
  /** E-mail address or phone number. */
  to: string;
  subject: string;
  text: string;
}

export interface ReminderSender {
  readonly channel: 'email' | 'sms';
  /** False when the channel cannot deliver anything on this installation. */
  readonly configured: boolean;
  send(message: ReminderMessage): Promise<void>;
}

export type ReminderSenders = Record<'email' | 'sms', ReminderSender>;

export function emailReminderSender(mailer: Mailer): ReminderSender {
  return {
    channel: 'email',
    configured: true,
    send: (m) => mailer.send({ to: m.to, subject: m.subject, text: m.text }),
  };
}

/** The SMS channel of an installation without an SMS provider (the default): refuses to send. */
export const unconfiguredSmsSender: ReminderSender = {
  channel: 'sms',
  configured: false,
  async send() {
    throw new Error('No SMS provider is configured');
  },
};

export function reminderSenders(ctx: AppContext): ReminderSenders {
  return { email: emailReminderSender(ctx.mailer), sms: unconfiguredSmsSender };
}
