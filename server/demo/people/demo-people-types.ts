import type { DISADVANTAGES, ETHOS_CATEGORIES, LABOUR_STATUSES, RESIDENCE_PERMIT_TYPES, WEEKDAYS } from '../../../common/schemas/people-vocabulary.js';
import type { PersonCreateInput } from '../../../common/schemas/people.js';
import type { NeedCode } from '../directory/demo-directory-types.js';

// The shape of the demo front doors (Aosta, Potenza): compact literals that seed-demo-people.ts
// turns into rows. Everything here is invented demonstration data: names of real streets and
// real funding programmes, but no real person, phone number or e-mail address.

export interface DemoAccessPoint {
  key: string;
  /** Slug of the Approdo organisation running it (server/demo/demo-data.ts). */
  org: string;
  kind: 'porta_sociale' | 'sportello' | 'outreach';
  name: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  /** "MO,WE,FR 09:00-12:30", Europe/Rome wall-clock. */
  hours: string[];
  languages: string[];
  phone: string;
  email: string;
  slotMinutes?: number;
  desks?: number;
  /** Name of the demo directory location of the same place (shown on the public finder). */
  directoryLocation?: string;
  /** Demo roles working here (front_desk, case_worker). */
  operators: ('front_desk' | 'case_worker')[];
}

export interface DemoProject {
  code: string;
  name: string;
  funder: string;
  fundingStream: string;
  description: string;
  startsOn: string;
}

type Permit = (typeof RESIDENCE_PERMIT_TYPES)[number];

export interface DemoConsentOverrides {
  /** Purposes the person refused (default: given where the legal basis is consent). */
  refused?: ('sharing' | 'contact' | 'photos' | 'research')[];
  /** The purpose whose consent the person later withdrew. */
  withdrawn?: 'sharing' | 'contact' | 'photos' | 'research';
  /** A minor's guardian, who decided with them. */
  guardian?: { name: string; relation: 'parent' | 'legal_guardian' | 'foster_carer'; document?: string };
  /** Mediator or interpreter who explained the notices (default: read in the person's language). */
  explainedBy?: string;
}

export interface DemoPerson {
  key: string;
  given?: string;
  family?: string;
  /** The same names in their original script. */
  givenOrig?: string;
  familyOrig?: string;
  aliases?: string[];
  gender: 'woman' | 'man' | 'non_binary' | 'not_declared';
  /** Birth year, or full date YYYY-MM-DD. */
  born: number | string;
  estimated?: boolean;
  citizenship: string;
  birthPlace?: string;
  languages: string[];
  /** Preferred language; an interpreter is noted when it is none of it/en/fr. */
  preferred: string;
  interpreterGender?: 'any' | 'woman' | 'man';
  phone?: string;
  email?: string;
  /** Permit type and days until it expires (negative: expired). */
  permit?: [Permit, number | null];
  labour?: (typeof LABOUR_STATUSES)[number];
  unemployedMonths?: number;
  isced?: number;
  foreignQualification?: { title: string; recognised?: boolean };
  housing?: (typeof ETHOS_CATEGORIES)[number];
  household?: PersonCreateInput['household'];
  disability?: 'yes' | 'no' | 'not_declared';
  disadvantages?: (typeof DISADVANTAGES)[number][];
  needs: NeedCode[];
  /** Access point where the person was registered; `also` are the others they came to. */
  ap: string;
  also?: string[];
  /** Projects enrolled in: code, or [code, exit reason] for a closed enrolment. */
  projects: (string | [string, 'completed' | 'autonomy_reached' | 'dropped_out' | 'moved_away'])[];
  /** Days since the first contact (default from the person's position in the list). */
  since?: number;
  /** Assigned to the demo case worker (team reach). */
  caseWorker?: boolean;
  consents?: DemoConsentOverrides;
}

export interface DemoAppointment {
  /** Person key, or a visitor name for someone not registered yet. */
  person?: string;
  visitor?: string;
  ap: string;
  /** 0 today, 1 tomorrow. */
  day: 0 | 1;
  time: string;
  purpose: string;
  /** By e-mail only: no SMS provider is built in (docs/people.md). */
  reminder?: 'email';
}

export interface DemoFrontDoor {
  accessPoints: DemoAccessPoint[];
  projects: DemoProject[];
  /** Slug of the partner organisation the sharing notice names. */
  sharingPartner: string;
  /** Languages the notices are written in (Italian first). */
  noticeLanguages: string[];
  people: DemoPerson[];
  appointments: DemoAppointment[];
  /** Pairs of person keys typed twice (a transliteration variant), for the duplicates screen. */
  duplicates: [string, string][];
}

export type Weekday = (typeof WEEKDAYS)[number];
