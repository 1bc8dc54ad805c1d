import type { NoticeLanguage } from './notice-texts.js';

// English and French versions of the demo information notices (see notice-texts.ts).

export const NOTICE_EN: NoticeLanguage = {
  title: {
    service_delivery: (p) => `Privacy notice — reception and guidance (${p.project})`,
    sharing: (p) => `Privacy notice — sharing your data with ${p.partner}`,
    contact: () => 'Privacy notice — being contacted',
    photos: () => 'Privacy notice — photos and videos of activities',
    research: () => 'Privacy notice — research and evaluation of the project',
  },
  what: {
    service_delivery: (p) =>
      `Why we use your data: to welcome you, inform you and guide you to the services of the area in the project ${p.project}. We record your name (or a name to call you by), your contact details, your situation (documents, work, housing, studies, family), the needs you tell us about and your meetings with us. Data about health, disability or situations of vulnerability are recorded only when they are needed to help you, and only authorised staff can see them.\n\nWho sees the data: the staff of the Comune and of the partner organisations running the front desks, who are bound to confidentiality, and the IT provider that runs the system on behalf of the Comune. The data stay in the European Union. The project's funders (the Ministry, the European Union) receive anonymous figures only.\n\nYou do not have to give us all your data: without a name we can still inform you, but we cannot follow your path over time.`,
    sharing: (p, service) =>
      `What we ask: your permission to give ${p.partner}, a partner organisation of the project, your name, your contact details and the information it needs to ${service}. We share only what this purpose needs. If you withdraw your consent, we stop sharing anything from that moment on.`,
    contact: () =>
      'What we ask: your permission to call you or send you text messages, e-mails or chat messages to remind you of appointments, tell you about activities and courses and ask how you are doing. We use only the contact details you gave us.',
    photos: () =>
      'What we ask: your permission to take photos and videos during group activities (workshops, celebrations, courses) in which you may appear, and to use them to report on the project to its funders and to make it known (website, social media, printed material). We never write anything about your story or situation next to your picture.',
    research: () =>
      'What we ask: to take part in interviews or questionnaires to evaluate whether the project works, carried out by the Comune or by a research body working on its behalf and bound to confidentiality. Your answers are kept apart from your name (pseudonymised) and results are published only as totals: nobody will be able to recognise you.',
  },
  basis: {
    public_task:
      'Legal basis: tasks carried out in the public interest by the Comune in its social services (Article 6(1)(e) of Regulation (EU) 2016/679 - GDPR, Italian Law 328/2000); for data about health and vulnerability, reasons of substantial public interest (Article 9(2)(g) GDPR and Article 2-sexies of the Italian Privacy Code).',
    consent: 'Legal basis: your consent (Article 6(1)(a) of Regulation (EU) 2016/679 - GDPR).',
  },
  optional: 'Your consent is optional: if you do not give it, you still receive all the services and help you need.',
  retention: {
    service_delivery:
      'How long: for as long as your path lasts, then for the time required by the audits of the funds that finance the project (usually up to 5 years after the programme’s accounts are closed); after that the data are deleted or made anonymous.',
    sharing: 'How long: the partner keeps the data for as long as the service it offers you lasts, then deletes them. We keep the record of your consent.',
    contact: 'How long: until you withdraw your consent or your path ends.',
    photos: 'How long: up to 5 years for reporting on and communicating the project; if you withdraw your consent, we stop using the pictures in new publications and remove them from our channels.',
    research: 'How long: pseudonymised data for the duration of the study and at most 3 years after it ends; after that only the anonymous results remain.',
  },
  controller: (p) =>
    `Data controller: ${p.controller}, ${p.controllerAddress}. Data protection officer (DPO): ${p.dpoEmail} (demo contact, to be replaced).`,
  rights:
    'Your rights: you can ask to see your data, correct them, delete them, restrict their use or object to their processing (Articles 15-21 GDPR), at any front desk of the project or by writing to the Comune. When the processing is based on your consent, you can withdraw it at any time without any effect on the help you receive: the withdrawal takes effect at once. You can also lodge a complaint with the Italian data protection authority, the Garante per la protezione dei dati personali (www.garanteprivacy.it).',
  demo: 'Approdo demo text: the Comune must check and complete it before using it.',
};

export const NOTICE_FR: NoticeLanguage = {
  title: {
    service_delivery: (p) => `Information sur vos données — accueil et orientation (${p.project})`,
    sharing: (p) => `Information sur vos données — partage avec ${p.partner}`,
    contact: () => 'Information sur vos données — être contacté·e',
    photos: () => 'Information sur vos données — photos et vidéos des activités',
    research: () => 'Information sur vos données — recherche et évaluation du projet',
  },
  what: {
    service_delivery: (p) =>
      `Pourquoi nous utilisons vos données : pour vous accueillir, vous informer et vous accompagner vers les services du territoire dans le projet ${p.project}. Nous enregistrons votre nom (ou un nom pour vous appeler), vos coordonnées, votre situation (documents, travail, logement, études, famille), les besoins que vous nous confiez et nos entretiens. Les données sur la santé, le handicap ou les situations de vulnérabilité ne sont enregistrées que si elles sont utiles pour vous aider, et seul le personnel autorisé peut les voir.\n\nQui voit les données : le personnel de la commune et des organismes partenaires qui tiennent les guichets, tenu à la confidentialité, et le prestataire informatique qui gère le système pour le compte de la commune. Les données restent dans l’Union européenne. Les financeurs du projet (le ministère, l’Union européenne) ne reçoivent que des chiffres anonymes.\n\nVous n’êtes pas obligé·e de nous donner toutes vos données : sans nom, nous pouvons quand même vous informer, mais nous ne pouvons pas suivre votre parcours dans le temps.`,
    sharing: (p, service) =>
      `Ce que nous demandons : de pouvoir transmettre à ${p.partner}, organisme partenaire du projet, votre nom, vos coordonnées et les informations nécessaires pour ${service}. Nous ne transmettons que ce qui est utile à ce but. Si vous retirez votre consentement, nous ne partageons plus rien à partir de ce moment.`,
    contact: () =>
      'Ce que nous demandons : de pouvoir vous appeler, vous envoyer des SMS, des e-mails ou des messages pour vous rappeler vos rendez-vous, vous informer des activités et des cours et prendre de vos nouvelles. Nous n’utilisons que les coordonnées que vous nous avez données.',
    photos: () =>
      'Ce que nous demandons : de pouvoir prendre des photos et des vidéos pendant les activités de groupe (ateliers, fêtes, cours) où vous pourriez apparaître, et de les utiliser pour rendre compte du projet aux financeurs et le faire connaître (site, réseaux sociaux, documents imprimés). Nous n’écrivons jamais rien sur votre histoire ou votre situation à côté de votre image.',
    research: () =>
      'Ce que nous demandons : de participer à des entretiens ou questionnaires pour évaluer si le projet fonctionne, menés par la commune ou par un organisme de recherche qui travaille pour son compte et qui est tenu à la confidentialité. Vos réponses sont séparées de votre nom (pseudonymisées) et les résultats ne sont publiés que sous forme globale : personne ne pourra vous reconnaître.',
  },
  basis: {
    public_task:
      'Base juridique : l’exécution de missions d’intérêt public de la commune dans les services sociaux (article 6, paragraphe 1, point e) du règlement (UE) 2016/679 - RGPD, loi italienne 328/2000) ; pour les données de santé et de vulnérabilité, des motifs d’intérêt public important (article 9, paragraphe 2, point g) du RGPD et article 2-sexies du code italien de la vie privée).',
    consent: 'Base juridique : votre consentement (article 6, paragraphe 1, point a) du règlement (UE) 2016/679 - RGPD).',
  },
  optional: 'Le consentement est facultatif : si vous ne le donnez pas, vous recevez quand même tous les services et toute l’aide dont vous avez besoin.',
  retention: {
    service_delivery:
      'Durée de conservation : pendant votre parcours, puis pendant le temps exigé par les contrôles des fonds qui financent le projet (en général jusqu’à 5 ans après la clôture des comptes du programme) ; ensuite les données sont effacées ou rendues anonymes.',
    sharing: 'Durée de conservation : l’organisme partenaire garde les données pendant la durée du service qu’il vous offre, puis les efface. Nous gardons la trace de votre consentement.',
    contact: 'Durée de conservation : jusqu’au retrait de votre consentement ou à la fin de votre parcours.',
    photos: 'Durée de conservation : jusqu’à 5 ans pour rendre compte du projet et le faire connaître ; si vous retirez votre consentement, nous n’utilisons plus les images dans de nouvelles publications et nous les retirons de nos canaux.',
    research: 'Durée de conservation : les données pseudonymisées pendant l’étude et au plus 3 ans après sa fin ; ensuite, seuls les résultats anonymes restent.',
  },
  controller: (p) =>
    `Responsable du traitement : ${p.controller}, ${p.controllerAddress}. Délégué à la protection des données (DPO) : ${p.dpoEmail} (contact de démonstration, à remplacer).`,
  rights:
    'Vos droits : vous pouvez demander à voir vos données, à les corriger, à les effacer, à en limiter l’usage ou vous opposer à leur traitement (articles 15 à 21 du RGPD), à n’importe quel guichet du projet ou en écrivant à la commune. Quand le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, sans conséquence sur l’aide que vous recevez : le retrait prend effet immédiatement. Vous pouvez aussi adresser une réclamation à l’autorité italienne de protection des données, le Garante per la protezione dei dati personali (www.garanteprivacy.it).',
  demo: 'Texte de démonstration d’Approdo : la commune doit le vérifier et le compléter avant de l’utiliser.',
};
