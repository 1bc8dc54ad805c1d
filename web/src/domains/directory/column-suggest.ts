import type { PlainCsvField } from '../../../../common/schemas/directory-import.js';

// Guesses which column of a spreadsheet holds which directory field, from the headers people
// actually write (Italian first, then English and French). Only a suggestion: the form shows it
// and the operator corrects it. These words are matched, never shown.

const SYNONYMS: Record<PlainCsvField, string[]> = {
  id: ['id', 'codice', 'codice servizio', 'identificativo', 'code', 'identifier', 'service id', 'identifiant'],
  name: ['nome servizio', 'nome del servizio', 'servizio', 'nome', 'denominazione', 'titolo', 'name', 'service name', 'service', 'nom', 'nom du service'],
  description: ['descrizione', 'descrizione servizio', 'description', 'dettagli', 'cosa offre'],
  organization: ['ente', 'ente gestore', 'nome ente', 'organizzazione', 'gestore', 'associazione', 'soggetto gestore', 'organization', 'organisation', 'provider', 'organisme', 'structure'],
  address: ['indirizzo', 'via', 'sede', 'address', 'street', 'street address', 'adresse'],
  city: ['comune', 'citta', 'localita', 'city', 'town', 'municipality', 'ville', 'commune'],
  postcode: ['cap', 'codice postale', 'postcode', 'postal code', 'zip', 'zip code', 'code postal'],
  phone: ['telefono', 'tel', 'cellulare', 'numero di telefono', 'phone', 'telephone', 'phone number'],
  email: ['email', 'e mail', 'mail', 'posta elettronica', 'indirizzo email', 'pec', 'courriel'],
  website: ['sito', 'sito web', 'sito internet', 'web', 'url', 'link', 'website', 'site', 'site web'],
  lat: ['lat', 'latitudine', 'latitude', 'y'],
  lng: ['lng', 'lon', 'long', 'longitudine', 'longitude', 'x'],
  categories: ['categorie', 'categoria', 'bisogni', 'bisogno', 'ambito', 'ambiti', 'area', 'categories', 'category', 'needs', 'categorie de besoin'],
  languages: ['lingue', 'lingua', 'lingue parlate', 'languages', 'language', 'languages spoken', 'langues'],
};

/** Lower case, no accents, words separated by single spaces. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(s: string): string[] {
  const t = ` ${s} `;
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
}

/** Sørensen–Dice coefficient of character bigrams (0..1). */
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** How well a header names a field: 1 for a known name, less for a partial or similar one, 0 for none. */
export function headerScore(field: PlainCsvField, header: string): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  let best = 0;
  for (const syn of SYNONYMS[field]) {
    if (h === syn) return 1;
    // A known name as a whole word of the header ("Indirizzo sede" → address): longer names weigh more.
    const words = ` ${h} `;
    if (syn.length >= 3 && words.includes(` ${syn} `)) best = Math.max(best, 0.6 + Math.min(syn.length, 20) / 100);
    else if (syn.length >= 4) {
      const d = dice(h, syn);
      if (d >= 0.7) best = Math.max(best, d * 0.7);
    }
  }
  return best;
}

/**
 * A column for each field it fits best, each column used at most once, the surest pairs first.
 * Fields without a convincing column are left out.
 */
export function suggestColumns(fields: readonly PlainCsvField[], headers: readonly string[]): Partial<Record<PlainCsvField, string>> {
  const pairs: { field: PlainCsvField; header: string; score: number }[] = [];
  for (const field of fields) for (const header of headers) {
    const score = headerScore(field, header);
    if (score > 0) pairs.push({ field, header, score });
  }
  pairs.sort((a, b) => b.score - a.score || fields.indexOf(a.field) - fields.indexOf(b.field));
  const out: Partial<Record<PlainCsvField, string>> = {};
  const used = new Set<string>();
  for (const p of pairs) {
    if (out[p.field] !== undefined || used.has(p.header)) continue;
    out[p.field] = p.header;
    used.add(p.header);
  }
  return out;
}
