import type { DemoDirLocation, DemoDirOrganisation } from './demo-directory-types.js';

// Aosta's demo directory: organisations and places. Streets are real streets of Aosta, coordinates
// approximate, house numbers and every contact detail invented (dati dimostrativi).

export const AOSTA_ORGANISATIONS: DemoDirOrganisation[] = [
  { key: 'comune', name: 'Comune di Aosta', approdoSlug: 'comune-aosta', description: 'Servizi sociali e sportelli del Comune.', website: 'https://www.comune.aosta.it' },
  { key: 'sorgente', name: 'La Sorgente', approdoSlug: 'la-sorgente', description: 'Cooperativa sociale capofila del progetto Sentirsi a casa.' },
  { key: 'esprit', name: "L'Esprit à l'envers", approdoSlug: 'esprit-a-l-envers', description: 'Cooperativa sociale: inserimento lavorativo e laboratori.' },
  { key: 'libellula', name: 'La Libellula', approdoSlug: 'la-libellula', description: 'Cooperativa sociale: servizi per donne e famiglie.' },
  { key: 'indaco', name: 'Indaco', approdoSlug: 'indaco', description: 'Cooperativa sociale: educativa territoriale e giovani.' },
  { key: 'enaip', name: "Enaip Vallée d'Aoste", approdoSlug: 'enaip-vda', description: 'Ente di formazione professionale.' },
  { key: 'questura', name: 'Questura di Aosta', description: 'Ufficio immigrazione: permessi di soggiorno.' },
  { key: 'usl', name: "Azienda USL della Valle d'Aosta", description: 'Servizio sanitario regionale.' },
  { key: 'cpia', name: 'CPIA — istruzione degli adulti di Aosta', description: 'Corsi di italiano e licenza media per adulti.' },
  { key: 'cpi', name: "Centro per l'impiego di Aosta", description: 'Servizi pubblici per il lavoro della Regione.' },
  { key: 'antiviolenza', name: 'Centro antiviolenza Aosta (demo)', description: 'Ascolto, accoglienza e protezione per donne che subiscono violenza.' },
  { key: 'scuola-popolare', name: 'Scuola di italiano Porte Aperte (demo)', description: 'Associazione di volontariato: italiano per stranieri.' },
  { key: 'caritas', name: 'Rete solidale diocesana (demo)', description: 'Centro di ascolto, empori solidali, accoglienza notturna.' },
  { key: 'sportello-casa', name: 'Agenzia sociale per la casa (demo)', description: 'Intermediazione per affitti e garanzie per i proprietari.' },
  { key: 'digitale', name: 'Punto digitale facile Valle d’Aosta (demo)', description: 'Facilitazione digitale: SPID, PagoPA, fascicolo sanitario.' },
  { key: 'svap', name: 'Trasporti urbani Aosta (demo)', description: 'Biglietteria e abbonamenti agevolati del trasporto urbano.' },
];

export const AOSTA_LOCATIONS: DemoDirLocation[] = [
  { key: 'municipio', org: 'comune', name: 'Municipio — Hôtel de Ville', address: 'Piazza Émile Chanoux 1', postalCode: '11100', lat: 45.737_2, lon: 7.319_8, neighbourhood: 'Centro storico', transportation: 'Bus urbani fermata Piazza Chanoux; 8 minuti a piedi dalla stazione.', accessibility: 'Ingresso accessibile da Via Xavier de Maistre.' },
  { key: 'servizi-sociali', org: 'comune', name: 'Servizi sociali comunali', address: 'Via Xavier de Maistre 19', postalCode: '11100', lat: 45.738_0, lon: 7.318_6, neighbourhood: 'Centro storico', accessibility: 'Ascensore, servizi igienici accessibili.' },
  { key: 'sorgente-sede', org: 'sorgente', name: 'La Sorgente — sportello Sentirsi a casa', address: 'Via Festaz 52', postalCode: '11100', lat: 45.739_4, lon: 7.316_2, neighbourhood: 'Centro storico', accessibility: 'Piano terra, senza gradini.' },
  { key: 'sorgente-cogne', org: 'sorgente', name: 'Spazio di quartiere Cogne', address: 'Via Roma 48', postalCode: '11100', lat: 45.733_9, lon: 7.308_4, neighbourhood: 'Quartiere Cogne' },
  { key: 'esprit-lab', org: 'esprit', name: 'Laboratori Esprit', address: 'Corso Battaglione Aosta 73', postalCode: '11100', lat: 45.736_1, lon: 7.306_0, neighbourhood: 'Quartiere Cogne', transportation: 'Bus linea 3, fermata Corso Battaglione.' },
  { key: 'libellula-sede', org: 'libellula', name: 'Casa delle famiglie', address: 'Via Torino 23', postalCode: '11100', lat: 45.735_2, lon: 7.322_7, neighbourhood: 'Centro storico', accessibility: 'Spazio allattamento e fasciatoio.' },
  { key: 'indaco-dora', org: 'indaco', name: 'Centro giovani Dora', address: 'Via Paravera 12', postalCode: '11100', lat: 45.735_6, lon: 7.333_5, neighbourhood: 'Quartiere Dora' },
  { key: 'enaip-sede', org: 'enaip', name: "Enaip — sede di Aosta", address: 'Viale Federico Chabod 78', postalCode: '11100', lat: 45.740_3, lon: 7.311_8, neighbourhood: 'Saint-Martin-de-Corléans', accessibility: 'Rampa di accesso e ascensore.' },
  { key: 'questura', org: 'questura', name: 'Questura — Ufficio immigrazione', address: 'Corso Battaglione Aosta 169', postalCode: '11100', lat: 45.737_3, lon: 7.300_9, neighbourhood: 'Saint-Martin-de-Corléans' },
  { key: 'usl-consultorio', org: 'usl', name: 'Consultorio familiare', address: 'Via Guido Rey 3', postalCode: '11100', lat: 45.738_9, lon: 7.314_9, neighbourhood: 'Centro storico', accessibility: 'Accessibile, ascensore.' },
  { key: 'usl-stp', org: 'usl', name: 'Ambulatorio STP/ENI — Ospedale Parini', address: 'Viale Ginevra 3', postalCode: '11100', lat: 45.740_7, lon: 7.313_3, neighbourhood: 'Centro storico' },
  { key: 'cpia-sede', org: 'cpia', name: 'CPIA — sede di Aosta', address: 'Via Torino 57', postalCode: '11100', lat: 45.735_0, lon: 7.324_9, neighbourhood: 'Centro storico' },
  { key: 'cpia-cogne', org: 'cpia', name: 'CPIA — aula Quartiere Cogne', address: 'Via Vuillerminaz 7', postalCode: '11100', lat: 45.733_4, lon: 7.307_1, neighbourhood: 'Quartiere Cogne' },
  { key: 'cpi', org: 'cpi', name: "Centro per l'impiego", address: 'Via Garin 1', postalCode: '11100', lat: 45.734_3, lon: 7.326_8, neighbourhood: 'Quartiere Dora', accessibility: 'Accessibile.' },
  { key: 'cav-sportello', org: 'antiviolenza', name: 'Centro antiviolenza — sportello di ascolto', address: 'Via Sant’Anselmo 24', postalCode: '11100', lat: 45.738_5, lon: 7.324_5, neighbourhood: 'Centro storico' },
  // Case rifugio: confidential, no address shown to anyone without the protection permission, never geocoded.
  { key: 'casa-rifugio-1', org: 'antiviolenza', name: 'Casa rifugio A (riservata)', address: 'Indirizzo riservato', postalCode: '11100', lat: null, lon: null, neighbourhood: null, confidential: true },
  { key: 'casa-rifugio-2', org: 'antiviolenza', name: 'Casa rifugio B — semiautonomia (riservata)', address: 'Indirizzo riservato', postalCode: '11100', lat: null, lon: null, neighbourhood: null, confidential: true },
  { key: 'scuola-popolare', org: 'scuola-popolare', name: 'Scuola Porte Aperte — sala parrocchiale', address: 'Via Roma 61', postalCode: '11100', lat: 45.734_2, lon: 7.307_6, neighbourhood: 'Quartiere Cogne' },
  { key: 'ascolto', org: 'caritas', name: 'Centro di ascolto', address: 'Via Croix de Ville 32', postalCode: '11100', lat: 45.738_2, lon: 7.317_2, neighbourhood: 'Centro storico' },
  { key: 'emporio', org: 'caritas', name: 'Emporio solidale', address: 'Corso Ivrea 133', postalCode: '11100', lat: 45.734_8, lon: 7.336_9, neighbourhood: 'Quartiere Dora' },
  { key: 'dormitorio', org: 'caritas', name: 'Accoglienza notturna', address: 'Via Chambéry 51', postalCode: '11100', lat: 45.738_1, lon: 7.307_9, neighbourhood: 'Saint-Martin-de-Corléans' },
  { key: 'casa', org: 'sportello-casa', name: 'Sportello casa', address: 'Piazza Arco d’Augusto 10', postalCode: '11100', lat: 45.737_6, lon: 7.329_2, neighbourhood: 'Quartiere Dora' },
  { key: 'biblioteca', org: 'digitale', name: 'Biblioteca regionale — punto digitale', address: 'Via Torre del Lebbroso 2', postalCode: '11100', lat: 45.738_7, lon: 7.321_5, neighbourhood: 'Centro storico', accessibility: 'Accessibile, postazioni ad altezza regolabile.' },
  { key: 'digitale-dora', org: 'digitale', name: 'Punto digitale Dora', address: 'Via Paravera 8', postalCode: '11100', lat: 45.735_8, lon: 7.333_1, neighbourhood: 'Quartiere Dora' },
  { key: 'biglietteria', org: 'svap', name: 'Biglietteria autostazione', address: 'Via Giorgio Carrel 1', postalCode: '11100', lat: 45.734_0, lon: 7.318_7, neighbourhood: 'Centro storico' },
  { key: 'borgnalle', org: 'indaco', name: 'Spazio comunitario Borgnalle', address: 'Regione Borgnalle 10', postalCode: '11100', lat: 45.740_6, lon: 7.305_9, neighbourhood: 'Borgnalle' },
];
