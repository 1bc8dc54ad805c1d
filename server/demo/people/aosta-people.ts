import type { DemoPerson } from './demo-people-types.js';

// Aosta's demo people: invented women of the origins "Sentirsi a casa" meets (Maghreb, West Africa,
// the Horn of Africa, Ukraine and Central Asia, South Asia, China, Latin America, the Balkans),
// many met by the outreach team before they ever came to a desk. Phone numbers are in the
// 555 02xx block, used only for fiction; e-mail addresses are on example.org. Two women were
// typed twice: a02 (another spelling, the same phone written differently) and a04 (Шевченко
// transliterated the French way, as on a document issued in a francophone country).

export const AOSTA_PEOPLE: DemoPerson[] = [
  {
    key: 'a01', given: 'Khadija', family: 'El Amrani', givenOrig: 'خديجة', familyOrig: 'العمراني', gender: 'woman', born: 1988, citizenship: 'MA', birthPlace: 'Khouribga', languages: ['ar', 'fr'], preferred: 'fr',
    phone: '+39 347 555 0201', permit: ['family', 200], labour: 'inactive', isced: 2,
    household: { size: 4, members: [{ relation: 'partner' }, { relation: 'child', birthYear: 2015, dependent: true }, { relation: 'child', birthYear: 2019, dependent: true }] }, housing: 'housed',
    needs: ['language', 'work-training', 'family-childcare'], ap: 'sorgente', also: ['prossimita'], projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], caseWorker: true, since: 280,
  },
  {
    key: 'a02', given: 'Khadidja', family: 'Elamrani', gender: 'woman', born: 1988, citizenship: 'MA', languages: ['ar'], preferred: 'ar',
    phone: '0039 347 5550201', needs: ['language'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 9,
  },
  {
    key: 'a03', given: 'Olena', family: 'Shevchenko', givenOrig: 'Олена', familyOrig: 'Шевченко', gender: 'woman', born: 1979, citizenship: 'UA', birthPlace: 'Vinnytsia', languages: ['uk', 'ru', 'it'], preferred: 'uk',
    phone: '+39 351 555 0203', permit: ['other', 150], labour: 'employed', isced: 6, foreignQualification: { title: 'Diploma di infermiera (Vinnytsia)' },
    needs: ['legal-documents', 'language'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 310,
  },
  {
    key: 'a04', given: 'Olena', family: 'Chevtchenko', aliases: ['Lena'], gender: 'woman', born: 1980, citizenship: 'UA', languages: ['uk', 'it'], preferred: 'it',
    needs: ['legal-documents'], ap: 'prossimita', projects: ['VDA-COFIN-INCLUSIONE'], since: 15,
  },
  {
    key: 'a05', given: 'Grace', family: 'Adeyemi', gender: 'woman', born: 1992, citizenship: 'NG', birthPlace: 'Ibadan', languages: ['en', 'yo'], preferred: 'en',
    phone: '+39 333 555 0205', permit: ['special_protection', 20], labour: 'unemployed', unemployedMonths: 9, isced: 3,
    household: { size: 2, members: [{ relation: 'child', birthYear: 2020, dependent: true }] }, disadvantages: ['single_parent'],
    needs: ['work-training', 'family-childcare', 'housing'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], caseWorker: true, since: 200,
  },
  {
    key: 'a06', given: 'Selam', family: 'Gebremedhin', givenOrig: 'ሰላም', familyOrig: 'ገብረመድህን', gender: 'woman', born: 1990, citizenship: 'ER', languages: ['ti', 'ar', 'it'], preferred: 'ti', interpreterGender: 'woman',
    phone: '+39 328 555 0206', permit: ['asylum', 600], labour: 'employed', needs: ['housing'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 170,
  },
  {
    key: 'a07', given: 'Meseret', family: 'Alemu', givenOrig: 'መሰረት', familyOrig: 'አለሙ', gender: 'woman', born: 1985, citizenship: 'ET', languages: ['am', 'en'], preferred: 'am', interpreterGender: 'woman',
    permit: ['family', 420], labour: 'inactive', needs: ['language', 'community'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 90,
    consents: { explainedBy: 'Tsehay G. (mediatrice, dati dimostrativi)' },
  },
  {
    key: 'a08', given: 'Rokeya', family: 'Begum', givenOrig: 'রোকেয়া', familyOrig: 'বেগম', gender: 'woman', born: 1993, citizenship: 'BD', languages: ['bn'], preferred: 'bn', interpreterGender: 'woman',
    phone: '+39 380 555 0208', permit: ['family', 90], labour: 'inactive', isced: 1, household: { size: 5 },
    needs: ['language', 'health', 'family-childcare'], ap: 'prossimita', also: ['sorgente'], projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], since: 120,
    consents: { explainedBy: 'Nasrin K. (mediatrice, dati dimostrativi)' },
  },
  {
    key: 'a09', given: 'Na', family: 'Li', givenOrig: '娜', familyOrig: '李', gender: 'woman', born: 1987, citizenship: 'CN', languages: ['zh'], preferred: 'zh',
    phone: '+39 347 555 0209', permit: ['work_self_employed', 400], labour: 'self_employed', needs: ['digital', 'language'], ap: 'sorgente', projects: ['VDA-COFIN-INCLUSIONE'], since: 75,
  },
  {
    key: 'a10', given: 'Ana Lucía', family: 'Quispe', gender: 'woman', born: 1983, citizenship: 'PE', birthPlace: 'Arequipa', languages: ['es', 'qu'], preferred: 'es',
    phone: '+39 349 555 0210', email: 'analucia.q@example.org', permit: ['work_employed', 365], labour: 'employed', isced: 3,
    needs: ['housing', 'legal-documents'], ap: 'sorgente', projects: [['SENTIRSI-A-CASA-FNPM-2019', 'autonomy_reached']], since: 340,
  },
  {
    key: 'a11', given: 'Fatou', family: 'Ndiaye', gender: 'woman', born: 1997, citizenship: 'SN', languages: ['wo', 'fr'], preferred: 'fr',
    phone: '+39 351 555 0211', permit: ['family', 510], labour: 'unemployed', unemployedMonths: 6, needs: ['work-training', 'language'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 50,
  },
  {
    key: 'a12', given: 'Aisha', family: 'Bakr', givenOrig: 'عائشة', familyOrig: 'بكر', gender: 'woman', born: 2001, citizenship: 'SD', languages: ['ar', 'en'], preferred: 'ar', interpreterGender: 'woman',
    permit: ['asylum', 40], labour: 'in_education', isced: 3, disadvantages: ['refugee'], needs: ['language', 'education'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], since: 140,
  },
  {
    key: 'a13', given: 'Svitlana', family: 'Melnyk', givenOrig: 'Світлана', familyOrig: 'Мельник', gender: 'woman', born: 1974, citizenship: 'UA', languages: ['uk'], preferred: 'uk',
    phone: '+39 366 555 0213', permit: ['other', 30], labour: 'unemployed', unemployedMonths: 18, isced: 6, needs: ['work-training', 'language'], ap: 'sorgente', projects: ['VDA-COFIN-INCLUSIONE'], since: 230,
  },
  {
    key: 'a14', given: 'Mirela', family: 'Krasniqi', gender: 'woman', born: 1991, citizenship: 'XK', languages: ['sq', 'sr'], preferred: 'sq',
    phone: '+39 320 555 0214', permit: ['family', 700], labour: 'employed', needs: ['family-childcare'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 35,
  },
  {
    key: 'a15', given: 'Yasmina', family: 'Trabelsi', givenOrig: 'ياسمينة', familyOrig: 'الطرابلسي', gender: 'woman', born: 1996, citizenship: 'TN', languages: ['ar', 'fr'], preferred: 'fr',
    phone: '+39 389 555 0215', permit: ['family', 250], labour: 'unemployed', unemployedMonths: 5, isced: 4, needs: ['work-training'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], since: 100,
  },
  {
    key: 'a16', given: 'Maria José', family: 'da Silva', gender: 'woman', born: 1980, citizenship: 'BR', languages: ['pt', 'it'], preferred: 'pt',
    phone: '+39 333 555 0216', permit: ['work_employed', 280], labour: 'employed', needs: ['housing'], ap: 'prossimita', projects: ['VDA-COFIN-INCLUSIONE'], since: 64,
  },
  {
    key: 'a17', given: 'Nadia', family: 'Rahimi', givenOrig: 'نادیا', familyOrig: 'رحیمی', gender: 'woman', born: 1999, citizenship: 'AF', languages: ['fa'], preferred: 'fa', interpreterGender: 'woman',
    permit: ['asylum', 720], labour: 'in_education', isced: 3, household: { size: 3, members: [{ relation: 'partner' }, { relation: 'child', birthYear: 2023, dependent: true }] },
    needs: ['language', 'education', 'community'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 155,
    consents: { explainedBy: 'Parisa N. (mediatrice, dati dimostrativi)' },
  },
  {
    key: 'a18', given: 'Esther', family: 'Mensah', gender: 'woman', born: 1989, citizenship: 'GH', languages: ['en', 'tw'], preferred: 'en',
    phone: '+39 328 555 0218', permit: ['work_employed', 5], labour: 'employed', needs: ['legal-documents'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 25,
  },
  {
    key: 'a19', given: 'Gulnara', family: 'Abdullaeva', givenOrig: 'Гульнара', familyOrig: 'Абдуллаева', gender: 'woman', born: 1982, citizenship: 'UZ', languages: ['uz', 'ru'], preferred: 'ru',
    phone: '+39 347 555 0219', permit: ['work_employed', 190], labour: 'employed', needs: ['community', 'language'], ap: 'prossimita', projects: ['VDA-COFIN-INCLUSIONE'], since: 80,
  },
  {
    key: 'a20', given: 'Rim', family: 'Saleh', givenOrig: 'ريم', familyOrig: 'صالح', gender: 'woman', born: 2004, citizenship: 'SY', languages: ['ar'], preferred: 'ar',
    permit: ['asylum', 560], labour: 'inactive', isced: 3, needs: ['education', 'work-training'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], since: 58,
  },
  {
    key: 'a21', given: 'Adjoa', family: 'Kouassi', gender: 'woman', born: 1995, citizenship: 'CI', languages: ['fr'], preferred: 'fr',
    phone: '+39 351 555 0221', permit: ['special_protection', 180], labour: 'unemployed', unemployedMonths: 7, household: { size: 2, members: [{ relation: 'child', birthYear: 2022, dependent: true }] },
    disadvantages: ['single_parent'], housing: 'houseless_women_shelter', needs: ['housing', 'family-childcare', 'income-support'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], caseWorker: true, since: 210,
  },
  {
    key: 'a22', given: 'Mercy', family: 'Chukwu', gender: 'woman', born: 1998, citizenship: 'NG', languages: ['en', 'ig'], preferred: 'en',
    phone: '+39 380 555 0222', permit: ['special_protection', 240], labour: 'unemployed', unemployedMonths: 11, needs: ['work-training', 'health'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 42,
  },
  {
    key: 'a23', given: 'Hiba', family: 'Mansouri', givenOrig: 'هبة', familyOrig: 'منصوري', gender: 'woman', born: 1976, citizenship: 'DZ', languages: ['ar', 'fr'], preferred: 'fr',
    permit: ['long_term_eu', null], labour: 'inactive', household: { size: 6 }, needs: ['language', 'community'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 190,
  },
  {
    key: 'a24', given: 'Natalia', family: 'Ortiz', gender: 'woman', born: 1990, citizenship: 'CO', languages: ['es', 'it'], preferred: 'es',
    phone: '+39 349 555 0224', email: 'natalia.o@example.org', permit: ['family', 330], labour: 'employed', needs: ['digital'], ap: 'sorgente', projects: ['VDA-COFIN-INCLUSIONE'], since: 30,
  },
  {
    key: 'a25', given: 'Tsega', family: 'Haile', givenOrig: 'ፀጋ', familyOrig: 'ኃይሌ', gender: 'woman', born: 2000, citizenship: 'ER', languages: ['ti'], preferred: 'ti', interpreterGender: 'woman',
    phone: '+39 366 555 0225', permit: ['asylum', 880], labour: 'unemployed', unemployedMonths: 11, needs: ['language', 'work-training'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 125,
    consents: { explainedBy: 'Tsehay G. (mediatrice, dati dimostrativi)', refused: ['photos', 'research'] },
  },
  {
    key: 'a26', given: 'Shirin', family: 'Karimi', givenOrig: 'شیرین', familyOrig: 'کریمی', gender: 'woman', born: 1986, citizenship: 'IR', languages: ['fa', 'en'], preferred: 'en',
    phone: '+39 320 555 0226', email: 'shirin.k@example.org', permit: ['work_employed', 450], labour: 'employed', isced: 7, foreignQualification: { title: 'Master in architettura (Teheran)', recognised: true },
    needs: ['legal-documents'], ap: 'sorgente', projects: ['VDA-COFIN-INCLUSIONE'], since: 70,
  },
  {
    key: 'a27', given: 'Halyna', family: 'Tkachenko', givenOrig: 'Галина', familyOrig: 'Ткаченко', gender: 'woman', born: 1965, citizenship: 'UA', languages: ['uk', 'ru'], preferred: 'uk',
    phone: '+39 333 555 0227', permit: ['other', 120], labour: 'employed', disability: 'yes', needs: ['health'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 160,
    consents: { withdrawn: 'sharing' },
  },
  {
    // Met by the outreach team: only the name she gave and an estimated age.
    key: 'a28', aliases: ['Zaina'], gender: 'woman', born: 1984, estimated: true, citizenship: 'MA', languages: ['ar'], preferred: 'ar',
    needs: ['community'], ap: 'prossimita', projects: ['SENTIRSI-A-CASA-FNPM-2019'], since: 4,
  },
  {
    key: 'a29', given: 'Jing', family: 'Chen', givenOrig: '静', familyOrig: '陈', gender: 'woman', born: 1994, citizenship: 'CN', languages: ['zh', 'en'], preferred: 'en',
    email: 'jing.c@example.org', permit: ['study', 200], labour: 'in_education', isced: 6, needs: ['language', 'housing'], ap: 'sorgente', projects: ['VDA-COFIN-INCLUSIONE'], since: 48,
  },
  {
    key: 'a30', given: 'Ngozi', family: 'Okonkwo', gender: 'woman', born: 1980, citizenship: 'NG', languages: ['en', 'ig'], preferred: 'en',
    phone: '+39 389 555 0230', permit: ['long_term_eu', null], labour: 'unemployed', unemployedMonths: 26, household: { size: 4 },
    needs: ['work-training', 'income-support'], ap: 'sorgente', projects: ['SENTIRSI-A-CASA-FNPM-2019', 'VDA-COFIN-INCLUSIONE'], since: 250,
  },
];
