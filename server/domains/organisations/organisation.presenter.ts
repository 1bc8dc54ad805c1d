import type { OrganisationView } from '../../../common/schemas/organisations.js';
import type { OrganisationRow } from '../../platform/db/schema.js';

/** Explicit whitelist of what leaves the server about an organisation. */
export function presentOrganisation(o: OrganisationRow & { userCount?: number | string | null }): OrganisationView {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    kind: o.kind as OrganisationView['kind'],
    isLead: o.isLead,
    taxCode: o.taxCode,
    email: o.email,
    phone: o.phone,
    website: o.website,
    address: o.address,
    active: o.active,
    ...(o.userCount !== undefined && o.userCount !== null ? { userCount: Number(o.userCount) } : {}),
  };
}
