import { useTranslation } from 'react-i18next';
import type { NeedTermView } from '../../../../common/schemas/directory-views.js';
import { useApi } from '../../app/use-api.js';
import { needName } from '../directory/ServiceTable.js';

/**
 * The needs taxonomy of the directory (the same codes services are tagged with), named in the UI
 * language: what a person asks for at the front door is matched to services by these codes.
 */
export function useNeeds() {
  const { i18n } = useTranslation();
  const { data, error } = useApi<{ items: NeedTermView[] }>('/api/directory/needs');
  const items = data?.items ?? [];
  const name = (code: string) => {
    const term = items.find((n) => n.code === code);
    return term ? needName(term, i18n.language) : code;
  };
  return { items, options: items.map((n) => ({ value: n.code, label: needName(n, i18n.language) })), name, error: error?.message ?? null };
}
