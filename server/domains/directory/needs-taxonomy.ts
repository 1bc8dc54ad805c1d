// The needs taxonomy shipped with Approdo: the categories a person can look for on the public
// finder and that operators tag services with. Codes are stable; names are translated into every
// public language. Tenant admins can add terms of their own (see docs/hsds-profile.md).

export const PUBLIC_LANGUAGES = ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly PublicLanguage[] = ['ar', 'ur', 'fa'];

export const NEEDS_TAXONOMY = {
  name: 'Approdo needs',
  uri: 'https://approdo.it/taxonomy/needs',
  version: '1.0',
  description: 'Needs of third-country nationals that services on the territory answer (Approdo).',
};

type Names = Record<PublicLanguage, string>;

export const NEEDS_TERMS: { code: string; names: Names }[] = [
  { code: 'language', names: { it: 'Imparare l’italiano', en: 'Learning Italian', fr: 'Apprendre l’italien', ar: 'تعلّم اللغة الإيطالية', es: 'Aprender italiano', uk: 'Вивчення італійської', sq: 'Të mësosh italisht', zh: '学习意大利语', bn: 'ইতালীয় ভাষা শেখা', ur: 'اطالوی زبان سیکھنا', ti: 'ጣልያንኛ ምምሃር', fa: 'یادگیری زبان ایتالیایی' } },
  { code: 'work-training', names: { it: 'Lavoro e formazione', en: 'Work and training', fr: 'Travail et formation', ar: 'العمل والتدريب', es: 'Trabajo y formación', uk: 'Робота і навчання', sq: 'Punë dhe formim', zh: '工作与培训', bn: 'কাজ ও প্রশিক্ষণ', ur: 'روزگار اور تربیت', ti: 'ስራሕን ስልጠናን', fa: 'کار و آموزش حرفه‌ای' } },
  { code: 'housing', names: { it: 'Casa', en: 'Housing', fr: 'Logement', ar: 'السكن', es: 'Vivienda', uk: 'Житло', sq: 'Strehim', zh: '住房', bn: 'বাসস্থান', ur: 'رہائش', ti: 'መንበሪ ገዛ', fa: 'مسکن' } },
  { code: 'health', names: { it: 'Salute', en: 'Health', fr: 'Santé', ar: 'الصحة', es: 'Salud', uk: 'Здоров’я', sq: 'Shëndet', zh: '健康', bn: 'স্বাস্থ্য', ur: 'صحت', ti: 'ጥዕና', fa: 'سلامت' } },
  { code: 'legal-documents', names: { it: 'Assistenza legale, documenti e permessi', en: 'Legal aid, documents and permits', fr: 'Aide juridique, documents et titres de séjour', ar: 'المساعدة القانونية والوثائق وتصاريح الإقامة', es: 'Asistencia jurídica, documentos y permisos', uk: 'Правова допомога, документи та дозволи', sq: 'Ndihmë ligjore, dokumente dhe leje qëndrimi', zh: '法律援助、证件与居留许可', bn: 'আইনি সহায়তা, কাগজপত্র ও অনুমতিপত্র', ur: 'قانونی مدد، دستاویزات اور اجازت نامے', ti: 'ሕጋዊ ሓገዝ፡ ሰነዳትን ፍቓዳትን', fa: 'کمک حقوقی، مدارک و اجازه اقامت' } },
  { code: 'anti-violence', names: { it: 'Contro la violenza e la tratta', en: 'Against violence and trafficking', fr: 'Contre la violence et la traite', ar: 'مناهضة العنف والاتجار بالبشر', es: 'Contra la violencia y la trata', uk: 'Протидія насильству та торгівлі людьми', sq: 'Kundër dhunës dhe trafikimit', zh: '反暴力与反人口贩卖', bn: 'সহিংসতা ও মানবপাচারের বিরুদ্ধে', ur: 'تشدد اور انسانی اسمگلنگ کے خلاف', ti: 'ኣንጻር ዓመጽን ዝውውር ሰባትን', fa: 'مقابله با خشونت و قاچاق انسان' } },
  { code: 'family-childcare', names: { it: 'Famiglia e cura dei bambini', en: 'Family and childcare', fr: 'Famille et garde d’enfants', ar: 'الأسرة ورعاية الأطفال', es: 'Familia y cuidado infantil', uk: 'Сім’я та догляд за дітьми', sq: 'Familja dhe kujdesi për fëmijët', zh: '家庭与儿童照护', bn: 'পরিবার ও শিশু পরিচর্যা', ur: 'خاندان اور بچوں کی نگہداشت', ti: 'ስድራን ክንክን ህጻናትን', fa: 'خانواده و مراقبت از کودکان' } },
  { code: 'education', names: { it: 'Scuola e istruzione', en: 'School and education', fr: 'École et éducation', ar: 'المدرسة والتعليم', es: 'Escuela y educación', uk: 'Школа та освіта', sq: 'Shkolla dhe arsimi', zh: '学校与教育', bn: 'স্কুল ও শিক্ষা', ur: 'اسکول اور تعلیم', ti: 'ቤት ትምህርትን ትምህርትን', fa: 'مدرسه و تحصیل' } },
  { code: 'income-support', names: { it: 'Sostegno al reddito', en: 'Income support', fr: 'Aide financière', ar: 'دعم الدخل', es: 'Apoyo a los ingresos', uk: 'Підтримка доходу', sq: 'Mbështetje për të ardhurat', zh: '收入援助', bn: 'আর্থিক সহায়তা', ur: 'آمدنی میں مدد', ti: 'ደገፍ እቶት', fa: 'حمایت مالی' } },
  { code: 'community', names: { it: 'Comunità e tempo libero', en: 'Community and leisure', fr: 'Vie sociale et loisirs', ar: 'المجتمع وأوقات الفراغ', es: 'Comunidad y ocio', uk: 'Громада та дозвілля', sq: 'Komuniteti dhe koha e lirë', zh: '社区与休闲', bn: 'সমাজ ও অবসর', ur: 'کمیونٹی اور تفریح', ti: 'ማሕበረሰብን ናይ ዕረፍቲ ግዜን', fa: 'اجتماع و اوقات فراغت' } },
  { code: 'digital', names: { it: 'Aiuto digitale', en: 'Digital help', fr: 'Aide numérique', ar: 'المساعدة الرقمية', es: 'Ayuda digital', uk: 'Цифрова допомога', sq: 'Ndihmë dixhitale', zh: '数字化帮助', bn: 'ডিজিটাল সহায়তা', ur: 'ڈیجیٹل مدد', ti: 'ዲጂታላዊ ሓገዝ', fa: 'کمک دیجیتال' } },
  { code: 'transport', names: { it: 'Trasporti', en: 'Transport', fr: 'Transports', ar: 'النقل', es: 'Transporte', uk: 'Транспорт', sq: 'Transporti', zh: '交通', bn: 'যাতায়াত', ur: 'نقل و حمل', ti: 'መጓዓዝያ', fa: 'حمل و نقل' } },
];
