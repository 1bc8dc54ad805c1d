import type { z } from 'zod';
import type { tenantView } from '../../../common/schemas/tenants.js';
import type { TenantRow } from '../../platform/db/schema.js';

export function presentTenant(t: TenantRow): z.infer<typeof tenantView> {
  const s = t.settings ?? {};
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    settings: {
      languages: s.languages ?? ['it'],
      logoUrl: s.logoUrl ?? null,
      fundingStreams: s.fundingStreams ?? [],
      demo: (s as { demo?: boolean }).demo ?? false,
    },
  };
}
