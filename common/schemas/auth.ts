import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages.js';
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

// --- Password reset and change -------------------------------------------------------------

export const forgotPasswordBody = z.object({ email: emailSchema }).strict();
export const forgotPasswordResponse = z.object({}).strict();

/** The token travels in the link's #fragment; the page posts it here with the new password. */
export const resetPasswordBody = z
  .object({
    token: z.string().trim().min(20).max(200),
    password: passwordInput,
  })
  .strict();

export const changePasswordBody = z
  .object({
    currentPassword: passwordInput,
    newPassword: passwordInput,
  })
  .strict();

// --- Profile ---------------------------------------------------------------------------------

export const mePatchBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(UI_LANGUAGES.map((l) => l.code) as [string, ...string[]]).optional(),
  })
  .strict();

// --- Two-step verification (TOTP) -----------------------------------------------------------

export const mfaSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** A standalone SVG document of the otpauth:// QR code, to show without inline scripts. */
  qrSvg: z.string(),
});

/** A current 6-digit code from the authenticator app. */
export const mfaCodeBody = z.object({ code: z.string().trim().min(6).max(32) }).strict();

/** Ten one-time recovery codes like `abcd-efgh-jk`, shown once. */
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()).length(10) });

// --- Single sign-on --------------------------------------------------------------------------

export const providersResponse = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
