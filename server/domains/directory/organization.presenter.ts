import type { OrganizationView } from '../../../common/schemas/directory-views.js';
import type { DirOrganizationRow } from './organizations.queries.js';
import { fromStoredTranslations } from './translations.js';

/** Explicit whitelist of what leaves the server about a directory organisation. */
export function presentDirOrganization(o: DirOrganizationRow & { serviceCount?: string | number | null }): OrganizationView {
  return {
    id: o.id,
    name: o.name,
    alternateName: o.alternateName,
    description: o.description,
    email: o.email,
    website: o.website,
    taxStatus: o.taxStatus,
    taxId: o.taxId,
    yearIncorporated: o.yearIncorporated,
    legalStatus: o.legalStatus,
    uri: o.uri,
    parentOrganizationId: o.parentOrganizationId,
    approdoOrganisationId: o.approdoOrganisationId,
    translations: fromStoredTranslations(o.translations),
    ...(o.serviceCount !== undefined && o.serviceCount !== null ? { serviceCount: Number(o.serviceCount) } : {}),
    updatedAt: o.updatedAt.toISOString(),
  };
}
