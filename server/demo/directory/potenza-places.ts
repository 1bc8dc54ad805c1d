import type { DemoDirLocation, DemoDirOrganisation } from './demo-directory-types.js';

// Potenza's demo directory: organisations and places. Streets and districts are Potenza's,
// coordinates approximate, house numbers and every contact detail invented (dati dimostrativi).

export const POTENZA_ORGANISATIONS: DemoDirOrganisation[] = [
  { key: 'comune', name: 'Comune di Potenza — Ufficio di Piano', approdoSlug: 'comune-potenza', description: 'Servizi sociali comunali e Ufficio di Piano di zona.', website: 'https://www.comune.potenza.it' },
  { key: 'ps-centro', name: 'Porta Sociale Centro Storico (demo)', approdoSlug: 'porta-sociale-centro', description: 'Porta sociale: primo accesso, orientamento e presa in carico leggera.' },
  { key: 'ps-bucaletto', name: 'Porta Sociale Bucaletto (demo)', approdoSlug: 'porta-sociale-bucaletto', description: 'Porta sociale del quartiere Bucaletto.' },
  { key: 'ps-cocuzzo', name: 'Porta Sociale Cocuzzo (demo)', approdoSlug: 'porta-sociale-cocuzzo', description: 'Porta sociale dei quartieri Cocuzzo e Poggio Tre Galli.' },
  { key: 'mediazione', name: 'Mediazione interculturale lucana (demo)', approdoSlug: 'mediazione-lucana', description: 'Mediatori linguistico-culturali per i servizi pubblici.' },
  { key: 'prefettura', name: 'Prefettura di Potenza — Sportello unico per l’immigrazione', description: 'Nulla osta al lavoro, ricongiungimento familiare, accordo di integrazione.' },
  { key: 'questura', name: 'Questura di Potenza', description: 'Ufficio immigrazione: permessi di soggiorno.' },
  { key: 'asp', name: 'Azienda Sanitaria Locale di Potenza (ASP Basilicata)', description: 'Servizi sanitari territoriali.' },
  { key: 'cpia', name: 'CPIA di Potenza', description: 'Istruzione degli adulti: italiano, licenza media, percorsi serali.' },
  { key: 'cpi', name: "Centro per l'impiego di Potenza", description: 'Servizi pubblici per il lavoro della Regione Basilicata.' },
  { key: 'cav', name: 'Centro antiviolenza Potenza (demo)', description: 'Ascolto e protezione per donne che subiscono violenza.' },
  { key: 'volontari', name: 'Scuola di italiano Lucania Accoglie (demo)', description: 'Associazione di volontariato: italiano e doposcuola.' },
  { key: 'solidale', name: 'Rete solidale potentina (demo)', description: 'Mensa, emporio, guardaroba e accoglienza notturna.' },
  { key: 'casa', name: 'Agenzia per la casa Basilicata (demo)', description: 'Orientamento all’affitto e alle case popolari.' },
  { key: 'digitale', name: 'Facilitazione digitale Potenza (demo)', description: 'Punti di facilitazione digitale di quartiere.' },
  { key: 'trasporti', name: 'Mobilità urbana Potenza (demo)', description: 'Bus urbani e scale mobili: biglietti e abbonamenti.' },
];

export const POTENZA_LOCATIONS: DemoDirLocation[] = [
  { key: 'municipio', org: 'comune', name: 'Palazzo di Città', address: 'Piazza Matteotti 1', postalCode: '85100', lat: 40.639_7, lon: 15.805_3, neighbourhood: 'Centro storico', transportation: 'Scale mobili Santa Lucia o Prima, poi 5 minuti a piedi.' },
  { key: 'servizi-sociali', org: 'comune', name: 'Servizi sociali — Ufficio di Piano', address: 'Via Nazario Sauro 102', postalCode: '85100', lat: 40.642_6, lon: 15.794_2, neighbourhood: 'Rione Lucania', accessibility: 'Ascensore.' },
  { key: 'ps-centro', org: 'ps-centro', name: 'Porta Sociale Centro Storico', address: 'Via Pretoria 141', postalCode: '85100', lat: 40.639_4, lon: 15.803_2, neighbourhood: 'Centro storico', accessibility: 'Ingresso con un gradino, campanello.' },
  { key: 'ps-bucaletto', org: 'ps-bucaletto', name: 'Porta Sociale Bucaletto', address: 'Via Bucaletto 40', postalCode: '85100', lat: 40.633_7, lon: 15.833_8, neighbourhood: 'Bucaletto', accessibility: 'Piano terra.' },
  { key: 'ps-cocuzzo', org: 'ps-cocuzzo', name: 'Porta Sociale Cocuzzo', address: 'Via Tirreno 58', postalCode: '85100', lat: 40.649_2, lon: 15.784_3, neighbourhood: 'Cocuzzo' },
  { key: 'ps-poggio', org: 'ps-cocuzzo', name: 'Antenna Poggio Tre Galli', address: 'Via Ciccotti 14', postalCode: '85100', lat: 40.646_8, lon: 15.791_9, neighbourhood: 'Poggio Tre Galli' },
  { key: 'mediazione', org: 'mediazione', name: 'Centro di mediazione', address: 'Corso XVIII Agosto 1860 n. 32', postalCode: '85100', lat: 40.639_9, lon: 15.806_4, neighbourhood: 'Centro storico' },
  { key: 'prefettura', org: 'prefettura', name: 'Palazzo del Governo — SUI', address: 'Piazza Mario Pagano 1', postalCode: '85100', lat: 40.638_9, lon: 15.804_5, neighbourhood: 'Centro storico' },
  { key: 'questura', org: 'questura', name: 'Questura — Ufficio immigrazione', address: 'Via Nazario Sauro 49', postalCode: '85100', lat: 40.641_8, lon: 15.796_3, neighbourhood: 'Rione Lucania' },
  { key: 'asp-consultorio', org: 'asp', name: 'Consultorio familiare', address: 'Via Torraca 2', postalCode: '85100', lat: 40.640_5, lon: 15.799_8, neighbourhood: 'Rione Lucania', accessibility: 'Accessibile.' },
  { key: 'asp-stp', org: 'asp', name: 'Ambulatorio STP/ENI — Poliambulatorio Madre Teresa di Calcutta', address: 'Via del Gallitello 101', postalCode: '85100', lat: 40.641_6, lon: 15.786_9, neighbourhood: 'Gallitello', accessibility: 'Accessibile, parcheggio riservato.' },
  { key: 'cpia', org: 'cpia', name: 'CPIA — sede centrale', address: 'Via Vaccaro 76', postalCode: '85100', lat: 40.645_1, lon: 15.806_0, neighbourhood: 'Santa Maria' },
  { key: 'cpia-bucaletto', org: 'cpia', name: 'CPIA — aula Bucaletto', address: 'Via Bucaletto 66', postalCode: '85100', lat: 40.634_2, lon: 15.834_9, neighbourhood: 'Bucaletto' },
  { key: 'cpi', org: 'cpi', name: "Centro per l'impiego", address: 'Viale del Basento 114', postalCode: '85100', lat: 40.631_2, lon: 15.793_0, neighbourhood: 'Gallitello' },
  { key: 'cav', org: 'cav', name: 'Centro antiviolenza — sportello', address: 'Via Mazzini 23', postalCode: '85100', lat: 40.640_9, lon: 15.802_6, neighbourhood: 'Centro storico' },
  // Casa rifugio: confidential, never geocoded, only for the protection permission.
  { key: 'casa-rifugio', org: 'cav', name: 'Casa rifugio (riservata)', address: 'Indirizzo riservato', postalCode: '85100', lat: null, lon: null, neighbourhood: null, confidential: true },
  { key: 'volontari-bucaletto', org: 'volontari', name: 'Scuola Lucania Accoglie — Bucaletto', address: 'Via Bucaletto 25', postalCode: '85100', lat: 40.633_2, lon: 15.832_5, neighbourhood: 'Bucaletto' },
  { key: 'volontari-macchia', org: 'volontari', name: 'Scuola Lucania Accoglie — Macchia Romana', address: 'Viale dell’Ateneo Lucano 10', postalCode: '85100', lat: 40.648_3, lon: 15.799_1, neighbourhood: 'Macchia Romana' },
  { key: 'mensa', org: 'solidale', name: 'Mensa e guardaroba', address: 'Via Pretoria 250', postalCode: '85100', lat: 40.638_6, lon: 15.800_4, neighbourhood: 'Centro storico' },
  { key: 'emporio', org: 'solidale', name: 'Emporio solidale', address: 'Via Appia 180', postalCode: '85100', lat: 40.644_0, lon: 15.812_7, neighbourhood: 'Rione Francioso' },
  { key: 'casa', org: 'casa', name: 'Sportello casa', address: 'Via Vaccaro 120', postalCode: '85100', lat: 40.646_2, lon: 15.807_3, neighbourhood: 'Santa Maria' },
  { key: 'digitale-macchia', org: 'digitale', name: 'Punto digitale Macchia Romana', address: 'Viale dell’Ateneo Lucano 18', postalCode: '85100', lat: 40.648_8, lon: 15.798_0, neighbourhood: 'Macchia Romana' },
  { key: 'digitale-cocuzzo', org: 'digitale', name: 'Punto digitale Cocuzzo', address: 'Via Tirreno 60', postalCode: '85100', lat: 40.649_4, lon: 15.784_0, neighbourhood: 'Cocuzzo' },
  { key: 'biglietteria', org: 'trasporti', name: 'Biglietteria bus e scale mobili', address: 'Viale Marconi 2', postalCode: '85100', lat: 40.636_4, lon: 15.802_0, neighbourhood: 'Centro storico' },
];
