import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages.js';
import { CONTENT_LANGUAGES } from './directory.js';
import { AGE_BANDS, APPOINTMENT_STATUSES, CONTACT_CHANNELS, CONTACT_OUTCOMES, GENDERS, REMINDER_CHANNELS } from './people-vocabulary.js';

// Staff API of the front door: contacts (with a person or anonymous), suggested services, the
// operator's day view, appointment slots and bookings. Cross-field rules (a next-step date needs
// a next step, a reminder needs an address...) are checked by the commands, which answer with a
// field error naming the field.

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const languageCode = z.string().regex(/^[a-z]{2,3}$/);
const needCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

/** Languages reminders are written in: the staff app's, whose locale files hold the texts. */
export const REMINDER_LANGUAGES = UI_LANGUAGES.map((l) => l.code) as ['it', 'en', 'fr', 'ar'];

const contactFields = {
  /** When the contact happened; now when absent. */
  occurredAt: instant.optional(),
  /** Where; when absent, the access point the operator works at if there is exactly one. */
  accessPointId: uuid.nullable().optional(),
  channel: z.enum(CONTACT_CHANNELS),
  /** Codes of the needs taxonomy (the directory's). */
  needs: z.array(needCode).max(20).optional(),
  informationGiven: text(5000).optional(),
  /** Public services of the directory suggested to the person. */
  suggestedServiceIds: z.array(uuid).max(20).optional(),
  outcome: z.enum(CONTACT_OUTCOMES),
  nextStep: text(1000).optional(),
  nextStepDue: isoDate.nullable().optional(),
  /** Language the contact was held in. */
  language: languageCode.nullable().optional(),
};
export const contactBody = z.object(contactFields).strict();
export type ContactInput = z.infer<typeof contactBody>;

/** What an anonymous contact is counted by: never who the person is. */
export const anonymousProfile = z
  .object({ gender: z.enum(GENDERS).optional(), ageBand: z.enum(AGE_BANDS).optional(), citizenship: z.string().regex(/^[A-Z]{2}$/).optional() })
  .strict();
export const anonymousContactBody = z.object({ ...contactFields, anonymousProfile: anonymousProfile.optional() }).strict();
export type AnonymousContactInput = z.infer<typeof anonymousContactBody>;
export const contactPatch = z.object({ nextStepDone: z.boolean() }).strict();
export const contactIdParam = z.object({ id: uuid }).strict();

export const contactView = z.object({
  id: uuid,
  personId: uuid.nullable(),
  accessPointId: uuid.nullable(),
  accessPointName: z.string().nullable(),
  organisationId: uuid,
  organisationName: z.string(),
  operatorName: z.string().nullable(),
  occurredAt: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  needs: z.array(z.string()),
  informationGiven: z.string(),
  suggestedServiceIds: z.array(uuid),
  outcome: z.enum(CONTACT_OUTCOMES),
  nextStep: z.string(),
  nextStepDue: z.string().nullable(),
  nextStepDoneAt: z.string().nullable(),
  language: z.string().nullable(),
  anonymousProfile: anonymousProfile.nullable(),
  createdAt: z.string(),
});
export type ContactView = z.infer<typeof contactView>;

export const suggestionsQuery = z
  .object({
    /** Comma-separated need codes: housing,health. */
    needs: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}(,[a-z0-9][a-z0-9-]{0,39}){0,9}$/),
    /** Language of the names (a public finder language). Read from the raw query: the platform takes `lang` for itself. */
    lang: z.enum(CONTENT_LANGUAGES).optional(),
    /** Sort by distance from this access point, when it has coordinates. */
    accessPoint: uuid.optional(),
  })
  .strict();
export const suggestionView = z.object({
  id: uuid,
  name: z.string(),
  /** The language `name` is in (Italian when the directory has no translation). */
  nameLanguage: z.string(),
  organisation: z.string(),
  needs: z.array(z.string()),
  distanceMetres: z.number().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  free: z.boolean(),
});
export const suggestionsView = z.object({ lang: z.string(), items: z.array(suggestionView), printUrl: z.string().nullable() });

/** A person as the day view and appointments show them: the name only to who reaches the record. */
export const personRef = z.object({ id: uuid.nullable(), code: z.string().nullable(), displayName: z.string().nullable(), reachable: z.boolean() });

export const dayQuery = z.object({ date: isoDate.optional() }).strict();
export const dayContact = z.object({
  id: uuid,
  occurredAt: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  needs: z.array(z.string()),
  outcome: z.enum(CONTACT_OUTCOMES),
  anonymous: z.boolean(),
  anonymousProfile: anonymousProfile.nullable(),
  person: personRef.nullable(),
  /** Only for people the viewer reaches. */
  informationGiven: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDue: z.string().nullable(),
  operatorName: z.string().nullable(),
});
export const dayAppointment = z.object({
  id: uuid,
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  purpose: z.string(),
  person: personRef.nullable(),
  visitorName: z.string().nullable(),
  version: z.number().int(),
});
export const dayView = z.object({
  accessPoint: z.object({ id: uuid, name: z.string() }),
  date: z.string(),
  contacts: z.array(dayContact),
  appointments: z.array(dayAppointment),
  totals: z.object({ contacts: z.number().int(), anonymousContacts: z.number().int(), appointments: z.number().int() }),
});

export const slotsQuery = z.object({ date: isoDate.optional() }).strict();
export const slotView = z.object({ startsAt: z.string(), endsAt: z.string(), time: z.string(), capacity: z.number().int(), booked: z.number().int(), free: z.number().int() });
export const slotsView = z.object({ accessPointId: uuid, date: z.string(), slotMinutes: z.number().int(), items: z.array(slotView) });

export const appointmentBody = z
  .object({
    accessPointId: uuid,
    /** Start of a free slot (GET /api/access-points/{id}/slots). */
    startsAt: instant,
    /** A registered person the booker reaches, or else `visitorName`. */
    personId: uuid.optional(),
    visitorName: text(200).min(1).optional(),
    purpose: text(500).optional(),
    reminderChannel: z.enum(REMINDER_CHANNELS).optional(),
    /** E-mail address or phone number, as the channel requires. */
    reminderTo: text(254).optional(),
    reminderLanguage: z.enum(REMINDER_LANGUAGES).optional(),
  })
  .strict();
export type AppointmentInput = z.infer<typeof appointmentBody>;
export const appointmentPatch = z.object({ status: z.enum(['attended', 'missed', 'cancelled']) }).strict();
export const appointmentIdParam = z.object({ id: uuid }).strict();
export const appointmentView = z.object({
  id: uuid,
  accessPointId: uuid,
  accessPointName: z.string(),
  person: personRef.nullable(),
  visitorName: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  purpose: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  reminderChannel: z.enum(REMINDER_CHANNELS),
  reminderTo: z.string().nullable(),
  reminderLanguage: z.string().nullable(),
  reminderSentAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type AppointmentView = z.infer<typeof appointmentView>;
