import { AOSTA_PEOPLE } from './aosta-people.js';
import type { DemoFrontDoor } from './demo-people-types.js';
import type { NoticeParams } from './notice-texts.js';

// Aosta's front doors of "Sentirsi a casa": the project's sportello at La Sorgente (the lead
// partner) and the outreach team that "intercepts early" women at risk of isolation in the
// neighbourhoods. Real streets, approximate coordinates, invented contact details (555 block,
// demo domain). The funding streams are the project's; descriptions and dates are demonstration data.

export const AOSTA_FRONT_DOOR: DemoFrontDoor = {
  accessPoints: [
    {
      key: 'sorgente', org: 'la-sorgente', kind: 'sportello', name: 'Sportello Sentirsi a casa — La Sorgente (demo)', address: 'Via Festaz 52, 11100 Aosta', lat: 45.7394, lon: 7.3162,
      hours: ['MO,WE 09:00-12:30', 'TH 14:00-17:30', 'FR 09:00-12:00'], languages: ['it', 'fr', 'en', 'ar', 'uk'], phone: '+39 0165 555 0100', email: 'sentirsiacasa@aosta.demo.approdo.it',
      slotMinutes: 30, desks: 2, directoryLocation: 'La Sorgente — sportello Sentirsi a casa', operators: ['front_desk', 'case_worker'],
    },
    {
      key: 'prossimita', org: 'la-sorgente', kind: 'outreach', name: 'Équipe di prossimità Sentirsi a casa (demo)', address: 'Via Roma 48, 11100 Aosta (punto di ritrovo)', lat: 45.7339, lon: 7.3084,
      hours: ['TU 09:00-12:00', 'SA 10:00-12:30'], languages: ['it', 'fr', 'ar', 'en'], phone: '+39 0165 555 0110', email: 'prossimita@aosta.demo.approdo.it',
      slotMinutes: 60, directoryLocation: 'Spazio di quartiere Cogne', operators: ['front_desk', 'case_worker'],
    },
  ],
  projects: [
    {
      code: 'SENTIRSI-A-CASA-FNPM-2019', name: 'Sentirsi a casa – FNPM 2019', startsOn: '2022-12-02',
      funder: 'Ministero del Lavoro e delle Politiche Sociali — DG dell’Immigrazione e delle Politiche di integrazione',
      fundingStream: 'Fondo nazionale per le politiche migratorie 2019 — inclusione di cittadini di Paesi terzi nelle aree urbane a maggiore vulnerabilità sociale',
      description:
        'Empowerment delle donne di Paesi terzi: intercettare presto isolamento ed emarginazione, mutuo aiuto tra donne, conciliazione tra lavoro e cura della famiglia, casa e lavoro. Capofila La Sorgente, con L’Esprit à l’envers, La Libellula, Indaco ed Enaip Vallée d’Aoste.',
    },
    {
      code: 'VDA-COFIN-INCLUSIONE', name: 'Sentirsi a casa – cofinanziamento regionale', startsOn: '2023-01-01',
      funder: 'Regione Autonoma Valle d’Aosta',
      fundingStream: 'Fondi regionali per le politiche sociali e l’integrazione (cofinanziamento)',
      description: 'Cofinanziamento regionale di laboratori, servizi di conciliazione e accompagnamento all’abitare per le partecipanti del progetto.',
    },
  ],
  sharingPartner: 'enaip-vda',
  noticeLanguages: ['it', 'fr', 'en', 'ar', 'uk'],
  people: AOSTA_PEOPLE,
  appointments: [
    { person: 'a05', ap: 'sorgente', day: 0, time: '09:00', purpose: 'Bilancio di competenze' },
    { person: 'a12', ap: 'sorgente', day: 0, time: '10:00', purpose: 'Iscrizione al corso di italiano B1' },
    { person: 'a21', ap: 'sorgente', day: 0, time: '11:30', purpose: 'Accompagnamento alla ricerca della casa' },
    { visitor: 'Signora Hanane (inviata dal consultorio)', ap: 'sorgente', day: 1, time: '09:30', purpose: 'Primo colloquio' },
    { person: 'a01', ap: 'sorgente', day: 1, time: '10:30', purpose: 'Laboratorio di cucito: iscrizione' },
    { person: 'a27', ap: 'prossimita', day: 1, time: '10:00', purpose: 'Visita al centro diurno con l’équipe' },
    { person: 'a24', ap: 'sorgente', day: 1, time: '11:30', purpose: 'SPID e fascicolo sanitario', reminder: 'email' },
  ],
  duplicates: [
    ['a01', 'a02'],
    ['a03', 'a04'],
  ],
};

export const AOSTA_NOTICE_PARAMS: Omit<NoticeParams, 'partner'> = {
  controller: 'Comune di Aosta',
  controllerAddress: 'Piazza Émile Chanoux 1, 11100 Aosta',
  dpoEmail: 'rpd@aosta.demo.approdo.it',
  project: 'Sentirsi a casa',
  partnerService: {
    it: 'iscriverti ai suoi corsi di formazione e accompagnarti nella ricerca di lavoro',
    en: 'enrol you in its training courses and support you in looking for work',
    fr: 'vous inscrire à ses formations et vous accompagner dans votre recherche d’emploi',
    ar: 'تسجّلك في دوراتها التدريبية وترافقك في البحث عن عمل',
    uk: 'записати вас на свої навчальні курси й допомогти в пошуку роботи',
  },
};
