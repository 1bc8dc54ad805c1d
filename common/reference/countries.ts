import table from './istat-states.json' with { type: 'json' };

// Countries as the person record stores them: ISO 3166-1 alpha-2 (what screens and exchanges use)
// beside the ISTAT state code (what Italian statistical and registry returns ask for). The table,
// its source and its limits: istat-states.json.

export interface IstatState {
  iso: string;
  istat: string;
  /** ISTAT's Italian name; screens label countries from the ISO code in the user's language. */
  name: string;
}

export const ISTAT_STATES: readonly IstatState[] = table.states;

const BY_ISO = new Map(ISTAT_STATES.map((s) => [s.iso, s]));
const BY_ISTAT = new Map(ISTAT_STATES.map((s) => [s.istat, s]));

/** ISO alpha-2 codes with an ISTAT state code (XX: stateless, XK: Kosovo). */
export const COUNTRY_CODES: readonly string[] = ISTAT_STATES.map((s) => s.iso);

export function isKnownCountry(iso: string): boolean {
  return BY_ISO.has(iso);
}

/** ISTAT state code of an ISO alpha-2 code ('MA' → '436'), or null when the table has none. */
export function istatStateCode(iso: string): string | null {
  return BY_ISO.get(iso)?.istat ?? null;
}

export function isoFromIstat(istat: string): string | null {
  return BY_ISTAT.get(istat)?.iso ?? null;
}

/**
 * ISTAT municipality codes (codice comune) are six digits: province (3) + progressive (3). Checked
 * by format only: the list changes every year with mergers, and a stale list would refuse real
 * addresses.
 */
export function isIstatMunicipalityCode(code: string): boolean {
  return /^[0-9]{6}$/.test(code);
}
