import { z } from 'zod';
import { ROLES } from '../permissions.js';
import { UI_LANGUAGES } from '../i18n/languages.js';
import { emailSchema } from './auth.js';

const localeEnum = z.enum(UI_LANGUAGES.map((l) => l.code) as [string, ...string[]]);

export const userCreateBody = z
  .object({
    email: emailSchema,
    displayName: z.string().trim().min(1).max(200),
    organisationId: z.string().uuid(),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    locale: localeEnum.default('it'),
    password: z.string().max(1024).optional(),
  })
  .strict();

export const userPatchBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    organisationId: z.string().uuid().optional(),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
    locale: localeEnum.optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .strict();

export const userListQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    organisationId: z.string().uuid().optional(),
    role: z.enum(ROLES).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict();

export const userView = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.enum(ROLES)),
  organisation: z.object({ id: z.string().uuid(), name: z.string(), slug: z.string() }),
  mfaEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const userListResponse = z.object({ items: z.array(userView), total: z.number().int() });
