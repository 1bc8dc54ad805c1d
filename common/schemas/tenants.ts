import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages.js';

/** First path segments the server uses itself: the public finder lives at /{tenant}, so no tenant may take these. */
export const RESERVED_TENANT_SLUGS = ['app', 'api', 'hsds', 'healthz', 'readyz', 'metrics', 'assets'] as const;

export const tenantSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$/)
  .refine((s) => !(RESERVED_TENANT_SLUGS as readonly string[]).includes(s), { message: 'reserved' });
export const tenantSettingsSchema = z
  .object({
    languages: z.array(z.enum(UI_LANGUAGES.map((l) => l.code) as [string, ...string[]])).min(1).max(20).optional(),
    logoUrl: z.string().url().max(500).nullable().optional(),
    fundingStreams: z
      .array(z.object({ code: z.string().trim().regex(/^[A-Z0-9-]{2,40}$/), name: z.string().trim().min(2).max(200) }).strict())
      .max(50)
      .optional(),
    /** Months between re-checks of a directory service (default 6). */
    verificationMonths: z.number().int().min(1).max(36).optional(),
    demo: z.boolean().optional(),
  })
  .strict();

export const tenantCreateInput = z
  .object({ slug: tenantSlugSchema, name: z.string().trim().min(2).max(200), settings: tenantSettingsSchema.default({}) })
  .strict();

export const tenantView = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  settings: tenantSettingsSchema,
});

export const tenantPatch = z
  .object({ name: z.string().trim().min(2).max(200).optional(), settings: tenantSettingsSchema.omit({ demo: true }).optional() })
  .strict();
