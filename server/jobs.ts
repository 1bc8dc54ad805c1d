import { auditPartitionUpkeepJob } from './platform/audit/partition-upkeep.js';
import { sweepOrphanFiles } from './platform/files/stored-files.js';
import type { Job } from './platform/jobs/scheduler.js';
import { followUpJob, permitExpiryJob } from './domains/notifications/reminder-jobs.js';
import { sendDueAppointmentReminders } from './domains/contacts/appointment-reminders.js';

/** Uploaded files whose transaction never committed (no stored_file row): removed after a day. */
const orphanFilesJob: Job = {
  name: 'orphan-files',
  everyMinutes: 24 * 60,
  run: (ctx) => sweepOrphanFiles(ctx, 24 * 3600_000),
};

/** Appointment reminders by e-mail/SMS (server/domains/contacts): claims make it safe on several instances. */
const appointmentRemindersJob: Job = { name: 'appointment-reminders', run: (ctx, now) => sendDueAppointmentReminders(ctx, now) };

/** Every background job, in one place (started by server/main.ts through the platform). */
export function backgroundJobs(): Job[] {
  return [auditPartitionUpkeepJob, orphanFilesJob, permitExpiryJob, followUpJob, appointmentRemindersJob];
}
