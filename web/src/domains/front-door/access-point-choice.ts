import { useCallback, useMemo, useState } from 'react';
import type { AccessPointView } from '../../../../common/schemas/access-points.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';

// The access point the operator is working at today. Operators assigned to one or more see those;
// the choice is remembered on this device (per user), because a desk is usually the same all day.

function storageKey(userId: string): string {
  return `approdo.accessPoint.${userId}`;
}

function stored(userId: string | undefined): string | null {
  if (!userId) return null;
  try {
    return window.localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

export interface AccessPointChoice {
  /** The points offered: the user's own, or every active one when the user works at none. */
  items: AccessPointView[];
  mine: boolean;
  selected: AccessPointView | null;
  select(id: string): void;
  loading: boolean;
  error: string | null;
}

export function useAccessPointChoice(): AccessPointChoice {
  const { me } = useSession();
  const mine = useApi<{ items: AccessPointView[] }>('/api/access-points/mine');
  const noneOfMine = mine.data !== null && mine.data.items.length === 0;
  // Only roles reaching the whole tenant (coordinators) work at any access point without being assigned.
  const everywhere = me?.permissions['person.write'] === 'tenant';
  const all = useApi<{ items: AccessPointView[] }>(noneOfMine && everywhere ? '/api/access-points?active=true' : null);
  const [picked, setPicked] = useState<string | null>(() => stored(me?.id));
  const items = useMemo(() => (noneOfMine ? (all.data?.items ?? []) : (mine.data?.items ?? [])), [noneOfMine, all.data, mine.data]);
  const selected = items.find((a) => a.id === picked) ?? items[0] ?? null;
  const select = useCallback(
    (id: string) => {
      setPicked(id);
      try {
        if (me) window.localStorage.setItem(storageKey(me.id), id);
      } catch {
        // Storage refused (private browsing): the choice lasts for this page.
      }
    },
    [me],
  );
  return {
    items,
    mine: !noneOfMine,
    selected,
    select,
    loading: mine.loading || all.loading,
    error: mine.error?.message ?? all.error?.message ?? null,
  };
}
