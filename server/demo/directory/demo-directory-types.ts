import type { TARGET_GROUPS } from '../../../common/schemas/directory.js';

// The shape of the demo directories (Aosta, Potenza): compact literals that seed-demo-directory.ts
// turns into HSDS rows. Everything here is demonstration data; the seeder marks every description.

/** Need codes of the shipped taxonomy (server/domains/directory/needs-taxonomy.ts). */
export type NeedCode =
  | 'language'
  | 'work-training'
  | 'housing'
  | 'health'
  | 'legal-documents'
  | 'anti-violence'
  | 'family-childcare'
  | 'education'
  | 'income-support'
  | 'community'
  | 'digital'
  | 'transport';

/** Languages a demo entry is translated into, besides Italian. */
export type DemoLang = 'en' | 'fr' | 'ar' | 'es' | 'uk';
/** [name, description] in one language. */
export type DemoText = [string, string];

export interface DemoDirOrganisation {
  key: string;
  /** Invented organisations carry "(demo)" in the name; real public bodies keep their real name. */
  name: string;
  description: string;
  /** Slug of the Approdo organisation of the demo tenant this entry describes (server/demo/demo-data.ts). */
  approdoSlug?: string;
  website?: string;
  email?: string;
}

export interface DemoDirLocation {
  key: string;
  org: string;
  name: string;
  /** Street and number; real streets of the city, invented numbers where needed. */
  address: string;
  postalCode: string;
  /** Approximate coordinates; null for confidential shelters, which are never geocoded. */
  lat: number | null;
  lon: number | null;
  neighbourhood: string | null;
  confidential?: boolean;
  transportation?: string;
  accessibility?: string;
}

export interface DemoDirService {
  key: string;
  org: string;
  locations: string[];
  needs: NeedCode[];
  name: string;
  description: string;
  tr: Partial<Record<DemoLang, DemoText>>;
  /** ISO 639 codes of the languages spoken. */
  languages: string[];
  /** Weekly opening hours: "MO,WE,FR 09:00-12:30". */
  hours: string[];
  phone: string;
  email?: string;
  targetGroups?: (typeof TARGET_GROUPS)[number][];
  free?: boolean;
  womenOnly?: boolean;
  childcare?: boolean;
  interpretation?: boolean;
  referrals?: boolean;
  permit?: 'none' | 'any_permit' | 'valid_permit' | 'not_required_emergency';
  documents?: string[];
  eligibility?: string;
  /** Days since the last verification: over ~180 makes the service overdue for a re-check. */
  verifiedDaysAgo: number;
  status?: 'active' | 'temporarily closed';
  confidential?: boolean;
  /** HSDS service area names (the whole comune, a district). */
  areas?: string[];
  minAge?: number;
  maxAge?: number;
}

export interface DemoDirectory {
  city: string;
  province: string;
  organisations: DemoDirOrganisation[];
  locations: DemoDirLocation[];
  services: DemoDirService[];
}
