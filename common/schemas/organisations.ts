import { z } from 'zod';

export const ORGANISATION_KINDS = ['municipality', 'cooperative', 'association', 'training_body', 'public_body', 'other'] as const;
export const slugSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$/);

export const organisationBody = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(2).max(200),
    kind: z.enum(ORGANISATION_KINDS),
    isLead: z.boolean().default(false),
    taxCode: z.string().trim().regex(/^[0-9A-Z]{11,16}$/).nullable().optional(),
    email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
    phone: z.string().trim().regex(/^[+0-9 ()-]{5,25}$/).nullable().optional(),
    website: z.string().trim().url().max(300).nullable().optional(),
    address: z.string().trim().max(300).nullable().optional(),
  })
  .strict();
export const organisationPatch = organisationBody.partial().extend({ active: z.boolean().optional() }).strict();

export const organisationView = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  isLead: z.boolean(),
  taxCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  userCount: z.number().int().optional(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const idParam = z.object({ id: z.string().trim().min(1).max(100) }).strict();
