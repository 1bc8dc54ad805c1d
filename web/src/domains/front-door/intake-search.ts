import { useEffect, useState } from 'react';
import type { PersonMatch } from '../../../../common/schemas/people-views.js';
import { api, asApiError, query } from '../../app/api.js';

export interface SearchCriteria {
  name: string;
  birthYear: string;
  citizenship: string;
  phone: string;
}

export const EMPTY_CRITERIA: SearchCriteria = { name: '', birthYear: '', citizenship: '', phone: '' };

export interface SearchState {
  /** Whether enough was typed to search (a name of two letters, or a phone number). */
  ready: boolean;
  loading: boolean;
  items: PersonMatch[] | null;
  error: string | null;
  /** The criteria the shown items answer (the operator may have typed on since). */
  searchedFor: SearchCriteria | null;
  /** More people matched than were compared: a family name or birth year would narrow it. */
  truncated: boolean;
}

const DEBOUNCE_MS = 250;

function searchable(c: SearchCriteria): boolean {
  return c.name.trim().length >= 2 || c.phone.replace(/[^0-9]/g, '').length >= 6;
}

/**
 * Search before create, live: the registry is searched as the operator types (after a short
 * pause), so that the possible matches are on screen before the question "new person?" arises.
 */
export function useIntakeSearch(criteria: SearchCriteria): SearchState {
  const [state, setState] = useState<SearchState>({ ready: false, loading: false, items: null, error: null, searchedFor: null, truncated: false });
  const ready = searchable(criteria);
  const year = /^\d{4}$/.test(criteria.birthYear.trim()) ? criteria.birthYear.trim() : undefined;
  const path = ready
    ? `/api/people${query({ q: criteria.name.trim() || undefined, birthYear: year, citizenship: criteria.citizenship || undefined, phone: criteria.phone.trim() || undefined, limit: 10 })}`
    : null;
  useEffect(() => {
    if (!path) {
      setState({ ready: false, loading: false, items: null, error: null, searchedFor: null, truncated: false });
      return;
    }
    const ctrl = new AbortController();
    const snapshot = criteria;
    setState((s) => ({ ...s, ready: true, loading: true }));
    const timer = window.setTimeout(() => {
      api
        .get<{ mode: string; items: PersonMatch[]; truncated: boolean }>(path, { signal: ctrl.signal })
        .then((res) => setState({ ready: true, loading: false, items: res.items, error: null, searchedFor: snapshot, truncated: res.truncated }))
        .catch((err: unknown) => {
          if ((err as Error).name === 'AbortError') return;
          setState({ ready: true, loading: false, items: null, error: asApiError(err).message, searchedFor: null, truncated: false });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
    // The path says everything the search depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);
  return state;
}
