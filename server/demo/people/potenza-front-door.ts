import type { DemoFrontDoor } from './demo-people-types.js';
import type { NoticeParams } from './notice-texts.js';
import { POTENZA_PEOPLE } from './potenza-people.js';

// Potenza's Porte Sociali (TOGHETER: "punti di prossimità di prima accoglienza, distribuiti sul
// territorio cittadino"): real streets and neighbourhoods, approximate coordinates, invented house
// numbers, phones (555 block) and e-mail addresses on the demo domain. Funding streams are the
// real programmes the Comune draws on; descriptions and dates are demonstration data.

export const POTENZA_FRONT_DOOR: DemoFrontDoor = {
  accessPoints: [
    {
      key: 'centro', org: 'porta-sociale-centro', kind: 'porta_sociale', name: 'Porta Sociale Centro Storico (demo)', address: 'Via Pretoria 141, 85100 Potenza', lat: 40.6394, lon: 15.8032,
      hours: ['MO,TU,WE,TH,FR 09:00-13:00', 'TU,TH 15:00-18:00'], languages: ['it', 'en', 'fr', 'ar'], phone: '+39 0971 555 0100', email: 'porta.centro@potenza.demo.approdo.it',
      slotMinutes: 30, desks: 2, directoryLocation: 'Porta Sociale Centro Storico', operators: ['front_desk', 'case_worker'],
    },
    {
      key: 'bucaletto', org: 'porta-sociale-bucaletto', kind: 'porta_sociale', name: 'Porta Sociale Bucaletto (demo)', address: 'Via Bucaletto 40, 85100 Potenza', lat: 40.6337, lon: 15.8338,
      hours: ['MO,WE,FR 09:00-13:00', 'WE 15:00-18:00'], languages: ['it', 'en', 'fr', 'ar'], phone: '+39 0971 555 0110', email: 'porta.bucaletto@potenza.demo.approdo.it',
      directoryLocation: 'Porta Sociale Bucaletto', operators: ['case_worker'],
    },
    {
      key: 'cocuzzo', org: 'porta-sociale-cocuzzo', kind: 'porta_sociale', name: 'Porta Sociale Cocuzzo (demo)', address: 'Via Tirreno 58, 85100 Potenza', lat: 40.6492, lon: 15.7843,
      hours: ['TU,TH 09:00-13:00', 'MO 15:00-18:00'], languages: ['it', 'en', 'fr', 'ar', 'ur'], phone: '+39 0971 555 0120', email: 'porta.cocuzzo@potenza.demo.approdo.it',
      directoryLocation: 'Porta Sociale Cocuzzo', operators: [],
    },
    {
      key: 'macchia', org: 'porta-sociale-cocuzzo', kind: 'porta_sociale', name: 'Porta Sociale Macchia Romana (demo)', address: 'Viale dell’Ateneo Lucano 14, 85100 Potenza', lat: 40.6486, lon: 15.7985,
      hours: ['MO,TH 09:30-12:30', 'TU 15:00-18:00'], languages: ['it', 'en', 'fr'], phone: '+39 0971 555 0130', email: 'porta.macchiaromana@potenza.demo.approdo.it', slotMinutes: 45, operators: [],
    },
    {
      key: 'lucania', org: 'comune-potenza', kind: 'porta_sociale', name: 'Porta Sociale Rione Lucania (demo)', address: 'Via Nazario Sauro 102, 85100 Potenza', lat: 40.6426, lon: 15.7942,
      hours: ['MO,TU,WE,TH,FR 08:30-13:30', 'MO,WE 15:00-17:30'], languages: ['it', 'en', 'fr', 'ar', 'uk'], phone: '+39 0971 555 0140', email: 'porta.lucania@potenza.demo.approdo.it',
      slotMinutes: 20, desks: 3, directoryLocation: 'Servizi sociali — Ufficio di Piano', operators: ['front_desk'],
    },
  ],
  projects: [
    {
      code: 'TOGHETER-FNPM-2019', name: 'TOGHETER – FNPM 2019', startsOn: '2020-10-09',
      funder: 'Ministero del Lavoro e delle Politiche Sociali — DG dell’Immigrazione e delle Politiche di integrazione',
      fundingStream: 'Fondo nazionale per le politiche migratorie 2019 — inclusione di cittadini di Paesi terzi nelle aree urbane a maggiore vulnerabilità sociale',
      description:
        'Porte Sociali di prossimità; percorsi di inclusione sociale, lavorativa, abitativa e formativa di cittadini di Paesi terzi tra 15 e 65 anni, con attenzione alle donne vittime di tratta o di violenza e ai giovani NEET.',
    },
    {
      code: 'PON-INCLUSIONE-PAIS', name: 'PON Inclusione – PaIS', startsOn: '2020-01-01',
      funder: 'Ministero del Lavoro e delle Politiche Sociali',
      fundingStream: 'PON Inclusione (FSE) — Patti per l’inclusione sociale',
      description: 'Progetti personalizzati di inclusione sociale (PaIS) dei nuclei seguiti dal servizio sociale comunale: orientamento, tirocini, sostegno all’abitare.',
    },
    {
      code: 'FAMI-IMPACT', name: 'FAMI IMPACT', startsOn: '2020-03-01',
      funder: 'Ministero dell’Interno — Regione Basilicata',
      fundingStream: 'FAMI — Obiettivo specifico Integrazione/migrazione legale (progetto regionale IMPACT)',
      description: 'Integrazione dei migranti con politiche e azioni co-progettate sul territorio: mediazione interculturale, accesso ai servizi, scuola e lavoro.',
    },
  ],
  sharingPartner: 'mediazione-lucana',
  noticeLanguages: ['it', 'en', 'fr', 'ar'],
  people: POTENZA_PEOPLE,
  appointments: [
    { person: 'p01', ap: 'centro', day: 0, time: '09:30', purpose: 'Colloquio di orientamento al lavoro' },
    { person: 'p08', ap: 'centro', day: 0, time: '10:30', purpose: 'Rinnovo del permesso: documenti da portare' },
    { visitor: 'Signora Adaeze (primo accesso)', ap: 'centro', day: 0, time: '11:30', purpose: 'Primo colloquio' },
    { person: 'p27', ap: 'lucania', day: 0, time: '10:10', purpose: 'Iscrizione scolastica dei figli' },
    { person: 'p14', ap: 'centro', day: 1, time: '09:00', purpose: 'Incontro con la tutrice e la mediazione' },
    { person: 'p20', ap: 'lucania', day: 1, time: '09:10', purpose: 'Conversione del permesso per lavoro', reminder: 'email' },
    { person: 'p30', ap: 'bucaletto', day: 1, time: '09:30', purpose: 'Iscrizione al CPIA' },
    { visitor: 'Ahmed (segnalato dalla Caritas)', ap: 'lucania', day: 1, time: '11:10', purpose: 'Primo colloquio' },
  ],
  duplicates: [
    ['p02', 'p03'],
    ['p04', 'p05'],
  ],
};

export const POTENZA_NOTICE_PARAMS: Omit<NoticeParams, 'partner'> = {
  controller: 'Comune di Potenza',
  controllerAddress: 'Piazza Matteotti, 85100 Potenza',
  dpoEmail: 'rpd@potenza.demo.approdo.it',
  project: 'TOGHETER',
  partnerService: {
    it: 'offrirti la mediazione linguistico-culturale nei colloqui e presso gli altri servizi',
    en: 'provide you with language and cultural mediation in meetings and at other services',
    fr: 'vous offrir une médiation linguistique et culturelle lors des entretiens et auprès des autres services',
    ar: 'تقدّم لك الوساطة اللغوية والثقافية في اللقاءات ولدى الخدمات الأخرى',
  },
};
