import type { DemoDirService } from './demo-directory-types.js';

// Aosta demo services, second half: family, school, income, community, digital help, transport.
// The library's digital point and La Sorgente's digital desk share Tuesday afternoons in the centre:
// a second overlap for the network view.

export const AOSTA_SERVICES_B: DemoDirService[] = [
  {
    key: 'casa-famiglie', org: 'libellula', locations: ['libellula-sede'], needs: ['family-childcare', 'community'],
    name: 'Casa delle famiglie: spazio 0–6 anni', description: 'Gioco libero per bambini piccoli con i genitori, gruppi di mamme e consulenza educativa.',
    tr: {
      en: ['Family house: 0–6 play space', 'Free play for young children with their parents, mothers’ groups and parenting advice.'],
      fr: ['Maison des familles : espace 0–6 ans', 'Jeu libre pour les petits avec leurs parents, groupes de mamans et conseil éducatif.'],
      ar: ['بيت العائلات: فضاء للأطفال من 0 إلى 6 سنوات', 'لعب حر للأطفال الصغار مع والديهم، مجموعات أمهات واستشارات تربوية.'],
      uk: ['Дім родин: простір для дітей 0–6 років', 'Вільна гра для малюків з батьками, групи мам і педагогічні консультації.'],
    },
    languages: ['it', 'fr', 'ar', 'uk'], hours: ['MO,WE,FR 16:00-18:30', 'SA 10:00-12:00'], phone: '+39 0165 000 121',
    targetGroups: ['families'], free: true, childcare: true, verifiedDaysAgo: 35, maxAge: 99,
  },
  {
    key: 'iscrizione-scuola', org: 'comune', locations: ['servizi-sociali'], needs: ['education', 'family-childcare'],
    name: 'Iscrizione a nido, scuola e mensa', description: 'Informazioni e aiuto per iscrivere i figli a nido, scuola dell’obbligo, mensa e trasporto scolastico.',
    tr: {
      en: ['Enrolment in nursery, school and canteen', 'Help enrolling children in nursery, compulsory school, school meals and school transport.'],
      fr: ['Inscription à la crèche, à l’école et à la cantine', 'Aide pour inscrire les enfants à la crèche, à l’école, à la cantine et au transport scolaire.'],
      ar: ['التسجيل في الحضانة والمدرسة والمطعم المدرسي', 'مساعدة في تسجيل الأطفال في الحضانة والمدرسة الإلزامية والمطعم والنقل المدرسي.'],
    },
    languages: ['it', 'fr'], hours: ['MO,TU,WE,TH,FR 09:00-12:00'], phone: '+39 0165 000 122',
    targetGroups: ['families'], free: true, documents: ['Documento di identità del genitore', 'Codice fiscale del bambino', 'Certificato vaccinale'], verifiedDaysAgo: 300, areas: ['Comune di Aosta'],
  },
  {
    key: 'doposcuola', org: 'indaco', locations: ['indaco-dora'], needs: ['education', 'community'],
    name: 'Doposcuola e aiuto compiti', description: 'Aiuto nei compiti per ragazze e ragazzi delle medie e del biennio, con educatori e volontari.',
    tr: {
      en: ['After-school homework club', 'Homework help for middle and lower secondary students, with educators and volunteers.'],
      fr: ['Aide aux devoirs après l’école', 'Aide aux devoirs pour les collégiens et lycéens, avec éducateurs et bénévoles.'],
      ar: ['دعم مدرسي بعد الدوام', 'مساعدة في الواجبات لتلاميذ الإعدادي والسنتين الأوليين من الثانوي، مع مربين ومتطوعين.'],
    },
    languages: ['it', 'ar', 'fr'], hours: ['MO,TU,WE,TH 15:00-18:00'], phone: '+39 0165 000 123',
    targetGroups: ['minors_15_17'], free: true, verifiedDaysAgo: 55, minAge: 11, maxAge: 17,
  },
  {
    key: 'contributi', org: 'comune', locations: ['servizi-sociali'], needs: ['income-support'],
    name: 'Contributi economici e Assegno di inclusione', description: 'Colloquio con l’assistente sociale per contributi, bonus e domanda di Assegno di inclusione.',
    tr: {
      en: ['Financial help and Inclusion Allowance', 'Meeting with a social worker for grants, bonuses and the Inclusion Allowance (ADI) application.'],
      fr: ['Aides financières et Allocation d’inclusion', 'Entretien avec l’assistante sociale pour aides, primes et demande d’Allocation d’inclusion.'],
      ar: ['مساعدات مالية وبدل الإدماج', 'مقابلة مع المساعدة الاجتماعية بخصوص المساعدات والمكافآت وطلب بدل الإدماج.'],
      uk: ['Фінансова допомога та допомога на інклюзію', 'Зустріч із соціальним працівником щодо допомог і заяви на Assegno di inclusione.'],
    },
    languages: ['it', 'fr'], hours: ['TU,TH 09:00-12:30'], phone: '+39 0165 000 124',
    free: true, permit: 'valid_permit', documents: ['Documento di identità', 'Permesso di soggiorno', 'ISEE in corso di validità'], verifiedDaysAgo: 185,
  },
  {
    key: 'emporio', org: 'caritas', locations: ['emporio'], needs: ['income-support'],
    name: 'Emporio solidale (spesa con tessera a punti)', description: 'Spesa gratuita con tessera a punti per famiglie in difficoltà, su invio del centro di ascolto o dei servizi.',
    tr: {
      en: ['Solidarity grocery (points card)', 'Free groceries with a points card for families in need, on referral from the listening centre or social services.'],
      fr: ['Épicerie solidaire (carte à points)', 'Courses gratuites avec carte à points pour les familles en difficulté, sur orientation.'],
      ar: ['المتجر التضامني (بطاقة نقاط)', 'تسوّق مجاني ببطاقة نقاط للعائلات المحتاجة، بإحالة من مركز الاستماع أو الخدمات.'],
      es: ['Economato solidario (tarjeta de puntos)', 'Compra gratuita con tarjeta de puntos para familias en dificultad, por derivación.'],
    },
    languages: ['it', 'ar', 'es'], hours: ['WE,SA 09:00-12:00', 'FR 15:00-18:00'], phone: '+39 0165 000 125',
    targetGroups: ['families'], free: true, referrals: true, permit: 'none', verifiedDaysAgo: 400,
  },
  {
    key: 'ascolto', org: 'caritas', locations: ['ascolto'], needs: ['income-support', 'housing'],
    name: 'Centro di ascolto', description: 'Primo ascolto per chi è in difficoltà: vestiti, pasti, orientamento ai servizi.',
    tr: {
      en: ['Listening centre', 'First listening for people in difficulty: clothes, meals, guidance to services.'],
      fr: ['Centre d’écoute', 'Premier accueil pour les personnes en difficulté : vêtements, repas, orientation.'],
      ar: ['مركز الاستماع', 'استقبال أولي لمن يمر بصعوبة: ملابس، وجبات، توجيه نحو الخدمات.'],
    },
    languages: ['it', 'fr', 'en', 'ar'], hours: ['MO,TU,WE,TH,FR 09:00-11:30'], phone: '+39 0165 000 126',
    free: true, permit: 'none', verifiedDaysAgo: 70,
  },
  {
    key: 'cogne-comunita', org: 'sorgente', locations: ['sorgente-cogne'], needs: ['community'],
    name: 'Cene di quartiere e festa dei popoli', description: 'Cene condivise mensili, gruppi di cammino e la festa dei popoli di giugno nel quartiere Cogne.',
    tr: {
      en: ['Neighbourhood dinners and festival of peoples', 'Monthly shared dinners, walking groups and the June festival of peoples in the Cogne district.'],
      fr: ['Dîners de quartier et fête des peuples', 'Dîners partagés mensuels, groupes de marche et fête des peuples en juin.'],
      ar: ['عشاءات الحي ومهرجان الشعوب', 'عشاء مشترك شهري ومجموعات مشي ومهرجان الشعوب في يونيو بحي كونيي.'],
    },
    languages: ['it', 'ar', 'fr', 'en'], hours: ['FR 19:00-22:00'], phone: '+39 0165 000 127',
    free: true, verifiedDaysAgo: 140,
  },
  {
    key: 'borgnalle-giovani', org: 'indaco', locations: ['borgnalle'], needs: ['community', 'work-training'],
    name: 'Spazio giovani Borgnalle', description: 'Sala prove, sport e orientamento per ragazze e ragazzi dai 15 ai 24 anni.',
    tr: {
      en: ['Borgnalle youth space', 'Music room, sport and guidance for young people aged 15 to 24.'],
      fr: ['Espace jeunes Borgnalle', 'Salle de répétition, sport et orientation pour les jeunes de 15 à 24 ans.'],
      ar: ['فضاء الشباب بورنيالي', 'قاعة تمارين موسيقية ورياضة وتوجيه للشباب من 15 إلى 24 سنة.'],
    },
    languages: ['it', 'fr', 'en'], hours: ['TU,TH 15:00-19:00', 'SA 15:00-18:00'], phone: '+39 0165 000 128',
    targetGroups: ['minors_15_17', 'neet'], free: true, verifiedDaysAgo: 160, minAge: 15, maxAge: 24,
  },
  {
    key: 'digitale-biblioteca', org: 'digitale', locations: ['biblioteca'], needs: ['digital'],
    name: 'Punto digitale facile in biblioteca', description: 'Aiuto per SPID, CIE, PagoPA, fascicolo sanitario e prenotazioni online; postazioni gratuite.',
    tr: {
      en: ['Digital help point at the library', 'Help with SPID, electronic ID, PagoPA, health records and online bookings; free computers.'],
      fr: ['Point numérique facile à la bibliothèque', 'Aide pour SPID, CIE, PagoPA, dossier de santé et réservations en ligne ; postes gratuits.'],
      ar: ['نقطة المساعدة الرقمية في المكتبة', 'مساعدة في SPID وبطاقة الهوية الإلكترونية وPagoPA والملف الصحي والحجوزات عبر الإنترنت.'],
      uk: ['Цифровий пункт у бібліотеці', 'Допомога зі SPID, CIE, PagoPA, медичною карткою та онлайн-записами; безкоштовні комп’ютери.'],
    },
    languages: ['it', 'fr', 'en'], hours: ['TU,TH 14:00-18:00'], phone: '+39 0165 000 129',
    free: true, documents: ['Documento di identità', 'Tessera sanitaria', 'Telefono cellulare'], verifiedDaysAgo: 50,
  },
  {
    key: 'digitale-sorgente', org: 'sorgente', locations: ['sorgente-sede'], needs: ['digital', 'legal-documents'],
    name: 'Sportello digitale con mediatori', description: 'Aiuto con le pratiche online (SPID, prenotazioni in Questura, INPS) in più lingue.',
    tr: {
      en: ['Digital desk with mediators', 'Help with online procedures (SPID, police appointments, INPS) in several languages.'],
      fr: ['Guichet numérique avec médiateurs', 'Aide pour les démarches en ligne (SPID, rendez-vous en préfecture de police, INPS).'],
      ar: ['مكتب رقمي مع وسطاء', 'مساعدة في الإجراءات عبر الإنترنت (SPID، مواعيد الشرطة، INPS) بعدة لغات.'],
    },
    languages: ['it', 'ar', 'ti', 'en'], hours: ['TU 14:30-17:30'], phone: '+39 0165 000 130',
    free: true, interpretation: true, verifiedDaysAgo: 12,
  },
  {
    key: 'digitale-dora', org: 'digitale', locations: ['digitale-dora'], needs: ['digital'], status: 'temporarily closed',
    name: 'Punto digitale Dora', description: 'Postazioni e facilitatori digitali nel quartiere Dora (chiuso per lavori fino a nuovo avviso).',
    tr: {
      en: ['Dora digital point', 'Computers and digital facilitators in the Dora district (closed for works until further notice).'],
      fr: ['Point numérique Dora', 'Postes et facilitateurs numériques dans le quartier Dora (fermé pour travaux).'],
    },
    languages: ['it', 'fr'], hours: ['MO,WE 09:00-12:00'], phone: '+39 0165 000 131',
    free: true, verifiedDaysAgo: 230,
  },
  {
    key: 'abbonamenti', org: 'svap', locations: ['biglietteria'], needs: ['transport'],
    name: 'Abbonamenti agevolati bus urbani', description: 'Abbonamenti ridotti per studenti, disoccupati e persone con ISEE basso.',
    tr: {
      en: ['Reduced-fare city bus passes', 'Reduced passes for students, unemployed people and low-income households.'],
      fr: ['Abonnements de bus à tarif réduit', 'Abonnements réduits pour étudiants, chômeurs et ménages à faible revenu.'],
      ar: ['اشتراكات حافلات المدينة بسعر مخفض', 'اشتراكات مخفضة للطلاب والعاطلين عن العمل وذوي الدخل المنخفض.'],
      es: ['Abonos de autobús urbano con descuento', 'Abonos reducidos para estudiantes, desempleados y hogares con ingresos bajos.'],
    },
    languages: ['it', 'fr'], hours: ['MO,TU,WE,TH,FR 07:00-19:00', 'SA 07:00-13:00'], phone: '+39 0165 000 132',
    documents: ['Documento di identità', 'Fototessera', 'ISEE (per la riduzione)'], verifiedDaysAgo: 90, areas: ['Comune di Aosta'],
  },
  {
    key: 'patente', org: 'enaip', locations: ['enaip-sede'], needs: ['transport', 'work-training'],
    name: 'Teoria per la patente B in italiano semplice', description: 'Corso di teoria per la patente con lessico semplificato e simulazioni dei quiz.',
    tr: {
      en: ['Driving licence theory in plain Italian', 'Driving theory course with simplified vocabulary and practice quizzes.'],
      fr: ['Théorie du permis B en italien simple', 'Cours de code de la route avec vocabulaire simplifié et simulations de quiz.'],
      ar: ['نظري رخصة القيادة B بإيطالية مبسطة', 'دورة نظرية لرخصة القيادة بمفردات مبسطة واختبارات تجريبية.'],
    },
    languages: ['it', 'fr', 'ar'], hours: ['WE 18:00-20:00'], phone: '+39 0165 000 133',
    targetGroups: ['young_adults'], referrals: true, permit: 'any_permit', documents: ['Permesso di soggiorno'], verifiedDaysAgo: 80, minAge: 17,
  },
];
