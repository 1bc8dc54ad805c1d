import type { ServiceListItem, ServiceView } from '../../../common/schemas/directory-views.js';
import { presentLocation } from './location.presenter.js';
import type { FullLocationRow } from './locations.queries.js';
import type { ChildKey } from './service-children.js';
import type { ServiceExtras, ServiceRow } from './services.queries.js';
import { fromStoredTranslations } from './translations.js';

type ListRow = Pick<
  ServiceRow,
  'id' | 'name' | 'organizationId' | 'organizationName' | 'status' | 'publicationState' | 'confidential' | 'needs' | 'lastVerifiedAt' | 'nextCheckDue' | 'overdue' | 'updatedAt'
>;

/** Explicit whitelist of a service in lists. */
export function presentServiceListItem(s: ListRow): ServiceListItem {
  return {
    id: s.id,
    name: s.name,
    organization: { id: s.organizationId, name: s.organizationName },
    status: s.status as ServiceListItem['status'],
    publicationState: s.publicationState as ServiceListItem['publicationState'],
    confidential: s.confidential,
    needs: s.needs ?? [],
    lastVerifiedAt: s.lastVerifiedAt ? s.lastVerifiedAt.toISOString() : null,
    nextCheckDue: s.nextCheckDue,
    overdue: !!s.overdue,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** Explicit whitelist of the full service, with its parts, locations and change history. */
export function presentService(s: ServiceRow, children: Record<ChildKey, unknown[]>, locations: FullLocationRow[], extras: ServiceExtras): ServiceView {
  return {
    ...presentServiceListItem(s),
    alternateName: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    interpretationServices: s.interpretationServices,
    applicationProcess: s.applicationProcess,
    feesDescription: s.feesDescription,
    fees: s.fees,
    waitTime: s.waitTime,
    accreditations: s.accreditations,
    licenses: s.licenses,
    eligibilityDescription: s.eligibilityDescription,
    alert: s.alert,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    acceptsReferrals: s.acceptsReferrals,
    targetGroups: s.targetGroups as ServiceView['targetGroups'],
    residencePermitRequirement: s.residencePermitRequirement as ServiceView['residencePermitRequirement'],
    interpretationAvailable: s.interpretationAvailable,
    childcareAvailable: s.childcareAvailable,
    womenOnly: s.womenOnly,
    freeOfCharge: s.freeOfCharge,
    translations: fromStoredTranslations(s.translations),
    verifiedBy: extras.verifier ? { id: extras.verifier.id, displayName: extras.verifier.displayName } : null,
    phones: children.phones as ServiceView['phones'],
    schedules: children.schedules as ServiceView['schedules'],
    languages: children.languages as string[],
    requiredDocuments: children.requiredDocuments as ServiceView['requiredDocuments'],
    costOptions: children.costOptions as ServiceView['costOptions'],
    locations: locations.map(presentLocation),
    pendingChangeId: extras.pendingChangeId,
    openReports: extras.openReports,
    history: extras.history.map((h) => ({
      date: h.lastActionDate.toISOString(),
      action: h.lastActionType,
      field: h.fieldName,
      previousValue: h.previousValue,
      replacementValue: h.replacementValue,
      updatedBy: h.displayName ?? h.updatedBy,
    })),
    createdAt: s.createdAt.toISOString(),
  };
}
