import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isUiLanguage, type UiLanguage } from '../../../common/i18n/languages.js';
import type { Permission } from '../../../common/permissions.js';
import type { Me } from '../../../common/schemas/auth.js';
import { api, ApiError, onSessionLost, setCsrfToken } from './api.js';
import { currentLanguage, i18n, rememberLanguage } from './i18n.js';

export interface SessionPayload {
  user: Me;
  csrfToken: string;
}

/** Why the user is on the sign-in page: shown there as a calm notice. */
export type SignInNotice = 'signedOut' | 'sessionExpired' | 'passwordChanged' | 'passwordReset';

interface SessionValue {
  status: 'loading' | 'anonymous' | 'signedIn';
  me: Me | null;
  notice: SignInNotice | null;
  signedIn(payload: SessionPayload): void;
  signOut(): Promise<void>;
  /** Forget the session locally (the server already ended it). */
  ended(notice: SignInNotice): void;
  refresh(): Promise<Me | null>;
  updateMe(me: Me): void;
  changeLanguage(lang: UiLanguage): Promise<void>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionValue['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [notice, setNotice] = useState<SignInNotice | null>(null);

  // A language picked on the sign-in page is the person's latest choice: it is saved to the
  // account at sign-in. Otherwise the account's language wins over the device's.
  const pickedWhileAnonymous = useRef<UiLanguage | null>(null);

  const adopt = useCallback((payload: SessionPayload) => {
    setCsrfToken(payload.csrfToken);
    setStatus('signedIn');
    setNotice(null);
    const picked = pickedWhileAnonymous.current;
    pickedWhileAnonymous.current = null;
    if (picked && picked !== payload.user.locale) {
      setMe({ ...payload.user, locale: picked });
      api.patch<Me>('/api/me', { locale: picked }).then(setMe, () => undefined);
      return;
    }
    setMe(payload.user);
    if (isUiLanguage(payload.user.locale) && payload.user.locale !== currentLanguage()) {
      void i18n.changeLanguage(payload.user.locale);
      rememberLanguage(payload.user.locale);
    }
  }, []);

  const ended = useCallback((why: SignInNotice) => {
    setCsrfToken(null);
    setMe(null);
    setStatus('anonymous');
    setNotice(why);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const payload = await api.get<SessionPayload>('/api/auth/session', { quiet401: true });
      adopt(payload);
      return payload.user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setCsrfToken(null);
        setMe(null);
        setStatus('anonymous');
        return null;
      }
      throw err;
    }
  }, [adopt]);

  useEffect(() => {
    onSessionLost((code) => ended(code === 'AUTH_SESSION_EXPIRED' ? 'sessionExpired' : 'signedOut'));
    refresh().catch(() => setStatus('anonymous'));
    return () => onSessionLost(null);
  }, [refresh, ended]);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', {}, { quiet401: true });
    } finally {
      ended('signedOut');
    }
  }, [ended]);

  const changeLanguage = useCallback(
    async (lang: UiLanguage) => {
      rememberLanguage(lang);
      await i18n.changeLanguage(lang);
      if (!me) pickedWhileAnonymous.current = lang;
      if (me && me.locale !== lang) {
        const updated = await api.patch<Me>('/api/me', { locale: lang });
        setMe(updated && typeof updated === 'object' && 'id' in updated ? updated : { ...me, locale: lang });
      }
    },
    [me],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status,
      me,
      notice,
      signedIn: adopt,
      signOut,
      ended,
      refresh,
      updateMe: setMe,
      changeLanguage,
      can: (p) => !!me?.permissions[p],
    }),
    [status, me, notice, adopt, signOut, ended, refresh, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
