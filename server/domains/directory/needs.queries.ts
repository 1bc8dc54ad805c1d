import type { NeedTermView } from '../../../common/schemas/directory-views.js';
import type { Tx } from '../../platform/db/database.js';
import { NEEDS_TAXONOMY, NEEDS_TERMS } from './needs-taxonomy.js';
import { fromStoredTranslations } from './translations.js';

const SHIPPED_ORDER = new Map(NEEDS_TERMS.map((t, i) => [t.code, i]));

/** The tenant's needs terms: the shipped ones in their order, then the tenant's own by name. */
export async function listNeedTerms(tx: Tx) {
  const rows = await tx
    .selectFrom('dirTaxonomyTerm as t')
    .innerJoin('dirTaxonomy as x', (j) => j.onRef('x.id', '=', 't.taxonomyId'))
    .select(['t.id', 't.code', 't.name', 't.translations'])
    .where('x.uri', '=', NEEDS_TAXONOMY.uri)
    .execute();
  const rank = (code: string | null) => SHIPPED_ORDER.get(code ?? '') ?? NEEDS_TERMS.length;
  return rows.sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, 'it'));
}

type TermRow = Awaited<ReturnType<typeof listNeedTerms>>[number];

export function presentNeedTerm(t: TermRow): NeedTermView {
  return { id: t.id, code: t.code ?? '', name: t.name, translations: fromStoredTranslations(t.translations) };
}
