import { z } from 'zod';
import { PERMISSIONS, ROLES, SCOPES } from '../permissions.js';

export const emailSchema = z.string().trim().toLowerCase().max(254).email();
export const passwordInput = z.string().min(1).max(1024);

export const loginBody = z
  .object({
    email: emailSchema,
    password: passwordInput,
    totp: z.string().trim().min(6).max(32).optional(),
  })
  .strict();

export const meResponse = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.partialRecord(z.enum(PERMISSIONS), z.enum(SCOPES)),
  organisation: z.object({ id: z.string().uuid(), name: z.string(), slug: z.string() }),
  tenant: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string() }),
  mfaEnabled: z.boolean(),
  mfaRequired: z.boolean(),
  sessionStage: z.enum(['full', 'mfa_setup']),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof meResponse>;

export const loginResponse = z.object({ user: meResponse, csrfToken: z.string() });
export const sessionResponse = z.object({ user: meResponse, csrfToken: z.string() });
