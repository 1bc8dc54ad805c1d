// Name pools of the people benchmark (bench/people.ts): the origins of the people Italian front
// doors meet, with the Latin spellings each name is met in (the first is the most common) and, for
// names written in another script, the original ("Mohamed|Mohammed|Muhammad=محمد"). Transliteration
// variants and scripts are the point: search before create must meet "Mohammed" and "محمد" alike.

export interface NameGroup {
  key: string;
  /** Share of the synthetic population. */
  weight: number;
  /** Citizenships with their shares. */
  countries: [string, number][];
  languages: string[];
  male: string[];
  female: string[];
  family: string[];
}

const split = (s: string) => s.trim().split(/\s*;\s*/).filter(Boolean);

export const NAME_GROUPS: NameGroup[] = [
  {
    key: 'arabic', weight: 22, languages: ['ar', 'fr'],
    countries: [['MA', 30], ['EG', 25], ['TN', 12], ['DZ', 10], ['SD', 10], ['SY', 8], ['IQ', 5]],
    male: split(`Mohamed|Mohammed|Muhammad|Mohamad=محمد; Ahmed|Ahmad|Ahmet=أحمد; Youssef|Yousef|Yusuf|Youssouf=يوسف; Omar|Umar|Omer=عمر; Ali=علي;
      Hassan|Hasan=حسن; Hussein|Hussain|Houssine=حسين; Karim|Kareem=كريم; Mustafa|Mostafa|Moustapha=مصطفى; Abdallah|Abdullah|Abdellah=عبد الله;
      Ibrahim|Brahim|Ebrahim=إبراهيم; Khalid|Khaled=خالد; Rachid|Rashid=رشيد; Said|Saeed=سعيد; Hamza=حمزة; Bilal=بلال; Amine|Amin=أمين;
      Mehdi|Mahdi=مهدي; Tarek|Tariq|Tarik=طارق; Walid|Waleed=وليد; Nabil=نبيل; Samir|Sameer=سمير; Adil|Adel=عادل; Anas=أنس; Ayoub|Ayub=أيوب;
      Zakaria|Zakariya=زكريا; Imad|Emad=عماد; Jamal|Gamal=جمال; Mahmoud|Mahmud=محمود; Oussama|Osama|Usama=أسامة`),
    female: split(`Fatima|Fatma|Fatimah|Fatema=فاطمة; Aisha|Aicha|Ayesha=عائشة; Khadija|Khadidja|Khadijah=خديجة; Zineb|Zaynab|Zeinab=زينب;
      Maryam|Meriem|Mariam=مريم; Amina|Aminah=أمينة; Nadia=نادية; Samira=سميرة; Salma=سلمى; Yasmina|Yasmine=ياسمينة; Hanane|Hanan=حنان;
      Naima=نعيمة; Souad|Suad=سعاد; Leila|Layla|Laila=ليلى; Rania=رانيا; Hiba=هبة; Asma|Asmaa=أسماء; Nour|Noor=نور; Sara|Sarah=سارة;
      Karima=كريمة; Latifa=لطيفة; Malika=مليكة; Rim|Reem=ريم; Houda|Huda=هدى`),
    family: split(`El Amrani|Elamrani|Amrani=العمراني; Benali|Ben Ali=بن علي; Bouazza=بوعزة; El Idrissi|Idrissi=الإدريسي; Alaoui|El Alaoui=العلوي;
      Benjelloun=بنجلون; Tazi=التازي; Berrada=برادة; Chraibi=الشرايبي; Ouali=والي; Haddad=حداد; Mansouri|El Mansouri=المنصوري;
      Trabelsi=الطرابلسي; Belkacem|Belgacem=بلقاسم; Saidi=السعيدي; Boukhari|Bukhari=البخاري; Ziani=الزياني; Cherif|Sharif=الشريف;
      Hamdi=حمدي; Khelifi=خليفي; Mejri=المجري; Jaziri=الجزيري; Bouzid=بوزيد; Rahmouni=الرحموني; Lahlou=لحلو; Naciri|Nasiri=الناصري;
      Abdelrahman|Abd El Rahman|Abdel Rahman=عبد الرحمن; Saleh|Salih=صالح; Khalil=خليل; Nasser|Nasir=ناصر; Farouk|Faruq=فاروق;
      Shehata=شحاتة; El Sayed|Elsayed|Al Sayed=السيد; Abdelaziz|Abdul Aziz=عبد العزيز; Osman|Othman|Uthman=عثمان; Hamdan=حمدان;
      El Masry|Al Masri=المصري; Suleiman|Soliman|Sulaiman=سليمان; Darwish=درويش; Kassem|Qasim|Kasem=قاسم; Khoury|Khouri=خوري;
      Aziz=عزيز; Bakr|Bakar=بكر; Idris|Idriss=إدريس`),
  },
  {
    key: 'west-africa-en', weight: 10, languages: ['en'],
    countries: [['NG', 60], ['GH', 25], ['GM', 15]],
    male: split(`Chinedu; Emeka; Oluwaseun|Seun; Babatunde|Tunde; Chukwuemeka; Ifeanyi; Kwame; Kofi; Kwabena; Yaw; Ebrima; Lamin; Modou|Modu;
      Samuel; Emmanuel; Godwin; Sunday; Daniel; Joseph; Osaro; Uche; Femi`),
    female: split(`Blessing; Grace; Joy; Esther; Ngozi; Chioma; Adaeze; Funmilayo|Funmi; Abena; Akosua; Ama; Isatou|Isatu; Mercy; Favour;
      Precious; Patience; Comfort; Osas; Nneka; Ifeoma`),
    family: split(`Okafor; Okonkwo; Eze; Adeyemi; Okoro; Nwosu; Ogunleye; Balogun; Chukwu; Osagie; Igbinedion; Mensah; Owusu; Boateng;
      Asante; Appiah; Jallow|Jalloh; Ceesay|Sisay; Touray; Sanneh; Njie; Obi; Okeke; Agbonifo; Edokpayi; Omoregie; Darko; Ansah`),
  },
  {
    key: 'west-africa-fr', weight: 10, languages: ['fr'],
    countries: [['SN', 25], ['ML', 20], ['GN', 20], ['CI', 25], ['BF', 10]],
    male: split(`Mamadou|Mamadu; Moussa|Musa; Ousmane|Usman; Abdoulaye|Abdulai|Abdullahi; Ibrahima; Amadou|Ahmadou; Souleymane|Suleiman;
      Cheikh|Sheikh; Boubacar|Bubakar; Modibo; Seydou|Seidu; Lassana; Adama; Bakary|Bakari; Issa; Drissa|Idrissa; Alassane; Oumar`),
    female: split(`Aminata; Fatoumata|Fatumata|Fatimata; Mariama|Mariam; Awa; Aissatou|Aisatu; Kadiatou|Kadidiatou|Khadiatou; Fanta; Oumou;
      Rokia|Rokiatou; Ramata|Ramatou; Hawa; Bintou|Binta; Adjoa; Ndeye; Coumba|Kumba; Assita`),
    family: split(`Diallo|Jallow|Jalloh; Traoré|Traore|Tarawally; Koné|Kone; Touré|Toure|Touray; Camara|Kamara; Sow; Ndiaye|Njie; Diop|Jobe;
      Fall; Sy; Ba|Bah; Keita; Coulibaly|Kulibali; Cissé|Cisse|Sisay; Kouassi|Kwasi; Konaté|Konate; Sangaré|Sangare; Ouédraogo|Ouedraogo;
      Diarra; Sylla|Silla; Dembélé|Dembele; Bamba; Doumbia; Sanogo; Yao; Kouamé|Kouame`),
  },
  {
    key: 'pakistan', weight: 8, languages: ['ur', 'pa', 'en'],
    countries: [['PK', 100]],
    male: split(`Muhammad|Mohammad|Mohammed=محمد; Ali=علی; Ahmed|Ahmad=احمد; Bilal=بلال; Usman|Osman=عثمان; Imran=عمران; Zeeshan|Zishan=ذیشان;
      Kamran=کامران; Asif=آصف; Tariq|Tarik=طارق; Hamza=حمزہ; Faisal|Faysal=فیصل; Waqas=وقاص; Shahid=شاہد; Arslan=ارسلان; Adnan=عدنان;
      Naveed|Navid=نوید; Sajid=ساجد; Rizwan=رضوان; Junaid=جنید`),
    female: split(`Ayesha|Aisha=عائشہ; Fatima=فاطمہ; Sana=ثنا; Hira=حرا; Iqra=اقرا; Maryam=مریم; Saima=صائمہ; Nazia=نازیہ; Rabia=رابعہ;
      Sadia=سعدیہ; Bushra=بشریٰ; Amna=آمنہ`),
    family: split(`Khan=خان; Hussain|Hussein|Husain=حسین; Raza=رضا; Malik=ملک; Qureshi|Kureshi=قریشی; Butt|Bhatt=بٹ;
      Chaudhry|Chaudhary|Choudhry=چوہدری; Sheikh|Shaikh=شیخ; Iqbal=اقبال; Akhtar|Akhter=اختر; Mahmood|Mehmood|Mahmud=محمود; Aslam=اسلم;
      Javed|Javaid=جاوید; Rehman|Rahman=رحمان; Shah=شاہ; Abbasi=عباسی; Siddiqui|Siddiqi=صدیقی; Mirza=مرزا; Anwar=انور; Bashir|Basheer=بشیر`),
  },
  {
    key: 'bangladesh', weight: 7, languages: ['bn', 'en'],
    countries: [['BD', 100]],
    male: split(`Mohammad|Muhammad=মোহাম্মদ; Rahim=রহিম; Karim=করিম; Abdul=আব্দুল; Rafiq|Rafique=রফিক; Jamal=জামাল; Kamal=কামাল;
      Shafiq|Shafique=শফিক; Hasan|Hassan=হাসান; Sohel|Sohail=সোহেল; Mizan|Mizanur=মিজান; Rubel=রুবেল; Shakil|Shakeel=শাকিল; Imran=ইমরান;
      Arif=আরিফ; Nayeem|Naim=নাঈম`),
    female: split(`Fatema|Fatima=ফাতেমা; Sadia=সাদিয়া; Nasrin=নাসরিন; Rokeya=রোকেয়া; Shirin=শিরিন; Tania|Taniya=তানিয়া; Sumaiya|Sumaya=সুমাইয়া;
      Jannat|Jannatul=জান্নাত; Rina=রিনা; Salma=সালমা; Mousumi|Moushumi=মৌসুমী; Lima=লিমা`),
    family: split(`Hossain|Hossen|Hussain=হোসেন; Akter|Akhter|Akhtar=আক্তার; Begum=বেগম; Rahman=রহমান; Islam=ইসলাম; Uddin=উদ্দিন; Ahmed=আহমেদ;
      Miah|Mia=মিয়া; Khatun=খাতুন; Chowdhury|Choudhury=চৌধুরী; Sarker|Sarkar=সরকার; Alam=আলম; Haque|Hoque|Haq=হক; Talukder|Talukdar=তালুকদার;
      Sheikh=শেখ; Molla|Mollah=মোল্লা; Bhuiyan|Bhuiya=ভূঁইয়া`),
  },
  {
    key: 'horn-of-africa', weight: 6, languages: ['ti', 'am', 'ar'],
    countries: [['ER', 70], ['ET', 30]],
    male: split(`Yohannes|Yohanes|Johannes=ዮሃንስ; Tesfay|Tesfaye=ተስፋይ; Mebrahtu|Mebrahatu=መብራህቱ; Dawit=ዳዊት; Yonas|Jonas=ዮናስ; Samuel=ሳሙኤል;
      Habtom=ሃብቶም; Berhane|Birhane=ብርሃነ; Filmon|Filimon=ፊልሞን; Tekle=ተኽለ; Amanuel|Emmanuel=ኣማኑኤል; Kidane=ኪዳነ; Solomon|Selomon=ሰሎሞን;
      Abel=ኣቤል; Mulugeta=ሙሉጌታ; Getachew=ጌታቸው`),
    female: split(`Selam|Salam=ሰላም; Semhar=ሰምሃር; Helen=ሄለን; Saba=ሳባ; Luwam=ሉዋም; Meseret=መሰረት; Hana|Hanna=ሃና; Tsega|Tsiga=ፀጋ;
      Rahel|Rachel=ራሄል; Senait|Senayt=ሰናይት; Mebrat=መብራት; Aster=ኣስቴር; Almaz=ኣልማዝ; Winta=ዊንታ`),
    family: split(`Tesfamariam|Tesfamaryam=ተስፋማርያም; Gebremedhin|Ghebremedhin=ገብረመድህን; Tekle=ተኽለ; Haile|Hailu=ሃይለ;
      Gebreyesus|Ghebreyesus=ገብረየሱስ; Woldemichael|Weldemichael=ወልደሚካኤል; Kidane=ኪዳነ; Berhe=በርሀ; Mehari=መሓሪ; Alemu=ኣለሙ;
      Tesfay|Tesfaye=ተስፋይ; Abraha=ኣብርሃ; Ghirmay|Girmay=ግርማይ; Negash=ነጋሽ; Yemane=የማነ; Asfaha=ኣስፍሃ; Andemariam=ኣንደማርያም`),
  },
  {
    key: 'ukraine', weight: 9, languages: ['uk', 'ru'],
    countries: [['UA', 90], ['MD', 10]],
    male: split(`Oleksandr|Olexandr|Aleksandr|Alexander=Олександр; Andriy|Andrii|Andrei=Андрій; Serhiy|Serhii|Sergei=Сергій; Volodymyr=Володимир;
      Mykola|Nikolai=Микола; Ivan=Іван; Dmytro|Dmitri=Дмитро; Oleh|Oleg=Олег; Yuriy|Yurii|Yuri=Юрій; Vasyl|Vasil=Василь; Taras=Тарас;
      Petro|Pyotr=Петро; Bohdan|Bogdan=Богдан; Maksym|Maxim|Maksim=Максим`),
    female: split(`Olena|Elena=Олена; Iryna|Irina=Ірина; Nataliya|Natalia|Nataliia=Наталія; Tetiana|Tetyana|Tatiana=Тетяна; Svitlana|Svetlana=Світлана;
      Oksana|Oxana=Оксана; Yulia|Yuliia|Iuliia=Юлія; Halyna|Galina=Галина; Liudmyla|Lyudmyla|Ludmila=Людмила; Kateryna|Ekaterina=Катерина;
      Anna|Hanna=Анна; Mariia|Maria=Марія; Valentyna|Valentina=Валентина; Viktoriia|Viktoria=Вікторія`),
    family: split(`Kovalenko=Коваленко; Shevchenko|Sevcenko|Chevtchenko=Шевченко; Bondarenko=Бондаренко; Tkachenko|Tkacenko=Ткаченко;
      Kravchenko|Kravcenko=Кравченко; Melnyk|Melnik=Мельник; Boiko|Boyko=Бойко; Kovalchuk|Kovalciuk=Ковальчук; Koval=Коваль;
      Oliinyk|Oliynyk|Oleinik=Олійник; Shevchuk|Sevciuk=Шевчук; Polishchuk=Поліщук; Lysenko|Lisenko=Лисенко; Marchenko|Marcenko=Марченко;
      Rudenko=Руденко; Savchenko|Savcenko=Савченко; Petrenko=Петренко; Moroz=Мороз; Pavlenko=Павленко; Klymenko|Klimenko=Клименко`),
  },
  {
    key: 'china', weight: 5, languages: ['zh'],
    countries: [['CN', 100]],
    male: split(`Wei=伟; Qiang=强; Lei=磊; Jun=军; Yang=洋; Yong=勇; Jie=杰; Tao=涛; Ming=明; Chao=超; Jianhua|Jian Hua=建华; Hao=浩`),
    female: split(`Fang=芳; Na=娜; Min=敏; Jing=静; Li=丽; Yan=艳; Juan=娟; Xiuying|Xiu Ying=秀英; Hui=慧; Hong=红; Lihua|Li Hua=丽华; Xia=霞`),
    family: split(`Wang=王; Li|Lee=李; Zhang|Chang=张; Liu=刘; Chen|Chan=陈; Yang=杨; Huang|Wong=黄; Zhao|Chao=赵; Wu=吴; Zhou|Chou=周;
      Xu|Hsu=徐; Sun=孙; Hu=胡; Zhu|Chu=朱; Lin|Lam=林; He|Ho=何; Gao=高; Ye|Yeh=叶; Zheng|Cheng=郑; Jin|Kim=金`),
  },
  {
    key: 'persian', weight: 5, languages: ['fa', 'ps'],
    countries: [['AF', 70], ['IR', 30]],
    male: split(`Ahmad=احمد; Mohammad=محمد; Ali=علی; Reza=رضا; Hossein|Hussain=حسین; Mehdi|Mahdi=مهدی; Amir=امیر; Hamid=حمید;
      Javad|Jawad=جواد; Mostafa|Mustafa=مصطفی; Farid=فرید; Rahim=رحیم; Habib=حبیب; Naser|Nasir=ناصر; Sohrab=سهراب; Jamshid=جمشید`),
    female: split(`Zahra=زهرا; Maryam=مریم; Fatemeh|Fatima=فاطمه; Shirin=شیرین; Nadia=نادیا; Parisa=پریسا; Roya=رویا; Leila|Layla=لیلا;
      Mina=مینا; Farzaneh=فرزانه; Soraya=ثریا; Mahsa=مهسا; Nasrin=نسرین; Shabnam=شبنم`),
    family: split(`Ahmadi=احمدی; Mohammadi=محمدی; Hosseini|Husseini=حسینی; Rahimi=رحیمی; Karimi=کریمی; Hashemi=هاشمی; Rezaei|Rezai=رضایی;
      Jafari|Jaafari=جعفری; Sadeghi|Sadeqi=صادقی; Nazari=نظری; Heydari|Haidari|Haydari=حیدری; Soltani|Sultani=سلطانی; Akbari=اکبری;
      Azizi=عزیزی; Rasouli|Rasuli=رسولی; Amiri=امیری; Safi=صافی; Nouri|Noori=نوری; Stanikzai|Stanekzai=ستانکزی; Popal=پوپل`),
  },
  {
    key: 'balkans', weight: 5, languages: ['sq'],
    countries: [['AL', 60], ['XK', 40]],
    male: split(`Arben; Besnik; Ilir; Gentian; Erion; Florian; Dritan; Agron; Driton; Bujar; Fatmir; Luan`),
    female: split(`Elira; Mirela; Anila; Blerina; Jonida; Arta; Albana; Valbona; Drita; Besa; Lindita; Entela`),
    family: split(`Hoxha|Hodza; Krasniqi|Krasnici; Gashi; Berisha; Shehu; Morina; Kelmendi; Leka; Dervishi; Bajrami; Muça|Muca; Rama; Hasani;
      Kastrati; Shala; Ahmeti`),
  },
  {
    key: 'latin-america', weight: 5, languages: ['es', 'pt'],
    countries: [['PE', 35], ['EC', 20], ['CO', 20], ['DO', 10], ['BR', 15]],
    male: split(`José|Jose; Luis; Carlos; Juan; Jorge; Miguel; Pedro; Diego; Andrés|Andres; Fernando; Wilmer; Jhon|John; Edwin; Henry`),
    female: split(`María|Maria; Ana Lucía|Ana Lucia; Rosa; Carmen; Gabriela; Daniela; Paola; Yesenia|Yessenia; Milagros; Patricia; Natalia; Luz;
      Juana; Flor`),
    family: split(`Quispe; Mamani; Flores; Rodríguez|Rodriguez; Gómez|Gomez; Pérez|Perez; Sánchez|Sanchez; Torres; Ramírez|Ramirez; Vargas;
      Castillo; Guzmán|Guzman; Mendoza; Huamán|Huaman; Condori; Ortiz; da Silva|Silva; dos Santos|Santos; Oliveira; Pereira`),
  },
  {
    key: 'somalia', weight: 3, languages: ['so', 'ar'],
    countries: [['SO', 100]],
    male: split(`Abdirahman|Abdirahmaan; Mohamed|Maxamed; Abdullahi|Cabdullahi; Ahmed|Axmed; Hassan|Xasan; Ali|Cali; Omar|Cumar; Yusuf|Yuusuf;
      Ismail|Ismaaciil; Abdi|Cabdi`),
    female: split(`Amina|Aamina; Fadumo|Fadumaa; Hodan; Sahra|Sahro; Ayaan; Hawa|Xaawo; Ifrah; Deeqa; Nimco|Nimo; Ubah`),
    family: split(`Warsame; Farah|Faarax; Hussein|Xuseen; Abdi|Cabdi; Mohamud|Maxamuud; Ali|Cali; Osman|Cismaan; Yusuf|Yuusuf; Ahmed|Axmed;
      Jama|Jaamac; Nur|Nuur; Egal|Cigaal; Hersi|Xirsi; Dahir|Daahir`),
  },
  {
    key: 'italy', weight: 5, languages: ['it'],
    countries: [['IT', 100]],
    male: split(`Giuseppe; Antonio; Giovanni; Francesco; Rocco; Vito; Nicola; Michele; Donato; Luca; Marco; Domenico`),
    female: split(`Maria; Anna; Giuseppina; Rosa; Angela; Teresa; Carmela; Lucia; Francesca; Giovanna; Antonietta; Filomena`),
    family: split(`Rossi; Russo; Lorusso; Colucci; Summa; Laurita; Pace; Santarsiero; Romano; Gerardi; Claps; Viggiani; Marino; Telesca;
      Mecca; Carlucci; Guarino; Nolè|Nole; Pietrafesa; Salvatore`),
  },
];

export interface ParsedName {
  /** Latin spellings, the most common first. */
  latin: string[];
  original: string | null;
}

export function parseName(entry: string): ParsedName {
  const [latin, original] = entry.split('=');
  return { latin: latin!.split('|').map((s) => s.trim()), original: original?.trim() || null };
}
