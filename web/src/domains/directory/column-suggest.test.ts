import { describe, expect, it } from 'vitest';
import { PLAIN_CSV_FIELDS } from '../../../../common/schemas/directory-import.js';
import { headerScore, normalizeHeader, suggestColumns } from './column-suggest.js';

describe('column suggestions for a plain CSV', () => {
  it('normalizes headers: case, accents, punctuation', () => {
    expect(normalizeHeader('  Città / Località ')).toBe('citta localita');
    expect(normalizeHeader('E-mail')).toBe('e mail');
  });

  it('maps an Italian spreadsheet, each column at most once', () => {
    const headers = ['Nome servizio', 'Ente gestore', 'Descrizione breve', 'Indirizzo', 'Comune', 'CAP', 'Telefono', 'Indirizzo e-mail', 'Sito internet', 'Bisogni', 'Lingue parlate', 'Latitudine', 'Longitudine', 'Note'];
    expect(suggestColumns(PLAIN_CSV_FIELDS, headers)).toEqual({
      name: 'Nome servizio',
      organization: 'Ente gestore',
      description: 'Descrizione breve',
      address: 'Indirizzo',
      city: 'Comune',
      postcode: 'CAP',
      phone: 'Telefono',
      email: 'Indirizzo e-mail',
      website: 'Sito internet',
      categories: 'Bisogni',
      languages: 'Lingue parlate',
      lat: 'Latitudine',
      lng: 'Longitudine',
    });
  });

  it('maps English and French headers and tolerates typos', () => {
    expect(suggestColumns(PLAIN_CSV_FIELDS, ['Service name', 'Organisation', 'Adresse', 'Ville', 'Telephon', 'Languages'])).toEqual({
      name: 'Service name',
      organization: 'Organisation',
      address: 'Adresse',
      city: 'Ville',
      phone: 'Telephon',
      languages: 'Languages',
    });
  });

  it('prefers the exact name over a partial one, and leaves unknown columns alone', () => {
    expect(headerScore('name', 'Nome servizio')).toBe(1);
    expect(headerScore('organization', 'Nome ente')).toBe(1);
    expect(headerScore('name', 'Nome ente')).toBeLessThan(1);
    expect(suggestColumns(PLAIN_CSV_FIELDS, ['Nome ente', 'Nome servizio'])).toEqual({ organization: 'Nome ente', name: 'Nome servizio' });
    expect(suggestColumns(PLAIN_CSV_FIELDS, ['Colonna A', 'Contatto', ''])).toEqual({});
  });
});
