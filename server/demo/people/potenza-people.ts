import type { DemoPerson } from './demo-people-types.js';

// Potenza's demo people: invented, of the origins the Porte Sociali meet (West Africa, the Horn of
// Africa, North Africa, South Asia, Ukraine, China, the Balkans), young NEETs among them and a
// 16-year-old with a volunteer guardian. Phone numbers are in the 555 01xx block, used only for
// fiction; e-mail addresses are on example.org. Two people were typed twice: p03 (another
// spelling, no original script, the same phone without prefix) and p05 (a spelling variant).

export const POTENZA_PEOPLE: DemoPerson[] = [
  {
    key: 'p01', given: 'Blessing', family: 'Okafor', gender: 'woman', born: 1994, citizenship: 'NG', birthPlace: 'Benin City', languages: ['en', 'pcm'], preferred: 'en',
    phone: '+39 333 555 0101', permit: ['special_protection', 120], labour: 'unemployed', unemployedMonths: 8, isced: 3, housing: 'insecure_no_tenancy',
    household: { size: 2, members: [{ relation: 'child', birthYear: 2019, dependent: true }] }, disadvantages: ['single_parent', 'trafficking_victim'],
    needs: ['work-training', 'housing', 'family-childcare'], ap: 'centro', also: ['bucaletto'], projects: ['TOGHETER-FNPM-2019', 'PON-INCLUSIONE-PAIS', 'FAMI-IMPACT'], caseWorker: true, since: 240,
  },
  {
    key: 'p02', given: 'Mohamed', family: 'Abdelrahman', givenOrig: 'محمد', familyOrig: 'عبد الرحمن', gender: 'man', born: 2003, citizenship: 'EG', birthPlace: 'Asyut', languages: ['ar'], preferred: 'ar', interpreterGender: 'any',
    phone: '+39 320 555 0102', permit: ['special_protection', 210], labour: 'unemployed', unemployedMonths: 14, isced: 2, housing: 'houseless_migrant_accommodation',
    needs: ['language', 'work-training'], ap: 'bucaletto', projects: ['TOGHETER-FNPM-2019', 'FAMI-IMPACT'], since: 190,
    consents: { explainedBy: 'Samir H. (mediatore, dati dimostrativi)' },
  },
  {
    key: 'p03', given: 'Mohammed', family: 'Abd Elrahman', gender: 'man', born: 2003, citizenship: 'EG', languages: ['ar'], preferred: 'ar',
    phone: '320 555 0102', needs: ['work-training'], ap: 'cocuzzo', projects: ['TOGHETER-FNPM-2019'], since: 12,
  },
  {
    key: 'p04', given: 'Yohannes', family: 'Tesfamariam', givenOrig: 'ዮሃንስ', familyOrig: 'ተስፋማርያም', gender: 'man', born: 1997, citizenship: 'ER', birthPlace: 'Asmara', languages: ['ti', 'ar', 'en'], preferred: 'ti', interpreterGender: 'man',
    phone: '+39 328 555 0104', permit: ['asylum', 900], labour: 'employed', isced: 3, housing: 'housed', needs: ['legal-documents', 'housing'], ap: 'centro', projects: ['TOGHETER-FNPM-2019'], since: 300,
  },
  {
    key: 'p05', given: 'Yohanes', family: 'Tesfamaryam', gender: 'man', born: 1996, citizenship: 'ER', languages: ['ti'], preferred: 'ti',
    needs: ['housing'], ap: 'macchia', projects: ['FAMI-IMPACT'], since: 20,
  },
  {
    key: 'p06', given: 'Olena', family: 'Kovalenko', givenOrig: 'Олена', familyOrig: 'Коваленко', gender: 'woman', born: 1981, citizenship: 'UA', birthPlace: 'Kharkiv', languages: ['uk', 'ru', 'en'], preferred: 'uk',
    phone: '+39 351 555 0106', email: 'olena.k@example.org', permit: ['other', 160], labour: 'employed', isced: 6, foreignQualification: { title: 'Laurea in economia (Kharkiv)' },
    household: { size: 3, members: [{ relation: 'child', birthYear: 2012, dependent: true }, { relation: 'child', birthYear: 2015, dependent: true }] }, housing: 'housed',
    needs: ['language', 'work-training'], ap: 'lucania', projects: ['FAMI-IMPACT'], since: 400,
  },
  {
    key: 'p07', given: 'Fatoumata', family: 'Diallo', gender: 'woman', born: 2001, citizenship: 'GN', birthPlace: 'Labé', languages: ['fr', 'ff'], preferred: 'fr',
    phone: '+39 347 555 0107', labour: 'inactive', isced: 1, household: { size: 2, members: [{ relation: 'child', birthYear: 2024, dependent: true }] }, housing: 'inadequate_overcrowding',
    disadvantages: ['single_parent'], needs: ['family-childcare', 'language', 'income-support'], ap: 'bucaletto', projects: ['PON-INCLUSIONE-PAIS', 'TOGHETER-FNPM-2019'], since: 150,
  },
  {
    key: 'p08', given: 'Ebrima', family: 'Jallow', gender: 'man', born: 2005, citizenship: 'GM', languages: ['en', 'wo', 'mnk'], preferred: 'en',
    phone: '+39 389 555 0108', permit: ['special_protection', 25], labour: 'unemployed', unemployedMonths: 6, isced: 2, housing: 'houseless_migrant_accommodation',
    needs: ['work-training', 'legal-documents'], ap: 'centro', projects: ['TOGHETER-FNPM-2019', 'FAMI-IMPACT'], caseWorker: true, since: 95,
  },
  {
    key: 'p09', given: 'Rahim', family: 'Hossain', givenOrig: 'রহিম', familyOrig: 'হোসেন', gender: 'man', born: 1990, citizenship: 'BD', birthPlace: 'Sylhet', languages: ['bn', 'en'], preferred: 'bn', interpreterGender: 'any',
    phone: '+39 380 555 0109', permit: ['work_employed', 300], labour: 'employed', isced: 3, household: { size: 4 }, housing: 'inadequate_overcrowding',
    needs: ['housing', 'legal-documents'], ap: 'cocuzzo', projects: ['PON-INCLUSIONE-PAIS'], since: 60,
  },
  {
    key: 'p10', given: 'Amina', family: 'Yusuf Warsame', gender: 'woman', born: 1999, citizenship: 'SO', languages: ['so', 'ar', 'en'], preferred: 'so', interpreterGender: 'woman',
    permit: ['subsidiary_protection', 200], labour: 'unemployed', unemployedMonths: 20, isced: 1, needs: ['health', 'language'], ap: 'lucania', projects: ['FAMI-IMPACT'], since: 45,
  },
  {
    key: 'p11', given: 'Samuel', family: 'Owusu', gender: 'man', born: 2004, citizenship: 'GH', languages: ['en', 'tw'], preferred: 'en',
    phone: '+39 333 555 0111', labour: 'inactive', isced: 3, needs: ['work-training', 'education'], ap: 'macchia', projects: ['TOGHETER-FNPM-2019'], since: 33,
  },
  {
    key: 'p12', given: 'Ali', family: 'Raza', givenOrig: 'علی', familyOrig: 'رضا', gender: 'man', born: 1988, citizenship: 'PK', birthPlace: 'Gujrat', languages: ['ur', 'pa', 'en'], preferred: 'ur',
    phone: '+39 320 555 0112', permit: ['awaiting_renewal', -10], labour: 'self_employed', needs: ['legal-documents'], ap: 'centro', projects: ['PON-INCLUSIONE-PAIS'], since: 75,
  },
  {
    key: 'p13', given: 'Zahra', family: 'Ahmadi', givenOrig: 'زهرا', familyOrig: 'احمدی', gender: 'woman', born: 1995, citizenship: 'AF', birthPlace: 'Herat', languages: ['fa', 'en'], preferred: 'fa', interpreterGender: 'woman',
    permit: ['asylum', 800], labour: 'in_education', isced: 4, foreignQualification: { title: 'Diploma di ostetricia (Kabul)' },
    household: { size: 3, members: [{ relation: 'partner' }, { relation: 'child', birthYear: 2021, dependent: true }] }, housing: 'housed',
    needs: ['language', 'education', 'health'], ap: 'cocuzzo', projects: ['FAMI-IMPACT', 'TOGHETER-FNPM-2019'], since: 130,
    consents: { explainedBy: 'Parisa N. (mediatrice, dati dimostrativi)' },
  },
  {
    key: 'p14', given: 'Karim', family: 'Mansour', givenOrig: 'كريم', familyOrig: 'منصور', gender: 'man', born: '2010-03-14', citizenship: 'EG', birthPlace: 'Kafr el-Sheikh', languages: ['ar'], preferred: 'ar', interpreterGender: 'man',
    permit: ['other', 400], labour: 'in_education', isced: 1, housing: 'houseless_migrant_accommodation', needs: ['education', 'language'], ap: 'centro', projects: ['FAMI-IMPACT'], caseWorker: true, since: 70,
    consents: { guardian: { name: 'Giovanna Lorusso (tutrice volontaria, dati dimostrativi)', relation: 'legal_guardian', document: 'Decreto di nomina del Tribunale per i minorenni (dimostrativo)' }, explainedBy: 'Samir H. (mediatore, dati dimostrativi)' },
  },
  {
    key: 'p15', given: 'Fang', family: 'Wang', givenOrig: '芳', familyOrig: '王', gender: 'woman', born: 1978, citizenship: 'CN', birthPlace: 'Wenzhou', languages: ['zh', 'it'], preferred: 'zh',
    phone: '+39 347 555 0115', permit: ['long_term_eu', null], labour: 'self_employed', isced: 3, needs: ['digital', 'legal-documents'], ap: 'lucania', projects: ['PON-INCLUSIONE-PAIS'], since: 210,
  },
  {
    key: 'p16', given: 'Arben', family: 'Hoxha', gender: 'man', born: 1975, citizenship: 'AL', birthPlace: 'Durrës', languages: ['sq', 'it'], preferred: 'it',
    phone: '+39 349 555 0116', permit: ['long_term_eu', null], labour: 'unemployed', unemployedMonths: 30, isced: 3, household: { size: 4 }, housing: 'insecure_eviction',
    needs: ['housing', 'income-support'], ap: 'bucaletto', projects: [['PON-INCLUSIONE-PAIS', 'autonomy_reached'], 'TOGHETER-FNPM-2019'], since: 330,
  },
  {
    key: 'p17', given: 'Aminata', family: 'Koné', gender: 'woman', born: 2002, citizenship: 'CI', languages: ['fr', 'dyu'], preferred: 'fr',
    phone: '+39 351 555 0117', permit: ['special_protection', 5], labour: 'unemployed', unemployedMonths: 3, isced: 2, needs: ['work-training', 'language'], ap: 'centro', projects: ['TOGHETER-FNPM-2019'], since: 40,
  },
  {
    key: 'p18', given: 'Oussama', family: 'Benali', givenOrig: 'أسامة', familyOrig: 'بن علي', gender: 'man', born: 2006, citizenship: 'MA', languages: ['ar', 'fr'], preferred: 'ar',
    phone: '+39 366 555 0118', permit: ['family', 500], labour: 'inactive', isced: 2, needs: ['work-training', 'community'], ap: 'macchia', projects: ['TOGHETER-FNPM-2019'], since: 28,
  },
  {
    key: 'p19', given: 'Mariam', family: 'Traoré', gender: 'woman', born: 1986, citizenship: 'ML', languages: ['bm', 'fr'], preferred: 'bm', interpreterGender: 'woman',
    permit: ['asylum', 650], labour: 'inactive', household: { size: 4, members: [{ relation: 'child', birthYear: 2014, dependent: true }, { relation: 'child', birthYear: 2017, dependent: true }, { relation: 'child', birthYear: 2020, dependent: true }] },
    housing: 'inadequate_unfit_housing', disadvantages: ['single_parent'], needs: ['housing', 'family-childcare', 'income-support'], ap: 'bucaletto', projects: ['PON-INCLUSIONE-PAIS', 'FAMI-IMPACT'], since: 260,
    consents: { explainedBy: 'Awa D. (mediatrice, dati dimostrativi)' },
  },
  {
    key: 'p20', given: 'Chinedu', family: 'Eze', gender: 'man', born: 1992, citizenship: 'NG', languages: ['en', 'ig'], preferred: 'en',
    phone: '+39 320 555 0120', email: 'chinedu.e@example.org', permit: ['work_employed', 28], labour: 'employed', isced: 5, needs: ['legal-documents', 'transport'], ap: 'lucania', projects: ['FAMI-IMPACT'], since: 55,
  },
  {
    key: 'p21', given: 'Hana', family: 'Tesfay', givenOrig: 'ሃና', familyOrig: 'ተስፋይ', gender: 'woman', born: 1999, citizenship: 'ER', languages: ['ti', 'it'], preferred: 'ti',
    phone: '+39 328 555 0121', permit: ['asylum', 1000], labour: 'employed', needs: ['health'], ap: 'centro', projects: [['TOGHETER-FNPM-2019', 'completed']], since: 350,
  },
  {
    key: 'p22', given: 'Tariq', family: 'Mahmood', givenOrig: 'طارق', familyOrig: 'محمود', gender: 'man', born: 2004, citizenship: 'PK', languages: ['ur', 'en'], preferred: 'ur',
    phone: '+39 389 555 0122', permit: ['awaiting_renewal', null], labour: 'unemployed', unemployedMonths: 10, needs: ['work-training', 'language', 'legal-documents'], ap: 'cocuzzo', projects: ['TOGHETER-FNPM-2019', 'PON-INCLUSIONE-PAIS'], since: 85,
  },
  {
    // Minimal intake: only the name she gives, an estimated age and the need.
    key: 'p23', aliases: ['Mama Joy'], gender: 'woman', born: 1980, estimated: true, citizenship: 'NG', languages: ['en'], preferred: 'en',
    needs: ['housing'], ap: 'bucaletto', projects: ['TOGHETER-FNPM-2019'], since: 6,
  },
  {
    key: 'p24', given: 'Iryna', family: 'Bondarenko', givenOrig: 'Ірина', familyOrig: 'Бондаренко', gender: 'woman', born: 1969, citizenship: 'UA', birthPlace: 'Zaporizhzhia', languages: ['uk', 'ru'], preferred: 'uk',
    phone: '+39 351 555 0124', permit: ['other', 90], labour: 'unemployed', unemployedMonths: 12, isced: 7, foreignQualification: { title: 'Laurea in medicina (Zaporizhzhia)' },
    needs: ['language', 'work-training', 'legal-documents'], ap: 'lucania', projects: ['FAMI-IMPACT'], since: 180,
  },
  {
    key: 'p25', given: 'Moussa', family: 'Sow', gender: 'man', born: 2000, citizenship: 'SN', languages: ['wo', 'fr'], preferred: 'fr',
    phone: '+39 333 555 0125', permit: ['work_employed', 340], labour: 'employed', needs: ['housing'], ap: 'macchia', projects: ['TOGHETER-FNPM-2019'], since: 110,
  },
  {
    key: 'p26', given: 'Nour', family: 'Haddad', givenOrig: 'نور', familyOrig: 'حداد', gender: 'non_binary', born: 1998, citizenship: 'SY', languages: ['ar', 'en'], preferred: 'en',
    email: 'nour.h@example.org', permit: ['asylum', 700], labour: 'in_education', isced: 6, needs: ['community', 'health'], ap: 'centro', projects: ['FAMI-IMPACT'], since: 140,
  },
  {
    key: 'p27', given: 'Khadija', family: 'Ouali', givenOrig: 'خديجة', familyOrig: 'والي', gender: 'woman', born: 1984, citizenship: 'MA', languages: ['ar', 'fr'], preferred: 'fr',
    phone: '+39 347 555 0127', permit: ['long_term_eu', null], labour: 'inactive', household: { size: 5 }, housing: 'inadequate_overcrowding',
    needs: ['education', 'family-childcare'], ap: 'cocuzzo', projects: ['PON-INCLUSIONE-PAIS', 'TOGHETER-FNPM-2019'], since: 220,
    consents: { withdrawn: 'contact' },
  },
  {
    key: 'p28', given: 'Sadia', family: 'Akter', givenOrig: 'সাদিয়া', familyOrig: 'আক্তার', gender: 'woman', born: 2003, citizenship: 'BD', languages: ['bn'], preferred: 'bn', interpreterGender: 'woman',
    permit: ['family', 300], labour: 'inactive', isced: 2, needs: ['language', 'work-training'], ap: 'lucania', projects: ['TOGHETER-FNPM-2019', 'FAMI-IMPACT'], since: 65,
    consents: { explainedBy: 'Nasrin K. (mediatrice, dati dimostrativi)', refused: ['photos'] },
  },
  {
    key: 'p29', given: 'Ivan', family: 'Petrenko', givenOrig: 'Іван', familyOrig: 'Петренко', gender: 'man', born: 1960, citizenship: 'UA', languages: ['uk', 'ru'], preferred: 'uk',
    phone: '+39 349 555 0129', permit: ['other', 150], labour: 'inactive', disability: 'yes', needs: ['health', 'income-support'], ap: 'macchia', projects: ['PON-INCLUSIONE-PAIS'], since: 160,
  },
  {
    key: 'p30', given: 'Abdoulaye', family: 'Bah', gender: 'man', born: 2007, citizenship: 'GN', languages: ['fr', 'ff'], preferred: 'fr',
    phone: '+39 366 555 0130', permit: ['other', 55], labour: 'unemployed', unemployedMonths: 4, needs: ['work-training', 'education', 'housing'], ap: 'bucaletto', projects: ['TOGHETER-FNPM-2019', 'FAMI-IMPACT'], caseWorker: true, since: 100,
  },
];
