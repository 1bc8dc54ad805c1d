import type { DemoDirService } from './demo-directory-types.js';

// Aosta demo services, first half: language, work, housing, health, documents, anti-violence.
// Two Italian courses in Quartiere Cogne meet on the same mornings on purpose: the network view's
// overlap report has a real case to show in the demo.

const ID = ['Documento di identità o passaporto'];
const PERMIT = ['Permesso di soggiorno o ricevuta della richiesta'];

export const AOSTA_SERVICES_A: DemoDirService[] = [
  {
    key: 'cpia-italiano', org: 'cpia', locations: ['cpia-sede'], needs: ['language', 'education'],
    name: 'Corsi di italiano per adulti (A1–B1)', description: 'Corsi gratuiti di lingua italiana con test di livello e certificazione, mattina e sera.',
    tr: {
      en: ['Italian courses for adults (A1–B1)', 'Free Italian courses with placement test and certificate, mornings and evenings.'],
      fr: ['Cours d’italien pour adultes (A1–B1)', 'Cours gratuits d’italien avec test de niveau et certificat, le matin et le soir.'],
      ar: ['دورات اللغة الإيطالية للبالغين (A1–B1)', 'دورات مجانية للغة الإيطالية مع اختبار تحديد المستوى وشهادة، صباحًا ومساءً.'],
      uk: ['Курси італійської для дорослих (A1–B1)', 'Безкоштовні курси італійської з тестом рівня та сертифікатом, вранці та ввечері.'],
      es: ['Cursos de italiano para adultos (A1–B1)', 'Cursos gratuitos de italiano con prueba de nivel y certificado, por la mañana y por la tarde.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['MO,TU,WE,TH 18:00-20:30', 'TU,TH 09:00-12:00'], phone: '+39 0165 000 101',
    free: true, referrals: true, documents: [...ID, 'Codice fiscale'], verifiedDaysAgo: 40, minAge: 16, areas: ['Comune di Aosta'],
  },
  {
    key: 'cpia-italiano-cogne', org: 'cpia', locations: ['cpia-cogne'], needs: ['language'],
    name: 'Italiano di quartiere — Cogne', description: 'Corso di italiano A1 di mattina nel quartiere Cogne, con attenzione a chi non sa leggere e scrivere.',
    tr: {
      en: ['Neighbourhood Italian — Cogne', 'Morning A1 Italian course in the Cogne district, also for people who cannot read or write.'],
      fr: ['Italien de quartier — Cogne', 'Cours d’italien A1 le matin dans le quartier Cogne, aussi pour les personnes qui ne savent pas lire ni écrire.'],
      ar: ['الإيطالية في الحي — كونيي', 'دورة صباحية للغة الإيطالية مستوى A1 في حي كونيي، أيضًا لمن لا يعرف القراءة والكتابة.'],
    },
    languages: ['it', 'ar', 'fr'], hours: ['MO,WE 09:00-12:00'], phone: '+39 0165 000 102',
    free: true, referrals: true, documents: ID, verifiedDaysAgo: 95, minAge: 16,
  },
  {
    key: 'porte-aperte', org: 'scuola-popolare', locations: ['scuola-popolare'], needs: ['language', 'community'],
    name: 'Scuola di italiano Porte Aperte', description: 'Lezioni di italiano con insegnanti volontari, senza iscrizione: si entra e si impara.',
    tr: {
      en: ['Porte Aperte Italian school', 'Italian lessons with volunteer teachers, no enrolment needed: walk in and learn.'],
      fr: ['École d’italien Porte Aperte', 'Cours d’italien avec des enseignants bénévoles, sans inscription : on entre et on apprend.'],
      ar: ['مدرسة بورتي أبيرتي للغة الإيطالية', 'دروس في اللغة الإيطالية مع معلمين متطوعين، دون تسجيل: ادخل وتعلّم.'],
      uk: ['Школа італійської Porte Aperte', 'Уроки італійської з волонтерами-викладачами, без запису: приходьте й навчайтеся.'],
    },
    languages: ['it', 'ar', 'en', 'uk'], hours: ['MO,WE,FR 09:30-11:30'], phone: '+39 0165 000 103',
    free: true, permit: 'none', verifiedDaysAgo: 210,
  },
  {
    key: 'italiano-donne', org: 'sorgente', locations: ['sorgente-sede'], needs: ['language', 'family-childcare'],
    name: 'Italiano per mamme, con spazio bimbi', description: 'Corso di italiano per donne con baby-sitting gratuito nella stanza accanto.',
    tr: {
      en: ['Italian for mothers, with a kids’ corner', 'Italian course for women with free childcare in the next room.'],
      fr: ['Italien pour les mamans, avec espace enfants', 'Cours d’italien pour femmes avec garde d’enfants gratuite dans la salle voisine.'],
      ar: ['الإيطالية للأمهات مع ركن للأطفال', 'دورة لغة إيطالية للنساء مع رعاية مجانية للأطفال في الغرفة المجاورة.'],
      es: ['Italiano para madres, con espacio infantil', 'Curso de italiano para mujeres con cuidado gratuito de niños en la sala contigua.'],
    },
    languages: ['it', 'ar', 'fr', 'ti'], hours: ['TU,TH 09:00-11:00'], phone: '+39 0165 000 104',
    targetGroups: ['women', 'families'], free: true, womenOnly: true, childcare: true, referrals: true, verifiedDaysAgo: 20,
  },
  {
    key: 'enaip-corsi', org: 'enaip', locations: ['enaip-sede'], needs: ['work-training'],
    name: 'Corsi professionali brevi (cucina, pulizie, logistica)', description: 'Percorsi di 120–300 ore con tirocinio in azienda e attestato regionale.',
    tr: {
      en: ['Short vocational courses (cooking, cleaning, logistics)', '120–300 hour courses with a company traineeship and a regional certificate.'],
      fr: ['Formations professionnelles courtes (cuisine, nettoyage, logistique)', 'Parcours de 120 à 300 heures avec stage en entreprise et attestation régionale.'],
      ar: ['دورات مهنية قصيرة (طبخ، تنظيف، لوجستيات)', 'برامج من 120 إلى 300 ساعة مع تدريب في شركة وشهادة إقليمية.'],
    },
    languages: ['it', 'fr', 'en'], hours: ['MO,TU,WE,TH,FR 09:00-13:00'], phone: '+39 0165 000 105',
    targetGroups: ['neet', 'young_adults'], free: true, referrals: true, permit: 'valid_permit', documents: [...ID, ...PERMIT, 'Codice fiscale'], verifiedDaysAgo: 60, minAge: 16,
  },
  {
    key: 'esprit-lavoro', org: 'esprit', locations: ['esprit-lab'], needs: ['work-training'],
    name: 'Laboratori di avviamento al lavoro', description: 'Falegnameria e manutenzione del verde con borsa lavoro, per chi cerca il primo impiego.',
    tr: {
      en: ['Work-start workshops', 'Carpentry and green maintenance with a paid work grant, for first job seekers.'],
      fr: ['Ateliers d’initiation au travail', 'Menuiserie et entretien des espaces verts avec bourse de travail, pour un premier emploi.'],
      ar: ['ورش الانطلاق في العمل', 'نجارة وصيانة المساحات الخضراء مع منحة عمل، لمن يبحث عن أول وظيفة.'],
    },
    languages: ['it', 'fr'], hours: ['MO,TU,WE,TH 08:30-12:30'], phone: '+39 0165 000 106',
    targetGroups: ['neet', 'minors_15_17'], free: true, referrals: true, verifiedDaysAgo: 200, minAge: 15, maxAge: 29,
  },
  {
    key: 'cpi-orientamento', org: 'cpi', locations: ['cpi'], needs: ['work-training'],
    name: 'Orientamento al lavoro e iscrizione come disoccupati', description: 'Dichiarazione di disponibilità (DID), patto di servizio, offerte di lavoro e tirocini.',
    tr: {
      en: ['Job guidance and unemployment registration', 'Declaration of availability (DID), service pact, job offers and traineeships.'],
      fr: ['Orientation professionnelle et inscription au chômage', 'Déclaration de disponibilité (DID), pacte de service, offres d’emploi et stages.'],
      ar: ['التوجيه المهني والتسجيل كعاطل عن العمل', 'إعلان الاستعداد للعمل، اتفاق الخدمة، عروض العمل والتدريب.'],
    },
    languages: ['it', 'fr', 'en'], hours: ['MO,TU,WE,TH,FR 08:30-12:30', 'TU 14:00-16:00'], phone: '+39 0165 000 107',
    free: true, permit: 'valid_permit', documents: [...ID, ...PERMIT, 'Codice fiscale'], verifiedDaysAgo: 30, areas: ['Comune di Aosta'],
  },
  {
    key: 'sportello-casa', org: 'sportello-casa', locations: ['casa'], needs: ['housing'],
    name: 'Sportello casa: affitti e garanzie', description: 'Aiuto a cercare casa in affitto, fondo di garanzia per il deposito e mediazione con i proprietari.',
    tr: {
      en: ['Housing desk: rentals and guarantees', 'Help finding a rental, a guarantee fund for the deposit and mediation with landlords.'],
      fr: ['Guichet logement : locations et garanties', 'Aide à trouver un logement, fonds de garantie pour la caution et médiation avec les propriétaires.'],
      ar: ['مكتب السكن: الإيجار والضمانات', 'مساعدة في إيجاد سكن للإيجار، صندوق ضمان للتأمين ووساطة مع المالكين.'],
      uk: ['Житлова служба: оренда та гарантії', 'Допомога в пошуку житла, гарантійний фонд для застави та посередництво з власниками.'],
    },
    languages: ['it', 'fr', 'uk'], hours: ['TU,TH 14:30-17:30'], phone: '+39 0165 000 108',
    targetGroups: ['families'], free: true, referrals: true, documents: [...ID, 'ISEE'], verifiedDaysAgo: 250,
  },
  {
    key: 'dormitorio', org: 'caritas', locations: ['dormitorio'], needs: ['housing'],
    name: 'Accoglienza notturna maschile', description: 'Posti letto per la notte, doccia e colazione, su colloquio al centro di ascolto.',
    tr: {
      en: ['Night shelter for men', 'Beds for the night, shower and breakfast, after an interview at the listening centre.'],
      fr: ['Accueil de nuit pour hommes', 'Lits pour la nuit, douche et petit-déjeuner, après un entretien au centre d’écoute.'],
      ar: ['مبيت ليلي للرجال', 'أسرّة للمبيت ودش وفطور، بعد مقابلة في مركز الاستماع.'],
    },
    languages: ['it', 'fr', 'ar', 'en'], hours: ['MO,TU,WE,TH,FR,SA,SU 19:30-23:00'], phone: '+39 0165 000 109',
    free: true, permit: 'not_required_emergency', verifiedDaysAgo: 15,
  },
  {
    key: 'stp', org: 'usl', locations: ['usl-stp'], needs: ['health'],
    name: 'Ambulatorio per stranieri senza tessera sanitaria (STP/ENI)', description: 'Cure urgenti ed essenziali anche senza permesso di soggiorno; il medico non segnala.',
    tr: {
      en: ['Clinic for foreigners without a health card (STP/ENI)', 'Urgent and essential care even without a residence permit; doctors do not report you.'],
      fr: ['Consultation pour étrangers sans carte sanitaire (STP/ENI)', 'Soins urgents et essentiels même sans titre de séjour ; le médecin ne signale pas.'],
      ar: ['عيادة الأجانب دون بطاقة صحية (STP/ENI)', 'رعاية عاجلة وأساسية حتى بدون تصريح إقامة؛ الطبيب لا يبلّغ عنك.'],
      uk: ['Амбулаторія для іноземців без медичної картки (STP/ENI)', 'Невідкладна й основна допомога навіть без посвідки на проживання.'],
      es: ['Consultorio para extranjeros sin tarjeta sanitaria (STP/ENI)', 'Atención urgente y esencial incluso sin permiso de residencia; el médico no denuncia.'],
    },
    languages: ['it', 'fr', 'en', 'ar'], hours: ['MO,WE,FR 14:00-17:00'], phone: '+39 0165 000 110',
    free: true, interpretation: true, permit: 'none', verifiedDaysAgo: 75, areas: ["Valle d'Aosta"],
  },
  {
    key: 'consultorio', org: 'usl', locations: ['usl-consultorio'], needs: ['health', 'family-childcare'],
    name: 'Consultorio familiare: gravidanza, contraccezione, pediatria', description: 'Ostetriche, ginecologhe e psicologhe; visite in gravidanza e dopo il parto con mediatrice.',
    tr: {
      en: ['Family clinic: pregnancy, contraception, paediatrics', 'Midwives, gynaecologists and psychologists; pregnancy and after-birth visits with a mediator.'],
      fr: ['Centre de planning familial : grossesse, contraception, pédiatrie', 'Sages-femmes, gynécologues et psychologues ; visites de grossesse avec médiatrice.'],
      ar: ['مركز الاستشارة العائلية: الحمل، منع الحمل، طب الأطفال', 'قابلات وطبيبات نساء وأخصائيات نفسيات؛ زيارات الحمل وما بعد الولادة مع وسيطة.'],
      uk: ['Сімейна консультація: вагітність, контрацепція, педіатрія', 'Акушерки, гінекологи та психологи; огляди під час вагітності з медіаторкою.'],
    },
    languages: ['it', 'fr', 'en', 'ar', 'uk'], hours: ['MO,TU,WE,TH,FR 08:30-12:30', 'WE 14:00-16:30'], phone: '+39 0165 000 111',
    targetGroups: ['women', 'families'], free: true, interpretation: true, documents: ['Tessera sanitaria o codice STP'], verifiedDaysAgo: 120,
  },
  {
    key: 'questura-permessi', org: 'questura', locations: ['questura'], needs: ['legal-documents'],
    name: 'Ufficio immigrazione: permessi di soggiorno', description: 'Rilascio e rinnovo del permesso, su appuntamento dopo il kit postale; fotosegnalamento.',
    tr: {
      en: ['Immigration office: residence permits', 'Issue and renewal of permits, by appointment after the post office kit; fingerprinting.'],
      fr: ['Bureau de l’immigration : titres de séjour', 'Délivrance et renouvellement, sur rendez-vous après le kit postal ; relevé d’empreintes.'],
      ar: ['مكتب الهجرة: تصاريح الإقامة', 'إصدار وتجديد التصاريح بموعد بعد ملف البريد؛ أخذ البصمات.'],
      uk: ['Імміграційний відділ: посвідки на проживання', 'Видача та продовження посвідок за записом після поштового пакета.'],
    },
    languages: ['it', 'en', 'fr'], hours: ['MO,WE,FR 08:30-12:00', 'TU 15:00-17:00'], phone: '+39 0165 000 112',
    documents: [...ID, ...PERMIT, '4 fototessere', 'Ricevuta del kit postale'], verifiedDaysAgo: 190, areas: ["Valle d'Aosta"],
  },
  {
    key: 'sorgente-legale', org: 'sorgente', locations: ['sorgente-sede', 'sorgente-cogne'], needs: ['legal-documents'],
    name: 'Sportello Sentirsi a casa: documenti e orientamento legale', description: 'Aiuto per kit permesso, ricongiungimento familiare, cittadinanza e residenza anagrafica, con mediatori.',
    tr: {
      en: ['Sentirsi a casa desk: documents and legal guidance', 'Help with permit kits, family reunification, citizenship and registry residence, with mediators.'],
      fr: ['Guichet Sentirsi a casa : papiers et orientation juridique', 'Aide pour le kit de séjour, le regroupement familial, la nationalité et la résidence, avec médiateurs.'],
      ar: ['مكتب "سنتيرسي آ كازا": الوثائق والتوجيه القانوني', 'مساعدة في ملف الإقامة ولمّ الشمل والجنسية والإقامة المدنية، مع وسطاء.'],
      es: ['Ventanilla Sentirsi a casa: documentos y orientación legal', 'Ayuda con el kit del permiso, la reagrupación familiar, la ciudadanía y el empadronamiento.'],
      uk: ['Служба Sentirsi a casa: документи та юридичні консультації', 'Допомога з документами, возз’єднанням сім’ї, громадянством і реєстрацією, з медіаторами.'],
    },
    languages: ['it', 'ar', 'fr', 'en', 'ti', 'es', 'uk'], hours: ['MO,WE 09:00-13:00', 'TH 14:00-18:00'], phone: '+39 0165 000 113',
    free: true, interpretation: true, referrals: true, permit: 'none', verifiedDaysAgo: 10, areas: ['Comune di Aosta'],
  },
  {
    key: 'cav', org: 'antiviolenza', locations: ['cav-sportello'], needs: ['anti-violence'],
    name: 'Centro antiviolenza: ascolto e consulenza', description: 'Colloqui riservati e gratuiti, consulenza legale e psicologica. Di notte e nei festivi chiama il 1522, numero nazionale gratuito.',
    tr: {
      en: ['Anti-violence centre: listening and advice', 'Confidential free interviews, legal and psychological advice. At night and on holidays call 1522, the free national number.'],
      fr: ['Centre contre les violences : écoute et conseil', 'Entretiens confidentiels et gratuits, conseil juridique et psychologique. La nuit et les jours fériés, appelez le 1522.'],
      ar: ['مركز مناهضة العنف: استماع واستشارة', 'مقابلات سرية ومجانية، استشارة قانونية ونفسية. ليلاً وفي العطل اتصلي بالرقم الوطني المجاني 1522.'],
      es: ['Centro contra la violencia: escucha y asesoramiento', 'Entrevistas confidenciales y gratuitas. De noche y festivos llama al 1522, número nacional gratuito.'],
      uk: ['Центр протидії насильству: вислуховування та консультації', 'Конфіденційні безкоштовні зустрічі. Вночі та у святкові дні телефонуйте 1522.'],
    },
    languages: ['it', 'fr', 'en', 'ar', 'es'], hours: ['MO,TU,WE,TH,FR 09:00-13:00', 'TU,TH 14:00-18:00'], phone: '+39 0165 000 114',
    targetGroups: ['women', 'survivors'], free: true, womenOnly: true, interpretation: true, permit: 'none', verifiedDaysAgo: 25, areas: ["Valle d'Aosta"],
  },
  {
    key: 'casa-rifugio', org: 'antiviolenza', locations: ['casa-rifugio-1', 'casa-rifugio-2'], needs: ['anti-violence', 'housing'], confidential: true,
    name: 'Casa rifugio (riservata)', description: 'Ospitalità protetta a indirizzo segreto per donne e figli; accesso solo tramite il centro antiviolenza.',
    tr: {
      en: ['Shelter (confidential)', 'Protected accommodation at a secret address for women and children; access only through the anti-violence centre.'],
      fr: ['Maison refuge (confidentielle)', 'Hébergement protégé à adresse secrète pour femmes et enfants ; accès par le centre uniquement.'],
      ar: ['دار الإيواء (سرية)', 'إيواء محمي بعنوان سري للنساء والأطفال؛ الدخول فقط عبر مركز مناهضة العنف.'],
    },
    languages: ['it', 'fr', 'en'], hours: ['MO,TU,WE,TH,FR,SA,SU 00:00-23:59'], phone: '+39 0165 000 115',
    targetGroups: ['women', 'survivors', 'families'], free: true, womenOnly: true, childcare: true, referrals: true, permit: 'none', verifiedDaysAgo: 45,
  },
];
