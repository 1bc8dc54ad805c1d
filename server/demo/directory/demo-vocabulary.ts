import type { DemoLang } from './demo-directory-types.js';

// Small shared vocabulary of the demo directories: the demo-data mark in every language the demo
// content is written in, language names, and translations of the documents services ask for.

export const DEMO_MARK: Record<'it' | DemoLang, string> = {
  it: '(dati dimostrativi)',
  en: '(demo data)',
  fr: '(données de démonstration)',
  ar: '(بيانات تجريبية)',
  es: '(datos de demostración)',
  uk: '(демонстраційні дані)',
};

/** Appends the demo mark unless the text already carries it. */
export function markDemo(text: string, lang: keyof typeof DEMO_MARK): string {
  const mark = DEMO_MARK[lang];
  return text.endsWith(mark) ? text : `${text} ${mark}`;
}

/** HSDS `language.name`: each language by its own name. */
export const LANGUAGE_NAMES: Record<string, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  uk: 'Українська',
  ti: 'ትግርኛ',
  sq: 'Shqip',
  zh: '中文',
  bn: 'বাংলা',
  ur: 'اردو',
  fa: 'فارسی',
};

type DocTr = Partial<Record<DemoLang, string>>;

export const DOCUMENT_TRANSLATIONS: Record<string, DocTr> = {
  'Documento di identità o passaporto': { en: 'Identity document or passport', fr: 'Pièce d’identité ou passeport', ar: 'وثيقة هوية أو جواز سفر' },
  'Documento di identità': { en: 'Identity document', fr: 'Pièce d’identité', ar: 'وثيقة هوية' },
  'Documento di identità del genitore': { en: 'Parent’s identity document', fr: 'Pièce d’identité du parent', ar: 'وثيقة هوية أحد الوالدين' },
  'Permesso di soggiorno o ricevuta della richiesta': { en: 'Residence permit or application receipt', fr: 'Titre de séjour ou récépissé de la demande', ar: 'تصريح الإقامة أو إيصال الطلب' },
  'Permesso di soggiorno o ricevuta': { en: 'Residence permit or receipt', fr: 'Titre de séjour ou récépissé', ar: 'تصريح الإقامة أو الإيصال' },
  'Permesso di soggiorno': { en: 'Residence permit', fr: 'Titre de séjour', ar: 'تصريح الإقامة' },
  'Codice fiscale': { en: 'Tax code (codice fiscale)', fr: 'Code fiscal', ar: 'الرمز الضريبي' },
  'Codice fiscale del bambino': { en: 'Child’s tax code', fr: 'Code fiscal de l’enfant', ar: 'الرمز الضريبي للطفل' },
  'Certificato vaccinale': { en: 'Vaccination certificate', fr: 'Certificat de vaccination', ar: 'شهادة التطعيم' },
  'Tessera sanitaria': { en: 'Health card', fr: 'Carte sanitaire', ar: 'البطاقة الصحية' },
  'Tessera sanitaria o codice STP': { en: 'Health card or STP code', fr: 'Carte sanitaire ou code STP', ar: 'البطاقة الصحية أو رمز STP' },
  ISEE: { en: 'ISEE (household income statement)', fr: 'ISEE (attestation de revenus du foyer)', ar: 'ISEE (إقرار دخل الأسرة)' },
  'ISEE in corso di validità': { en: 'Valid ISEE statement', fr: 'ISEE en cours de validité', ar: 'إقرار ISEE ساري المفعول' },
  'ISEE (per la riduzione)': { en: 'ISEE (for the reduction)', fr: 'ISEE (pour la réduction)', ar: 'ISEE (للتخفيض)' },
  '4 fototessere': { en: '4 passport photos', fr: '4 photos d’identité', ar: '4 صور شخصية' },
  Fototessera: { en: 'Passport photo', fr: 'Photo d’identité', ar: 'صورة شخصية' },
  'Ricevuta del kit postale': { en: 'Post office kit receipt', fr: 'Récépissé du kit postal', ar: 'إيصال ملف البريد' },
  'Lettera di convocazione': { en: 'Appointment letter', fr: 'Lettre de convocation', ar: 'رسالة الاستدعاء' },
  'Certificato di residenza': { en: 'Certificate of residence', fr: 'Certificat de résidence', ar: 'شهادة الإقامة' },
  'Telefono cellulare': { en: 'Mobile phone', fr: 'Téléphone portable', ar: 'هاتف محمول' },
};
