import type { PersonCreateInput } from '../../../common/schemas/people.js';
import { addDays, romeDayBounds, romeInstant } from '../../domains/contacts/rome-time.js';
import { takeSnapshot } from '../../domains/enrolments/status-snapshot.js';
import type { Tx } from '../../platform/db/database.js';
import type { DemoAccessPoint, DemoPerson } from './demo-people-types.js';
import type { DemoDates } from './demo-person-rows.js';

// What happened at the demo front doors: contacts (with the directory services suggested for the
// need), enrolments with their entry and exit snapshots (the enrolment domain's own snapshot
// function), and today's anonymous visits. Everything is derived from the people literals, so a
// re-seed tells the same story, moved to the current date.

export interface SeededAccessPoint {
  def: DemoAccessPoint;
  id: string;
  organisationId: string;
  /** The demo operator who records here: the front desk if assigned, else the case worker. */
  operatorId: string | null;
  caseWorkerId: string | null;
}

export interface SeededPerson {
  p: DemoPerson;
  index: number;
  id: string;
  body: PersonCreateInput;
  ap: SeededAccessPoint;
  registeredOn: string;
  registeredAt: Date;
}

const WALL_TIMES = ['09:20', '10:05', '10:40', '11:15', '12:00'];

/** The wall-clock moment of a day in Rome (a time that always exists: no DST change at these hours). */
export function romeAt(date: string, time: string): Date {
  return romeInstant(date, time)!;
}

export function registrationOf(index: number, since: number | undefined, d: DemoDates): { on: string; at: Date } {
  const on = addDays(d.today, -(since ?? 7 + ((index * 11) % 200)));
  return { on, at: romeAt(on, WALL_TIMES[index % WALL_TIMES.length]!) };
}

// What the operator told the person and the next step, by the first need (Italian: staff notes).
const NOTES: Record<string, [string, string]> = {
  language: ['Corsi di italiano del CPIA e della scuola di volontariato: orari e iscrizione.', 'Iscrizione al corso di italiano'],
  'work-training': ['Centro per l’impiego: iscrizione e patto di servizio; tirocini del progetto.', 'Bilancio di competenze con l’operatrice'],
  housing: ['Sportello casa e agenzia sociale per l’affitto; requisiti per le case popolari.', 'Accompagnamento allo sportello casa'],
  health: ['Iscrizione al Servizio sanitario nazionale o codice STP; consultorio familiare.', 'Prenotazione al consultorio'],
  'legal-documents': ['Rinnovo del permesso di soggiorno: kit postale, documenti da portare e tempi.', 'Controllare la ricevuta del rinnovo'],
  'anti-violence': ['Numero 1522 e sportello del centro antiviolenza.', 'Colloquio con il centro antiviolenza'],
  'family-childcare': ['Nidi e scuole dell’infanzia, assegno unico, spazio famiglie.', 'Domanda per il nido'],
  education: ['Licenza media al CPIA e riconoscimento dei titoli di studio esteri.', 'Appuntamento al CPIA'],
  'income-support': ['Assegno di inclusione, contributi comunali e bonus: requisiti e documenti.', 'Verifica dei requisiti con il servizio sociale'],
  community: ['Gruppi di donne, associazioni e attività del quartiere.', 'Partecipare al prossimo incontro del gruppo'],
  digital: ['SPID, PagoPA e fascicolo sanitario elettronico: punto di facilitazione digitale.', 'Appuntamento per lo SPID'],
  transport: ['Abbonamenti agevolati del trasporto urbano.', 'Richiesta dell’abbonamento agevolato'],
};

/** Active, public directory services per need code, a few each, for the "services suggested". */
export async function servicesByNeed(tx: Tx): Promise<Map<string, string[]>> {
  const rows = await tx
    .selectFrom('dirAttribute as a')
    .innerJoin('dirTaxonomyTerm as t', (j) => j.onRef('t.tenantId', '=', 'a.tenantId').onRef('t.id', '=', 'a.taxonomyTermId'))
    .innerJoin('dirService as s', (j) => j.onRef('s.tenantId', '=', 'a.tenantId').onRef('s.id', '=', 'a.linkId'))
    .select(['t.code', 's.id'])
    .where('a.linkEntity', '=', 'service')
    .where('a.linkType', '=', 'need')
    .where('s.confidential', '=', false)
    .where('s.status', '=', 'active')
    .orderBy('s.name')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.code!) ?? [];
    if (list.length < 3) list.push(r.id);
    out.set(r.code!, list);
  }
  return out;
}

type ContactRow = Record<string, unknown>;

/** Each person's contacts: the registration, visits to other doors, a follow-up call, today's visit. */
export function contactRows(tenantId: string, people: SeededPerson[], aps: Map<string, SeededAccessPoint>, services: Map<string, string[]>, d: DemoDates): ContactRow[] {
  const rows: ContactRow[] = [];
  const { start: todayStart } = romeDayBounds(d.today);
  let todayCount = 0;
  for (const s of people) {
    const need = s.p.needs[0]!;
    const [info, next] = NOTES[need] ?? ['Informazioni sui servizi del territorio.', 'Nuovo colloquio'];
    const base = { tenantId, personId: s.id, language: s.p.preferred, informationGiven: info };
    const channelAt = (ap: SeededAccessPoint) => (ap.def.kind === 'outreach' ? 'outreach' : 'in_person');
    const followUpDue = addDays(s.registeredOn, 14);
    rows.push({
      ...base,
      accessPointId: s.ap.id,
      organisationId: s.ap.organisationId,
      operatorId: s.ap.operatorId,
      occurredAt: s.registeredAt,
      channel: channelAt(s.ap),
      needs: s.p.needs,
      suggestedServiceIds: services.get(need) ?? [],
      outcome: 'registered',
      nextStep: next,
      nextStepDue: followUpDue,
      // Older follow-ups are done; a few recent ones are overdue (the reminders' material).
      nextStepDoneAt: followUpDue < addDays(d.today, -10) ? romeAt(addDays(s.registeredOn, 10), '10:00') : null,
      createdAt: s.registeredAt,
    });
    for (const [k, key] of (s.p.also ?? []).entries()) {
      const ap = aps.get(key)!;
      const on = addDays(s.registeredOn, 5 + 9 * k);
      if (on >= d.today) continue;
      rows.push({ ...base, accessPointId: ap.id, organisationId: ap.organisationId, operatorId: ap.operatorId, occurredAt: romeAt(on, '11:00'), channel: channelAt(ap), needs: s.p.needs.slice(-1), suggestedServiceIds: services.get(s.p.needs.at(-1)!) ?? [], outcome: 'oriented', createdAt: romeAt(on, '11:00') });
    }
    if (addDays(s.registeredOn, 30) < d.today) {
      const on = addDays(s.registeredOn, 30);
      const due = addDays(on, s.index % 4 === 0 ? 20 : 45);
      rows.push({ ...base, accessPointId: s.ap.id, organisationId: s.ap.organisationId, operatorId: s.ap.caseWorkerId ?? s.ap.operatorId, occurredAt: romeAt(on, '15:30'), channel: 'phone', needs: [need], outcome: 'referred', suggestedServiceIds: (services.get(need) ?? []).slice(0, 1), nextStep: next, nextStepDue: due, createdAt: romeAt(on, '15:30') });
    }
    if (s.index % 6 === 1 && s.registeredOn < d.today) {
      // Today's visits, already over when the seed runs (the day view of the front desk).
      const at = new Date(Math.max(todayStart.getTime() + (todayCount + 1) * 60_000, d.now.getTime() - (todayCount + 1) * 23 * 60_000));
      todayCount++;
      rows.push({ ...base, accessPointId: s.ap.id, organisationId: s.ap.organisationId, operatorId: s.ap.operatorId, occurredAt: at, channel: channelAt(s.ap), needs: s.p.needs, outcome: 'informed', suggestedServiceIds: services.get(need) ?? [], createdAt: at });
    }
  }
  return rows;
}

const ANONYMOUS: { gender: string; ageBand: string; citizenship: string; need: string }[] = [
  { gender: 'woman', ageBand: '30_54', citizenship: 'MA', need: 'legal-documents' },
  { gender: 'man', ageBand: '18_24', citizenship: 'GM', need: 'work-training' },
  { gender: 'woman', ageBand: '25_29', citizenship: 'NG', need: 'health' },
  { gender: 'man', ageBand: '30_54', citizenship: 'PK', need: 'housing' },
  { gender: 'woman', ageBand: '55_64', citizenship: 'UA', need: 'language' },
  { gender: 'not_declared', ageBand: '18_24', citizenship: 'ER', need: 'community' },
];

/** Anonymous contacts: people informed without a record, counted by gender, age band and citizenship. */
export function anonymousContactRows(tenantId: string, aps: SeededAccessPoint[], d: DemoDates): ContactRow[] {
  return ANONYMOUS.map((a, i) => {
    const ap = aps[i % aps.length]!;
    const on = addDays(d.today, -(i * 3 + 1));
    const at = romeAt(on, WALL_TIMES[i % WALL_TIMES.length]!);
    return {
      tenantId,
      personId: null,
      accessPointId: ap.id,
      organisationId: ap.organisationId,
      operatorId: ap.operatorId,
      occurredAt: at,
      channel: ap.def.kind === 'outreach' ? 'outreach' : i % 3 === 2 ? 'phone' : 'in_person',
      needs: [a.need],
      informationGiven: NOTES[a.need]![0],
      suggestedServiceIds: [],
      outcome: 'informed',
      anonymousProfile: JSON.stringify({ gender: a.gender, ageBand: a.ageBand, citizenship: a.citizenship }),
      createdAt: at,
    };
  });
}

const EXIT_AFTER_DAYS = 150;

/** Enrolments: entry snapshot on the entry day; closed ones with an exit snapshot and reason. */
export function enrolmentRows(tenantId: string, people: SeededPerson[], projectIds: Map<string, string>, d: DemoDates): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const s of people) {
    const b = s.body;
    const profile = {
      ageBand: b.ageBand ?? null,
      birthYear: b.birthYear ?? null,
      labourStatus: b.labourStatus ?? null,
      unemployedSince: b.unemployedSince ?? null,
      educationIsced: b.educationIsced ?? null,
      housingEthos: b.housingEthos ?? null,
    } as Parameters<typeof takeSnapshot>[0];
    const learning = s.p.needs.includes('language');
    s.p.projects.forEach((entry, j) => {
      const [code, exitReason] = typeof entry === 'string' ? [entry, null] : entry;
      const projectId = projectIds.get(code);
      if (!projectId) throw new Error(`demo person ${s.p.key}: unknown project ${code}`);
      let entryDate = addDays(s.registeredOn, 2 + 7 * j);
      if (entryDate > d.today) entryDate = d.today;
      const cefr = [{ language: 'it', level: learning ? ('pre_a1' as const) : ('A2' as const) }];
      const row: Record<string, unknown> = {
        tenantId,
        personId: s.id,
        projectId,
        organisationId: s.ap.organisationId,
        entryDate,
        entryStatus: JSON.stringify(takeSnapshot(profile, entryDate, cefr)),
        createdBy: s.ap.operatorId,
        createdAt: romeAt(entryDate, '12:30'),
      };
      if (exitReason) {
        let exitDate = addDays(entryDate, EXIT_AFTER_DAYS);
        if (exitDate > addDays(d.today, -7)) exitDate = addDays(d.today, -7);
        if (exitDate < entryDate) exitDate = entryDate;
        const working = exitReason === 'autonomy_reached' || exitReason === 'completed';
        row.exitDate = exitDate;
        row.exitReason = exitReason;
        row.exitStatus = JSON.stringify(takeSnapshot(profile, exitDate, [{ language: 'it', level: learning ? 'A1' : 'B1' }], working ? { labourStatus: 'employed' } : {}));
      }
      rows.push(row);
    });
  }
  return rows;
}
