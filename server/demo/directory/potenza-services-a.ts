import type { DemoDirService } from './demo-directory-types.js';

// Potenza demo services, first half: access points, language, work, housing, health, documents,
// anti-violence. The CPIA and the volunteers both teach Italian in Bucaletto on Tuesday and
// Thursday mornings: an overlap for the network view to show.

const ID = ['Documento di identità o passaporto'];
const PERMIT = ['Permesso di soggiorno o ricevuta'];

export const POTENZA_SERVICES_A: DemoDirService[] = [
  {
    key: 'porta-centro', org: 'ps-centro', locations: ['ps-centro'], needs: ['legal-documents', 'income-support', 'housing'],
    name: 'Porta sociale: primo ascolto e orientamento', description: 'Accoglienza senza appuntamento, orientamento ai servizi e accompagnamento, con mediatori su richiesta.',
    tr: {
      en: ['Social gateway: first contact and guidance', 'Walk-in welcome, guidance to services and accompaniment, with mediators on request.'],
      fr: ['Porte sociale : premier accueil et orientation', 'Accueil sans rendez-vous, orientation vers les services et accompagnement, avec médiateurs.'],
      ar: ['البوابة الاجتماعية: استقبال أولي وتوجيه', 'استقبال دون موعد وتوجيه نحو الخدمات ومرافقة، مع وسطاء عند الطلب.'],
      uk: ['Соціальна брама: перший прийом і консультації', 'Прийом без запису, орієнтація в послугах і супровід, медіатори на запит.'],
      es: ['Puerta social: primera acogida y orientación', 'Acogida sin cita, orientación a los servicios y acompañamiento, con mediadores.'],
    },
    languages: ['it', 'en', 'fr', 'ar'], hours: ['MO,TU,WE,TH,FR 09:00-13:00', 'TU,TH 15:00-18:00'], phone: '+39 0971 000 201',
    free: true, interpretation: true, referrals: true, permit: 'none', verifiedDaysAgo: 8, areas: ['Comune di Potenza'],
  },
  {
    key: 'porta-bucaletto', org: 'ps-bucaletto', locations: ['ps-bucaletto'], needs: ['income-support', 'family-childcare', 'community'],
    name: 'Porta sociale Bucaletto', description: 'Sportello di quartiere: bonus, pratiche, spazio compiti e attività per famiglie.',
    tr: {
      en: ['Bucaletto social gateway', 'Neighbourhood desk: allowances, paperwork, homework space and family activities.'],
      fr: ['Porte sociale Bucaletto', 'Guichet de quartier : aides, démarches, espace devoirs et activités pour les familles.'],
      ar: ['البوابة الاجتماعية بوكاليتو', 'مكتب الحي: المساعدات والمعاملات وفضاء الواجبات وأنشطة للعائلات.'],
    },
    languages: ['it', 'ar', 'en'], hours: ['MO,WE,FR 09:00-12:30', 'WE 15:00-18:00'], phone: '+39 0971 000 202',
    targetGroups: ['families'], free: true, referrals: true, permit: 'none', verifiedDaysAgo: 33,
  },
  {
    key: 'porta-cocuzzo', org: 'ps-cocuzzo', locations: ['ps-cocuzzo', 'ps-poggio'], needs: ['income-support', 'community'],
    name: 'Porta sociale Cocuzzo e Poggio Tre Galli', description: 'Sportello di quartiere e antenna a Poggio Tre Galli: ascolto, pratiche, gruppi di vicinato.',
    tr: {
      en: ['Cocuzzo and Poggio Tre Galli social gateway', 'Neighbourhood desk and an outpost in Poggio Tre Galli: listening, paperwork, neighbour groups.'],
      fr: ['Porte sociale Cocuzzo et Poggio Tre Galli', 'Guichet de quartier et antenne à Poggio Tre Galli : écoute, démarches, groupes de voisinage.'],
      ar: ['البوابة الاجتماعية كوكوتسو وبوجيو تري غالي', 'مكتب الحي وفرع في بوجيو تري غالي: استماع، معاملات، مجموعات جيران.'],
    },
    languages: ['it', 'en'], hours: ['TU,TH 09:00-13:00', 'MO 15:00-18:00'], phone: '+39 0971 000 203',
    free: true, permit: 'none', verifiedDaysAgo: 205,
  },
  {
    key: 'cpia-italiano', org: 'cpia', locations: ['cpia'], needs: ['language', 'education'],
    name: 'Italiano L2 e licenza media per adulti', description: 'Corsi di italiano A1–B1, test per il permesso di lungo periodo e percorsi di licenza media.',
    tr: {
      en: ['Italian L2 and lower secondary diploma for adults', 'Italian A1–B1, the long-term permit test and middle-school diploma courses.'],
      fr: ['Italien L2 et diplôme du collège pour adultes', 'Italien A1–B1, test pour le permis de longue durée et parcours du collège.'],
      ar: ['الإيطالية كلغة ثانية وشهادة الإعدادي للبالغين', 'الإيطالية A1–B1 واختبار الإقامة طويلة الأمد ودورات الشهادة الإعدادية.'],
      uk: ['Італійська L2 та атестат для дорослих', 'Італійська A1–B1, тест для довгострокової посвідки та курси базової школи.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['MO,TU,WE,TH 16:00-20:00'], phone: '+39 0971 000 204',
    free: true, referrals: true, documents: [...ID, 'Codice fiscale'], verifiedDaysAgo: 28, minAge: 16, areas: ['Comune di Potenza'],
  },
  {
    key: 'cpia-bucaletto', org: 'cpia', locations: ['cpia-bucaletto'], needs: ['language'],
    name: 'Italiano di mattina a Bucaletto', description: 'Corso A1 di mattina nel quartiere, anche per chi inizia da zero.',
    tr: {
      en: ['Morning Italian in Bucaletto', 'A1 morning course in the neighbourhood, also for complete beginners.'],
      fr: ['Italien le matin à Bucaletto', 'Cours A1 le matin dans le quartier, aussi pour les grands débutants.'],
      ar: ['الإيطالية صباحًا في بوكاليتو', 'دورة A1 صباحية في الحي، أيضًا للمبتدئين تمامًا.'],
    },
    languages: ['it', 'ar'], hours: ['TU,TH 09:00-12:00'], phone: '+39 0971 000 205',
    free: true, referrals: true, documents: ID, verifiedDaysAgo: 64, minAge: 16,
  },
  {
    key: 'volontari-bucaletto', org: 'volontari', locations: ['volontari-bucaletto'], needs: ['language', 'community'],
    name: 'Italiano con i volontari a Bucaletto', description: 'Conversazione e alfabetizzazione con volontari, senza iscrizione né documenti.',
    tr: {
      en: ['Italian with volunteers in Bucaletto', 'Conversation and literacy with volunteers, no enrolment or documents needed.'],
      fr: ['Italien avec des bénévoles à Bucaletto', 'Conversation et alphabétisation avec des bénévoles, sans inscription ni papiers.'],
      ar: ['الإيطالية مع المتطوعين في بوكاليتو', 'محادثة ومحو أمية مع متطوعين، دون تسجيل أو وثائق.'],
      uk: ['Італійська з волонтерами в Букалетто', 'Розмовна практика та грамотність з волонтерами, без запису й документів.'],
    },
    languages: ['it', 'ar', 'uk'], hours: ['TU,TH 10:00-11:30'], phone: '+39 0971 000 206',
    free: true, permit: 'none', verifiedDaysAgo: 260,
  },
  {
    key: 'volontari-macchia', org: 'volontari', locations: ['volontari-macchia'], needs: ['language'],
    name: 'Italiano per studenti e lavoratori (sera)', description: 'Corso serale di italiano vicino al campus, per chi lavora o studia di giorno.',
    tr: {
      en: ['Evening Italian for students and workers', 'Evening Italian course near the campus, for people who work or study during the day.'],
      fr: ['Italien du soir pour étudiants et travailleurs', 'Cours du soir près du campus, pour qui travaille ou étudie la journée.'],
      ar: ['الإيطالية المسائية للطلاب والعمال', 'دورة مسائية قرب الحرم الجامعي لمن يعمل أو يدرس نهارًا.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['MO,WE 19:00-21:00'], phone: '+39 0971 000 207',
    free: true, verifiedDaysAgo: 110,
  },
  {
    key: 'cpi-lavoro', org: 'cpi', locations: ['cpi'], needs: ['work-training'],
    name: 'Servizi per il lavoro e tirocini GOL', description: 'Iscrizione, orientamento, programma GOL, tirocini e offerte di lavoro.',
    tr: {
      en: ['Employment services and GOL traineeships', 'Registration, guidance, the GOL programme, traineeships and job offers.'],
      fr: ['Services pour l’emploi et stages GOL', 'Inscription, orientation, programme GOL, stages et offres d’emploi.'],
      ar: ['خدمات التشغيل وتدريبات GOL', 'التسجيل والتوجيه وبرنامج GOL والتدريبات وعروض العمل.'],
    },
    languages: ['it', 'en'], hours: ['MO,TU,WE,TH,FR 09:00-12:00', 'TU,TH 15:00-17:00'], phone: '+39 0971 000 208',
    free: true, permit: 'valid_permit', documents: [...ID, ...PERMIT, 'Codice fiscale'], verifiedDaysAgo: 150, areas: ['Provincia di Potenza'],
  },
  {
    key: 'mediazione-lavoro', org: 'mediazione', locations: ['mediazione'], needs: ['work-training', 'digital'],
    name: 'Curriculum e colloqui con mediatori', description: 'Scrivere il CV, prepararsi ai colloqui, cercare offerte online, in più lingue.',
    tr: {
      en: ['CV and interviews with mediators', 'Write your CV, prepare for interviews, search job offers online, in several languages.'],
      fr: ['CV et entretiens avec médiateurs', 'Rédiger son CV, préparer les entretiens, chercher des offres en ligne, en plusieurs langues.'],
      ar: ['السيرة الذاتية والمقابلات مع الوسطاء', 'كتابة السيرة الذاتية والتحضير للمقابلات والبحث عن عروض عبر الإنترنت بعدة لغات.'],
      es: ['Currículum y entrevistas con mediadores', 'Escribir el CV, preparar entrevistas y buscar ofertas en línea, en varios idiomas.'],
    },
    languages: ['it', 'ar', 'en', 'fr', 'ti', 'es'], hours: ['WE 14:30-18:00', 'SA 09:30-12:30'], phone: '+39 0971 000 209',
    targetGroups: ['neet', 'young_adults'], free: true, interpretation: true, referrals: true, verifiedDaysAgo: 18,
  },
  {
    key: 'sportello-casa', org: 'casa', locations: ['casa'], needs: ['housing'],
    name: 'Sportello casa e bandi alloggi popolari', description: 'Aiuto per i bandi di edilizia residenziale pubblica e per trovare un affitto.',
    tr: {
      en: ['Housing desk and social housing calls', 'Help with social housing applications and finding a rental.'],
      fr: ['Guichet logement et logements sociaux', 'Aide pour les demandes de logement social et pour trouver une location.'],
      ar: ['مكتب السكن وطلبات السكن الشعبي', 'مساعدة في طلبات السكن العام وإيجاد سكن للإيجار.'],
    },
    languages: ['it'], hours: ['TU,TH 09:30-12:30'], phone: '+39 0971 000 210',
    targetGroups: ['families'], free: true, permit: 'any_permit', documents: [...ID, 'ISEE', 'Certificato di residenza'], verifiedDaysAgo: 330,
  },
  {
    key: 'accoglienza-notturna', org: 'solidale', locations: ['mensa'], needs: ['housing'],
    name: 'Accoglienza notturna e orientamento abitativo', description: 'Posti letto per l’emergenza e accompagnamento a una sistemazione stabile.',
    tr: {
      en: ['Night shelter and housing guidance', 'Emergency beds and support towards a stable place to live.'],
      fr: ['Accueil de nuit et orientation logement', 'Lits d’urgence et accompagnement vers un logement stable.'],
      ar: ['إيواء ليلي وتوجيه نحو السكن', 'أسرّة للطوارئ ومرافقة نحو سكن مستقر.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['MO,TU,WE,TH,FR,SA,SU 19:00-21:00'], phone: '+39 0971 000 233',
    targetGroups: ['families'], free: true, permit: 'none', verifiedDaysAgo: 60,
  },
  {
    key: 'stp', org: 'asp', locations: ['asp-stp'], needs: ['health'],
    name: 'Ambulatorio STP/ENI', description: 'Cure essenziali e urgenti per chi non ha la tessera sanitaria, anche senza permesso.',
    tr: {
      en: ['STP/ENI clinic', 'Essential and urgent care for people without a health card, even without a permit.'],
      fr: ['Consultation STP/ENI', 'Soins essentiels et urgents pour les personnes sans carte sanitaire, même sans titre de séjour.'],
      ar: ['عيادة STP/ENI', 'رعاية أساسية وعاجلة لمن لا يملك البطاقة الصحية، حتى بدون تصريح.'],
      uk: ['Амбулаторія STP/ENI', 'Основна та невідкладна допомога для людей без медичної картки.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['TU,FR 09:00-12:00'], phone: '+39 0971 000 211',
    free: true, interpretation: true, permit: 'none', verifiedDaysAgo: 90, areas: ['Provincia di Potenza'],
  },
  {
    key: 'consultorio', org: 'asp', locations: ['asp-consultorio'], needs: ['health', 'family-childcare'],
    name: 'Consultorio familiare', description: 'Gravidanza, contraccezione, vaccinazioni dei bambini, sostegno psicologico.',
    tr: {
      en: ['Family clinic', 'Pregnancy, contraception, children’s vaccinations, psychological support.'],
      fr: ['Centre de planning familial', 'Grossesse, contraception, vaccinations des enfants, soutien psychologique.'],
      ar: ['مركز الاستشارة العائلية', 'الحمل ومنع الحمل وتطعيمات الأطفال والدعم النفسي.'],
    },
    languages: ['it', 'en'], hours: ['MO,TU,WE,TH,FR 08:30-13:00', 'TU 15:00-17:30'], phone: '+39 0971 000 212',
    targetGroups: ['women', 'families'], free: true, documents: ['Tessera sanitaria o codice STP'], verifiedDaysAgo: 175,
  },
  {
    key: 'sui', org: 'prefettura', locations: ['prefettura'], needs: ['legal-documents'],
    name: 'Sportello unico per l’immigrazione', description: 'Ricongiungimento familiare, nulla osta al lavoro, accordo di integrazione: su appuntamento.',
    tr: {
      en: ['Single desk for immigration', 'Family reunification, work authorisations, integration agreement: by appointment.'],
      fr: ['Guichet unique pour l’immigration', 'Regroupement familial, autorisations de travail, accord d’intégration : sur rendez-vous.'],
      ar: ['الشباك الموحد للهجرة', 'لمّ الشمل وتصاريح العمل واتفاق الاندماج: بموعد.'],
    },
    languages: ['it', 'en'], hours: ['MO,WE 09:00-12:00'], phone: '+39 0971 000 213',
    documents: [...ID, ...PERMIT], verifiedDaysAgo: 220, areas: ['Provincia di Potenza'],
  },
  {
    key: 'questura', org: 'questura', locations: ['questura'], needs: ['legal-documents'],
    name: 'Ufficio immigrazione: permessi di soggiorno', description: 'Rilascio e rinnovo dei permessi di soggiorno, su convocazione.',
    tr: {
      en: ['Immigration office: residence permits', 'Issue and renewal of residence permits, when summoned.'],
      fr: ['Bureau de l’immigration : titres de séjour', 'Délivrance et renouvellement des titres de séjour, sur convocation.'],
      ar: ['مكتب الهجرة: تصاريح الإقامة', 'إصدار وتجديد تصاريح الإقامة عند الاستدعاء.'],
    },
    languages: ['it', 'en'], hours: ['MO,TU,WE,TH,FR 09:00-12:00'], phone: '+39 0971 000 214',
    documents: [...ID, ...PERMIT, '4 fototessere', 'Lettera di convocazione'], verifiedDaysAgo: 60,
  },
  {
    key: 'cav', org: 'cav', locations: ['cav'], needs: ['anti-violence'],
    name: 'Centro antiviolenza: sportello di ascolto', description: 'Ascolto riservato, consulenza legale e psicologica, accompagnamento. 24 ore su 24 chiama il 1522 (gratuito).',
    tr: {
      en: ['Anti-violence centre: listening desk', 'Confidential listening, legal and psychological advice, accompaniment. Day and night call 1522 (free).'],
      fr: ['Centre contre les violences : écoute', 'Écoute confidentielle, conseil juridique et psychologique. Jour et nuit, appelez le 1522 (gratuit).'],
      ar: ['مركز مناهضة العنف: مكتب الاستماع', 'استماع سري واستشارة قانونية ونفسية ومرافقة. ليلاً ونهارًا اتصلي بالرقم 1522 (مجاني).'],
      uk: ['Центр протидії насильству', 'Конфіденційна підтримка, юридичні та психологічні консультації. Цілодобово: 1522.'],
      es: ['Centro contra la violencia: escucha', 'Escucha confidencial, asesoramiento legal y psicológico. Día y noche llama al 1522 (gratuito).'],
    },
    languages: ['it', 'en', 'fr', 'ar'], hours: ['MO,WE,FR 09:00-13:00', 'TU,TH 15:00-19:00'], phone: '+39 0971 000 215',
    targetGroups: ['women', 'survivors'], free: true, womenOnly: true, interpretation: true, permit: 'none', verifiedDaysAgo: 14, areas: ['Provincia di Potenza'],
  },
  {
    key: 'casa-rifugio', org: 'cav', locations: ['casa-rifugio'], needs: ['anti-violence', 'housing'], confidential: true,
    name: 'Casa rifugio (riservata)', description: 'Ospitalità protetta a indirizzo segreto per donne e figli, su invio del centro antiviolenza.',
    tr: {
      en: ['Shelter (confidential)', 'Protected accommodation at a secret address for women and children, referred by the centre.'],
      fr: ['Maison refuge (confidentielle)', 'Hébergement protégé à adresse secrète pour femmes et enfants, sur orientation du centre.'],
      ar: ['دار الإيواء (سرية)', 'إيواء محمي بعنوان سري للنساء والأطفال بإحالة من المركز.'],
    },
    languages: ['it', 'en', 'ar'], hours: ['MO,TU,WE,TH,FR,SA,SU 00:00-23:59'], phone: '+39 0971 000 216',
    targetGroups: ['women', 'survivors', 'families'], free: true, womenOnly: true, childcare: true, referrals: true, permit: 'none', verifiedDaysAgo: 30,
  },
];
