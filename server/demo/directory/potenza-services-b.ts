import type { DemoDirService } from './demo-directory-types.js';

// Potenza demo services, second half: family, school, income, community, digital help, transport.

export const POTENZA_SERVICES_B: DemoDirService[] = [
  {
    key: 'mensa', org: 'solidale', locations: ['mensa'], needs: ['income-support'],
    name: 'Mensa e guardaroba solidale', description: 'Pranzo caldo ogni giorno e vestiti gratuiti, senza documenti.',
    tr: {
      en: ['Soup kitchen and clothes bank', 'A hot lunch every day and free clothes, no documents needed.'],
      fr: ['Restaurant solidaire et vestiaire', 'Un déjeuner chaud chaque jour et des vêtements gratuits, sans papiers.'],
      ar: ['مطعم تضامني وخزانة ملابس', 'وجبة غداء ساخنة كل يوم وملابس مجانية، دون وثائق.'],
      uk: ['Соціальна їдальня та одяг', 'Гарячий обід щодня та безкоштовний одяг, без документів.'],
    },
    languages: ['it', 'en', 'fr', 'ar'], hours: ['MO,TU,WE,TH,FR,SA,SU 12:00-14:00'], phone: '+39 0971 000 221',
    free: true, permit: 'none', verifiedDaysAgo: 22,
  },
  {
    key: 'emporio', org: 'solidale', locations: ['emporio'], needs: ['income-support'],
    name: 'Emporio solidale', description: 'Spesa gratuita con tessera a punti per famiglie inviate dalle porte sociali.',
    tr: {
      en: ['Solidarity grocery', 'Free groceries with a points card for families referred by the social gateways.'],
      fr: ['Épicerie solidaire', 'Courses gratuites avec carte à points pour les familles orientées par les portes sociales.'],
      ar: ['المتجر التضامني', 'تسوّق مجاني ببطاقة نقاط للعائلات المحالة من البوابات الاجتماعية.'],
    },
    languages: ['it'], hours: ['TU,FR 15:00-18:00'], phone: '+39 0971 000 222',
    targetGroups: ['families'], free: true, referrals: true, verifiedDaysAgo: 365,
  },
  {
    key: 'adi', org: 'comune', locations: ['servizi-sociali'], needs: ['income-support'],
    name: 'Assegno di inclusione e contributi comunali', description: 'Colloquio con l’assistente sociale per ADI, contributi affitto e bonus.',
    tr: {
      en: ['Inclusion Allowance and municipal grants', 'Meeting with a social worker about ADI, rent support and bonuses.'],
      fr: ['Allocation d’inclusion et aides communales', 'Entretien avec l’assistante sociale pour ADI, aide au loyer et primes.'],
      ar: ['بدل الإدماج والمساعدات البلدية', 'مقابلة مع المساعدة الاجتماعية بخصوص ADI ودعم الإيجار والمكافآت.'],
    },
    languages: ['it'], hours: ['MO,WE 09:00-12:00'], phone: '+39 0971 000 223',
    free: true, permit: 'valid_permit', documents: ['Documento di identità', 'Permesso di soggiorno', 'ISEE'], verifiedDaysAgo: 195, areas: ['Comune di Potenza'],
  },
  {
    key: 'spazio-bimbi', org: 'ps-bucaletto', locations: ['ps-bucaletto'], needs: ['family-childcare', 'education'],
    name: 'Spazio bimbi e compiti Bucaletto', description: 'Pomeriggi di gioco 3–10 anni e aiuto compiti, mentre i genitori frequentano i corsi.',
    tr: {
      en: ['Bucaletto kids’ space and homework', 'Play afternoons for ages 3–10 and homework help while parents attend courses.'],
      fr: ['Espace enfants et devoirs Bucaletto', 'Après-midis de jeu pour les 3–10 ans et aide aux devoirs pendant les cours des parents.'],
      ar: ['فضاء الأطفال والواجبات في بوكاليتو', 'أمسيات لعب للأطفال من 3 إلى 10 سنوات ومساعدة في الواجبات أثناء دروس الوالدين.'],
    },
    languages: ['it', 'ar'], hours: ['MO,WE 15:00-18:00'], phone: '+39 0971 000 224',
    targetGroups: ['families'], free: true, childcare: true, verifiedDaysAgo: 48, minAge: 3, maxAge: 10,
  },
  {
    key: 'orientamento-scuola', org: 'mediazione', locations: ['mediazione'], needs: ['education', 'family-childcare'],
    name: 'Mediazione scuola–famiglia', description: 'Mediatori per colloqui con gli insegnanti, iscrizioni e riconoscimento dei titoli di studio.',
    tr: {
      en: ['School–family mediation', 'Mediators for meetings with teachers, school enrolment and recognition of qualifications.'],
      fr: ['Médiation école–famille', 'Médiateurs pour les rencontres avec les enseignants, les inscriptions et la reconnaissance des diplômes.'],
      ar: ['الوساطة بين المدرسة والأسرة', 'وسطاء للقاءات مع المعلمين والتسجيل ومعادلة الشهادات.'],
      uk: ['Медіація школа–родина', 'Медіатори для зустрічей з учителями, запису до школи та визнання дипломів.'],
    },
    languages: ['it', 'ar', 'en', 'fr', 'uk', 'ti'], hours: ['TU,TH 14:30-17:30'], phone: '+39 0971 000 225',
    targetGroups: ['families', 'minors_15_17'], free: true, interpretation: true, referrals: true, verifiedDaysAgo: 40,
  },
  {
    key: 'neet-cocuzzo', org: 'ps-cocuzzo', locations: ['ps-cocuzzo'], needs: ['work-training', 'community'],
    name: 'Laboratori per ragazze e ragazzi NEET', description: 'Laboratori di cucina, video e manutenzione per chi non studia e non lavora, con tutor.',
    tr: {
      en: ['Workshops for NEET young people', 'Cooking, video and maintenance workshops with tutors, for young people not in school or work.'],
      fr: ['Ateliers pour jeunes NEET', 'Ateliers cuisine, vidéo et entretien avec tuteurs, pour les jeunes sans études ni emploi.'],
      ar: ['ورش للشباب خارج الدراسة والعمل', 'ورش طبخ وفيديو وصيانة مع مرشدين لمن لا يدرس ولا يعمل.'],
    },
    languages: ['it', 'en'], hours: ['TU,TH 15:00-18:00'], phone: '+39 0971 000 226',
    targetGroups: ['neet', 'minors_15_17'], free: true, referrals: true, verifiedDaysAgo: 100, minAge: 15, maxAge: 29,
  },
  {
    key: 'festa-quartiere', org: 'ps-centro', locations: ['ps-centro'], needs: ['community'],
    name: 'Tè e parole: incontri interculturali', description: 'Pomeriggi di conversazione e scambio tra abitanti vecchi e nuovi del centro storico.',
    tr: {
      en: ['Tea and words: intercultural meetings', 'Conversation afternoons between old and new residents of the historic centre.'],
      fr: ['Thé et paroles : rencontres interculturelles', 'Après-midis de conversation entre anciens et nouveaux habitants du centre historique.'],
      ar: ['شاي وكلمات: لقاءات بين الثقافات', 'أمسيات حوار وتبادل بين السكان القدامى والجدد في المركز التاريخي.'],
    },
    languages: ['it', 'ar', 'fr', 'en'], hours: ['FR 16:00-18:30'], phone: '+39 0971 000 227',
    free: true, verifiedDaysAgo: 130,
  },
  {
    key: 'digitale-macchia', org: 'digitale', locations: ['digitale-macchia'], needs: ['digital'],
    name: 'Facilitazione digitale Macchia Romana', description: 'Aiuto per SPID, CIE, PagoPA e prenotazioni sanitarie, su appuntamento o libero accesso.',
    tr: {
      en: ['Digital help — Macchia Romana', 'Help with SPID, electronic ID, PagoPA and health bookings, by appointment or walk-in.'],
      fr: ['Aide numérique — Macchia Romana', 'Aide pour SPID, CIE, PagoPA et réservations de santé, sur rendez-vous ou sans.'],
      ar: ['المساعدة الرقمية — ماكيا رومانا', 'مساعدة في SPID وبطاقة الهوية الإلكترونية وPagoPA والحجوزات الصحية.'],
    },
    languages: ['it', 'en'], hours: ['MO,WE,FR 15:00-18:00'], phone: '+39 0971 000 228',
    free: true, documents: ['Documento di identità', 'Tessera sanitaria', 'Telefono cellulare'], verifiedDaysAgo: 70,
  },
  {
    key: 'digitale-cocuzzo', org: 'digitale', locations: ['digitale-cocuzzo'], needs: ['digital'],
    name: 'Facilitazione digitale Cocuzzo', description: 'Postazioni gratuite e facilitatori per pratiche online e corsi di base sul telefono.',
    tr: {
      en: ['Digital help — Cocuzzo', 'Free computers and facilitators for online procedures and basic smartphone courses.'],
      fr: ['Aide numérique — Cocuzzo', 'Postes gratuits et facilitateurs pour les démarches en ligne et cours de base sur téléphone.'],
      ar: ['المساعدة الرقمية — كوكوتسو', 'حواسيب مجانية وميسّرون للإجراءات عبر الإنترنت ودورات أساسية للهاتف.'],
    },
    languages: ['it'], hours: ['TU,TH 09:30-12:30'], phone: '+39 0971 000 229',
    free: true, verifiedDaysAgo: 240,
  },
  {
    key: 'abbonamenti', org: 'trasporti', locations: ['biglietteria'], needs: ['transport'],
    name: 'Abbonamenti bus e scale mobili agevolati', description: 'Abbonamenti ridotti per studenti, disoccupati e famiglie con ISEE basso; le scale mobili sono gratuite.',
    tr: {
      en: ['Reduced bus passes (escalators are free)', 'Reduced passes for students, unemployed people and low-income families; the public escalators are free.'],
      fr: ['Abonnements de bus réduits', 'Abonnements réduits pour étudiants, chômeurs et familles à faible revenu ; les escaliers mécaniques sont gratuits.'],
      ar: ['اشتراكات الحافلات المخفضة', 'اشتراكات مخفضة للطلاب والعاطلين والأسر ذات الدخل المنخفض؛ السلالم المتحركة مجانية.'],
      uk: ['Пільгові проїзні на автобус', 'Знижки для студентів, безробітних і малозабезпечених сімей; ескалатори безкоштовні.'],
    },
    languages: ['it', 'en'], hours: ['MO,TU,WE,TH,FR 07:30-13:30', 'MO,TU,WE,TH,FR 15:00-18:00'], phone: '+39 0971 000 230',
    documents: ['Documento di identità', 'Fototessera', 'ISEE (per la riduzione)'], verifiedDaysAgo: 85, areas: ['Comune di Potenza'],
  },
  {
    key: 'accompagnamento', org: 'mediazione', locations: ['mediazione'], needs: ['transport', 'health'],
    name: 'Accompagnamento a visite e uffici', description: 'Mediatori che accompagnano a visite mediche e appuntamenti negli uffici, anche fuori città.',
    tr: {
      en: ['Accompaniment to appointments', 'Mediators who accompany people to medical visits and office appointments, also out of town.'],
      fr: ['Accompagnement aux rendez-vous', 'Médiateurs qui accompagnent aux visites médicales et aux rendez-vous, même hors de la ville.'],
      ar: ['المرافقة إلى المواعيد', 'وسطاء يرافقون إلى الزيارات الطبية ومواعيد المكاتب، حتى خارج المدينة.'],
    },
    languages: ['it', 'ar', 'en', 'fr', 'ti'], hours: ['MO,TU,WE,TH,FR 08:30-14:00'], phone: '+39 0971 000 231',
    free: true, interpretation: true, referrals: true, verifiedDaysAgo: 190,
  },
  {
    key: 'neet-centro', org: 'ps-centro', locations: ['ps-centro'], needs: ['work-training'], status: 'temporarily closed',
    name: 'Bilancio di competenze (sospeso)', description: 'Percorso individuale di bilancio di competenze; sospeso in attesa del nuovo bando.',
    tr: {
      en: ['Skills assessment (suspended)', 'Individual skills assessment; suspended until the new call for funding.'],
      fr: ['Bilan de compétences (suspendu)', 'Bilan de compétences individuel ; suspendu en attente du nouvel appel.'],
    },
    languages: ['it', 'en'], hours: ['WE 09:00-12:00'], phone: '+39 0971 000 232',
    free: true, verifiedDaysAgo: 280,
  },
];
