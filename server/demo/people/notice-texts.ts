import { markDemo } from '../directory/demo-vocabulary.js';
import { NOTICE_EN, NOTICE_FR } from './notice-texts-en-fr.js';
import { NOTICE_AR, NOTICE_UK } from './notice-texts-ar-uk.js';

// The demo information notices (GDPR Art. 13), one per purpose, in every language of the demo
// tenant. Written in plain language for the person at the desk: who holds the data, what for, on
// which legal basis, who receives it, how long it is kept, the rights and how to use them. The
// legal basis paragraph follows the tenant's choice for the purpose (processing_purpose), so that
// the notice and the record never disagree. The DPO address is a placeholder, marked as such.

export type NoticePurpose = 'service_delivery' | 'sharing' | 'contact' | 'photos' | 'research';
export type NoticeBasis = 'consent' | 'public_task';
export type NoticeLang = 'it' | 'en' | 'fr' | 'ar' | 'uk';

export interface NoticeParams {
  /** "Comune di Potenza", with the address of the town hall. */
  controller: string;
  controllerAddress: string;
  /** Placeholder DPO address of the demo tenant. */
  dpoEmail: string;
  project: string;
  /** The partner organisation the sharing notice names, and what it does, per language. */
  partner: string;
  partnerService: Partial<Record<NoticeLang, string>>;
}

/** One language's building blocks; `p` fills in the tenant's names. */
export interface NoticeLanguage {
  title: Record<NoticePurpose, (p: NoticeParams) => string>;
  what: Record<NoticePurpose, (p: NoticeParams, service: string) => string>;
  basis: Record<NoticeBasis, string>;
  /** Said only when the basis is consent: refusing changes nothing to the help received. */
  optional: string;
  retention: Record<NoticePurpose, string>;
  controller: (p: NoticeParams) => string;
  rights: string;
  demo: string;
}

const NOTICE_IT: NoticeLanguage = {
  title: {
    service_delivery: (p) => `Informativa — accoglienza e orientamento (${p.project})`,
    sharing: (p) => `Informativa — condivisione dei dati con ${p.partner}`,
    contact: () => 'Informativa — essere contattati',
    photos: () => 'Informativa — foto e video delle attività',
    research: () => 'Informativa — ricerca e valutazione del progetto',
  },
  what: {
    service_delivery: (p) =>
      `Perché trattiamo i tuoi dati: per accoglierti, informarti e accompagnarti ai servizi del territorio nel progetto ${p.project}. Registriamo il tuo nome (o un nome con cui chiamarti), i contatti, la tua situazione (documenti, lavoro, casa, studio, famiglia), i bisogni che ci racconti e i colloqui con noi. Dati sulla salute, sulla disabilità o su situazioni di vulnerabilità li registriamo solo se servono per aiutarti, e li vede solo il personale autorizzato.\n\nChi vede i dati: gli operatori del Comune e degli enti partner che gestiscono gli sportelli, tenuti alla riservatezza, e il fornitore informatico che gestisce il sistema per conto del Comune. I dati restano nell'Unione europea. Ai finanziatori del progetto (Ministero, Unione europea) diamo solo numeri anonimi.\n\nNon sei obbligato a darci tutti i dati: senza nome possiamo comunque informarti, ma non possiamo seguire il tuo percorso nel tempo.`,
    sharing: (p, service) =>
      `Cosa chiediamo: di poter comunicare a ${p.partner}, ente partner del progetto, il tuo nome, i tuoi contatti e le informazioni necessarie perché possa ${service}. Comunichiamo solo quello che serve per questo scopo. Se revochi il consenso, da quel momento non condividiamo più nulla.`,
    contact: () =>
      'Cosa chiediamo: di poterti chiamare, mandare SMS, e-mail o messaggi per ricordarti gli appuntamenti, avvisarti di attività e corsi e chiederti come va. Usiamo solo i contatti che ci hai dato.',
    photos: () =>
      'Cosa chiediamo: di poter fare foto e video durante le attività di gruppo (laboratori, feste, corsi) in cui potresti comparire, e di usarli per documentare il progetto ai finanziatori e per farlo conoscere (sito, social, materiale stampato). Non scriviamo mai accanto alla tua immagine nulla sulla tua storia o sulla tua situazione.',
    research: () =>
      "Cosa chiediamo: di partecipare a interviste o questionari per valutare se il progetto funziona, condotti dal Comune o da un ente di ricerca che lavora per suo conto ed è tenuto alla riservatezza. Le tue risposte sono separate dal tuo nome (pseudonimizzate) e i risultati si pubblicano solo in forma aggregata: nessuno potrà riconoscerti.",
  },
  basis: {
    public_task:
      "Base giuridica: svolgimento di compiti di interesse pubblico del Comune nei servizi sociali (art. 6, par. 1, lett. e) del Regolamento UE 2016/679 - GDPR, legge 328/2000); per i dati sulla salute e sulle vulnerabilità, motivi di interesse pubblico rilevante (art. 9, par. 2, lett. g) GDPR e art. 2-sexies del Codice privacy).",
    consent: 'Base giuridica: il tuo consenso (art. 6, par. 1, lett. a) del Regolamento UE 2016/679 - GDPR).',
  },
  optional: 'Il consenso è facoltativo: se non lo dai, ricevi comunque tutti i servizi e l’aiuto di cui hai bisogno.',
  retention: {
    service_delivery:
      'Per quanto tempo: per la durata del tuo percorso e poi per il tempo richiesto dai controlli sui fondi che finanziano il progetto (di norma fino a 5 anni dalla chiusura dei conti del programma); dopo, i dati vengono cancellati o resi anonimi.',
    sharing: 'Per quanto tempo: l’ente partner tiene i dati per la durata del servizio che ti offre, poi li cancella. Noi conserviamo la registrazione del tuo consenso.',
    contact: 'Per quanto tempo: fino a quando revochi il consenso o si chiude il tuo percorso.',
    photos: 'Per quanto tempo: fino a 5 anni per la documentazione e la comunicazione del progetto; se revochi il consenso, non usiamo più le immagini in nuove pubblicazioni e le togliamo dai nostri canali.',
    research: 'Per quanto tempo: i dati pseudonimizzati per la durata dello studio e al massimo 3 anni dopo la sua fine; poi restano solo i risultati anonimi.',
  },
  controller: (p) =>
    `Titolare del trattamento: ${p.controller}, ${p.controllerAddress}. Responsabile della protezione dei dati (RPD): ${p.dpoEmail} (contatto dimostrativo, da sostituire).`,
  rights:
    'I tuoi diritti: puoi chiedere di vedere i tuoi dati, correggerli, cancellarli, limitarne l’uso o opporti al trattamento (artt. 15-21 GDPR), a qualsiasi sportello del progetto o scrivendo al Comune. Quando il trattamento si basa sul consenso, puoi revocarlo in qualsiasi momento, senza conseguenze sull’aiuto che ricevi: la revoca vale subito. Puoi anche presentare reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).',
  demo: 'Testo dimostrativo di Approdo: il Comune deve verificarlo e completarlo prima di usarlo.',
};

export const NOTICE_LANGUAGES: Record<NoticeLang, NoticeLanguage> = { it: NOTICE_IT, en: NOTICE_EN, fr: NOTICE_FR, ar: NOTICE_AR, uk: NOTICE_UK };

/** The notice of `purpose` in each of `langs`: { it: { title, body }, ... }, marked as demo data. */
export function noticeTexts(purpose: NoticePurpose, basis: NoticeBasis, params: NoticeParams, langs: readonly NoticeLang[]): Record<string, { title: string; body: string }> {
  const out: Record<string, { title: string; body: string }> = {};
  for (const lang of langs) {
    const l = NOTICE_LANGUAGES[lang];
    const service = params.partnerService[lang] ?? params.partnerService.it ?? '';
    const body = [l.controller(params), l.what[purpose](params, service), l.basis[basis], ...(basis === 'consent' ? [l.optional] : []), l.retention[purpose], l.rights, l.demo];
    out[lang] = { title: markDemo(l.title[purpose](params), lang), body: body.join('\n\n') };
  }
  return out;
}
