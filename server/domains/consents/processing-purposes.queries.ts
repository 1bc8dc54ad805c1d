import { DEFAULT_LEGAL_BASES } from '../../../common/schemas/consents.js';
import { CONSENT_PURPOSES } from '../../../common/schemas/people-vocabulary.js';
import type { Tx } from '../../platform/db/database.js';
import type { ConsentPurpose, LegalBasis } from '../../platform/db/people-schema.js';

export interface PurposeBasis {
  purpose: ConsentPurpose;
  legalBasis: LegalBasis;
  isDefault: boolean;
}

/** The tenant's legal basis for every purpose; the defaults where it has not chosen one. */
export async function listLegalBases(tx: Tx): Promise<PurposeBasis[]> {
  const rows = await tx.selectFrom('processingPurpose').select(['purpose', 'legalBasis']).execute();
  const chosen = new Map(rows.map((r) => [r.purpose, r.legalBasis]));
  return CONSENT_PURPOSES.map((purpose) => {
    const legalBasis = chosen.get(purpose);
    return { purpose, legalBasis: legalBasis ?? DEFAULT_LEGAL_BASES[purpose], isDefault: legalBasis === undefined };
  });
}

export async function legalBasisOf(tx: Tx, purpose: ConsentPurpose): Promise<LegalBasis> {
  const row = await tx.selectFrom('processingPurpose').select('legalBasis').where('purpose', '=', purpose).executeTakeFirst();
  return row?.legalBasis ?? DEFAULT_LEGAL_BASES[purpose];
}
