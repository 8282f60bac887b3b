/** Interface text of the site shell and content pages, in Spanish (same keys as src/i18n/en/site.ts). */
import type { SiteStrings } from '../index';

/** Warning-sign card texts (see careCards in src/i18n/en/site.ts). */
export const careCards: SiteStrings['careCards'] = {
  emergency: {
    heading: (emergency: string) => `Emergencia: llame al ${emergency} ahora mismo`,
    lead: (emergency: string) =>
      `Llame al ${emergency} (o al número de emergencias del lugar donde esté) ahora mismo si:`,
    contact: 'Servicios de emergencia',
    footnote: 'Dígales que tiene una bomba implantada y qué medicamento contiene.',
  },
  now: {
    heading: 'Llame a su clínica de la bomba ahora mismo',
    lead: (clinic: string) => `Llame a ${clinic} ahora mismo si:`,
    footnote: 'Si no logra hablar con ellos enseguida, vaya a una sala de emergencias.',
  },
  today: {
    heading: 'Llame a su clínica de la bomba hoy',
    lead: (clinic: string) => `Llame a ${clinic} hoy si:`,
    footnote: 'Si no logra hablar con ellos hoy, vaya a un centro de atención urgente o a una sala de emergencias.',
  },
  yourPumpClinic: 'su clínica de la bomba',
  outsideHours: 'Fuera de ese horario',
};

/** Messages of the search app (see searchScript in src/i18n/en/site.ts). */
export const searchScript: SiteStrings['search']['script'] = {
  countNone:
    'No hay resultados para {q}. Pruebe otras palabras, o vea los temas que aparecen debajo del cuadro de búsqueda.',
  countOne: '{n} resultado. Use las flechas hacia arriba y hacia abajo para elegir uno, y luego oprima Enter.',
  countOther: '{n} resultados. Use las flechas hacia arriba y hacia abajo para elegir uno, y luego oprima Enter.',
  noResults: 'No hay resultados para «{q}».',
  tryOther: 'Pruebe otras palabras, revise cómo están escritas, o elija un tema:',
  glossaryBefore: 'O busque una palabra médica en la ',
  glossaryLink: 'lista de palabras',
  glossaryAfter: '.',
  seeAllFor: 'Ver todos los resultados para «{q}»',
  loadFailed:
    'No se pudo cargar la búsqueda. Revise su conexión a internet y vuelva a intentarlo, u oprima el botón Buscar.',
  searching: 'Buscando…',
  loading: 'Cargando la búsqueda…',
  summaryNone:
    'No hay resultados para «{q}». Pruebe otras palabras, revise cómo están escritas, o elija un tema de la lista de abajo.',
  summaryOne: '{n} resultado para «{q}».',
  summaryOther: '{n} resultados para «{q}».',
  kindPage: 'Página',
};

export const site: SiteStrings = {
  languageName: 'Español',
  tagline:
    'Información en palabras sencillas sobre las bombas para el dolor implantadas (bomba de infusión intratecal), para ayudarle a decidir con su equipo de atención.',
  notMedicalAdvice:
    'Este sitio no reemplaza los consejos de su equipo de atención. Hable con ellos antes de hacer cualquier cambio en su tratamiento.',
  getHelpLink: '¿Algo anda mal con su bomba? Señales de alarma y a quién llamar',
  skipLink: 'Saltar al contenido principal',
  header: {
    mainNav: 'Principal',
    guide: 'La guía',
    decide: 'Comparar opciones',
    glossary: 'Lista de palabras',
    myQuestions: 'Mis preguntas',
    questionCountOne: ' pregunta en su lista',
    questionCountOther: ' preguntas en su lista',
  },
  search: {
    formLabel: 'Sitio',
    inputLabel: 'Buscar en la guía',
    placeholder: 'Pruebe: resonancia magnética con una bomba',
    button: 'Buscar',
    resultsLabel: 'Resultados de la búsqueda',
    seeAll: 'Ver todos los resultados',
    script: searchScript,
  },
  footer: {
    lastReviewed: 'Esta página se revisó por última vez el ',
    nextReview: 'Próxima revisión: ',
    yourClinic: 'Su clínica de la bomba: ',
    afterHours: 'Fuera del horario: ',
    nav: 'Sobre este sitio',
    about: 'Quiénes somos y métodos',
    accessibility: 'Accesibilidad',
    privacy: 'Privacidad',
    myData: 'Lo que guarda este sitio',
    clinicians: 'Para profesionales de la salud',
    glossary: 'Lista de palabras',
    publishedBy: ', publicado por ',
    noTracking: 'Sin anuncios, sin rastreo, sin cuentas.',
  },
  edition: {
    exampleBanner: (organisation: string) =>
      `Edición de ejemplo: ${organisation} es una clínica ficticia. Sus números de teléfono y sus revisores son inventados. No los llame. En una emergencia, llame al número de emergencias de su zona.`,
    publishedBy: 'Publica esta edición: ',
    fundingLabel: 'Quién la paga:',
    noFunding:
      'Todavía no tenemos una declaración sobre quién paga este trabajo. Aún no se ha publicado aquí. Mientras tanto, considérelo desconocido.',
    conflictsLabel: 'Conflictos de interés:',
    noConflicts:
      'Tampoco se ha publicado aún si alguna persona que trabajó en ella ha recibido dinero de empresas que fabrican bombas o medicamentos. Mientras tanto, considérelo desconocido.',
    noReviewers:
      'Ningún médico, enfermero u otro profesional de la salud ha revisado estas páginas todavía. Cada página lo dice. Cuando un profesional las revise, daremos su nombre y sus conflictos de interés.',
    reviewersIntro:
      'Estos profesionales de la salud revisaron páginas de esta edición. Cada página dice quién la revisó y cuándo.',
    checked: 'Revisó',
    everyPage: 'todas las páginas',
    pages: (count: number, ids: string) => `${count === 1 ? 'una página' : `${count} páginas`} (${ids})`,
    on: 'el',
    notListed:
      'Las páginas que no aparecen aquí todavía no las ha revisado un profesional de la salud, y así lo dicen.',
  },
  reviewDates: {
    lastReviewed: 'Última revisión',
    nextReview: 'Próxima revisión',
    clinicalReview: 'Revisión clínica',
    reviewedBy: (names: string) => `Revisado por ${names} el `,
    notReviewed: 'Todavía no la ha revisado un profesional de la salud.',
    howWeCheck: 'Cómo comprobamos los datos',
  },
  pageTools: {
    share: 'Compartir',
    shareRest: ' esta página',
    copyLink: 'Copiar enlace',
    copyLinkRest: ' a esta página',
    print: 'Imprimir',
    printRest: ' esta página',
    listen: 'Escuchar',
    stop: 'Detener',
    listenUnavailable:
      'No se puede escuchar aquí: este aparato no tiene una voz propia, y no enviamos el texto de la página a voces en internet.',
    linkCopied: 'Enlace copiado',
    printedFrom: (site: string) => `De ${site}: `,
    pageCopied: 'Se copió el enlace a esta página.',
    sectionCopied: 'Se copió el enlace a esta sección.',
    copyFailed: 'No se pudo copiar el enlace. Cópielo de la barra de direcciones.',
    presetCopied: 'Enlace copiado.',
    presetCopyFailed: 'No se pudo copiar. Seleccione el enlace y cópielo.',
    copySectionLink: (heading: string) => `Copiar enlace a la sección: ${heading}`,
  },
  topic: {
    skipToQuestions: 'Saltar a las preguntas que podría hacer',
    keyPoints: 'Puntos clave',
    guideNav: 'Páginas de esta guía',
    pagination: 'Página anterior y siguiente',
    previous: 'Página anterior',
    next: 'Página siguiente',
  },
  relatedQuestions: {
    heading: 'Preguntas que podría hacerle a su equipo de atención',
    buildList: 'Haga e imprima su lista de preguntas',
    script: {
      add: 'Agregar a mi lista',
      remove: 'Quitar de mi lista',
      unreadable: 'No pudimos leer su lista guardada, así que no la cambiamos. Vea Mis preguntas.',
      full: 'Su lista está llena ({n} preguntas). Primero quite una en Mis preguntas.',
      notSaving: ' Su navegador no está guardando su lista, así que se perderá cuando salga.',
      addedOne: 'Se agregó a su lista. Tiene {n} pregunta.',
      addedOther: 'Se agregó a su lista. Tiene {n} preguntas.',
      removedOne: 'Se quitó de su lista. Tiene {n} pregunta.',
      removedOther: 'Se quitó de su lista. Tiene {n} preguntas.',
    },
  },
  understanding: {
    heading: 'Compruebe lo que entendió',
    intro: 'Elija una respuesta para ver por qué. No es un examen: no se califica, no se guarda y no se envía nada.',
    right: 'Sí, es correcto. {why}',
    wrong: 'No exactamente. La respuesta es: {a}. {why}',
  },
  sources: {
    heading: 'Fuentes',
    intro:
      'Los números en el texto remiten a estas fuentes. «Sólida», «moderada» y «débil» dicen cuánto peso puede tener cada fuente.',
    noDate: 'sin fecha',
    cite: (n: number) => `Fuente ${n}`,
    kinds: {
      label: 'Ficha técnica del medicamento',
      guideline: 'Guía clínica o consenso',
      regulator: 'Aviso de una autoridad sanitaria',
      policy: 'Política de un servicio de salud o de una aseguradora',
      trial: 'Ensayo aleatorizado',
      review: 'Revisión de estudios',
      study: 'Estudio único',
      'patient-leaflet': 'Folleto para pacientes',
      manufacturer: 'Información del fabricante',
    },
    strengths: {
      strong: 'Evidencia sólida',
      moderate: 'Evidencia moderada',
      weak: 'Evidencia débil',
    },
  },
  sections: {
    overview: 'Qué es',
    candidacy: 'A quién puede ayudar',
    trial: 'La prueba',
    surgery: 'Cirugía y recuperación',
    medicines: 'Medicamentos',
    benefits: 'Beneficios',
    risks: 'Riesgos',
    aftercare: 'La vida con una bomba',
    options: 'Sus opciones',
    faq: 'Preguntas y respuestas',
  },
  term: {
    showMeaning: ' (ver significado)',
    close: 'Cerrar',
  },
  warningSigns: {
    medicines: {
      opioid: 'Con una bomba de opioides (morfina, hidromorfona o fentanilo)',
      baclofen: 'Con una bomba de baclofeno',
      ziconotide: 'Con ziconotida (Prialt)',
      clonidine: 'Con clonidina en la bomba',
      bupivacaine: 'Con bupivacaína en la bomba',
    },
    or: ', o ',
    crisisLine: 'También puede llamar a la línea de crisis, ',
    whoToCall: 'A quién llamar',
    whileYouWaitLink: 'Qué hacer mientras espera ayuda',
    whileYouWait: 'Mientras espera ayuda',
    whereFrom: 'De dónde vienen estas señales: ',
    whereFromLink: 'señales de alarma y a quién llamar',
    whereFromAfter: ' da las fuentes de cada una.',
  },
  careCards,
  iconArray: {
    people: 'personas',
    didNot: 'no',
    outOf: (affected: number) => `${affected} de cada 100`,
    statement: (approximate: boolean, affected: number, unit: string, outcome: string) =>
      `${approximate ? 'Alrededor de ' : ''}${affected} de cada 100 ${unit} ${outcome}.`,
    picture: (unit: string) => `Dibujo de 100 ${unit}. `,
    solid: (approximate: boolean, affected: number, outcome: string) =>
      `${affected} figuras rellenas: ${approximate ? 'alrededor de ' : ''}${affected} de cada 100 ${outcome}. `,
    outline: (rest: number, notOutcome: string) =>
      `${rest} figuras solo con contorno: las otras ${rest} ${notOutcome}.`,
    both: (unit: string, when: string) => `Las dos cifras son de cada 100 ${unit}, ${when}.`,
    key: 'Clave del dibujo',
    solidKey: 'Figura rellena: ',
    outlineKey: 'Figura con contorno: ',
    who: 'A quién se estudió',
    time: 'Tiempo',
    certainty: 'Qué tan seguros estamos',
    note: 'Es bueno saber',
    source: 'Fuente',
    certaintyPhrases: {
      strong: 'Estamos bastante seguros de esto.',
      moderate: 'No estamos muy seguros de esto.',
      weak: 'No estamos seguros de esto.',
    },
  },
  optionGrid: {
    caption: 'Sus opciones, una al lado de la otra: las preguntas que la gente hace, con la respuesta para cada opción',
    question: 'Pregunta',
    notKnown: 'No se sabe:',
  },
  readability: {
    caption: (fk: number, smog: number) =>
      `Nivel de lectura de cada página (grado escolar de EE. UU.; nuestro límite es ${fk} según Flesch-Kincaid y ${smog} según SMOG)`,
    page: 'Página',
    fleschKincaid: 'Grado Flesch-Kincaid',
    smog: 'Grado SMOG',
    words: 'Palabras medidas',
    infleszCaption: (min: number) =>
      `Facilidad de lectura de cada página (escala INFLESZ: más alto es más fácil; nuestro límite es ${min}, "bastante fácil")`,
    inflesz: 'Puntuación INFLESZ',
    band: 'Nivel',
    bands: {
      'very hard': 'muy difícil',
      'somewhat hard': 'algo difícil',
      normal: 'normal',
      'fairly easy': 'bastante fácil',
      'very easy': 'muy fácil',
    },
  },
  presets: {
    linkLabel: 'Enlace para enviar a un paciente',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    preview: 'Ver esta lista',
    email: 'Enviar por correo electrónico',
    emailSubject: (title: string) => `Preguntas para su cita: ${title}`,
    emailBody: (link: string) =>
      `Antes de su cita, por favor lea estas preguntas. Elija las que le importan, agregue las suyas y traiga la lista:\n\n${link}\n`,
  },
  contacts: {
    emergency: (number: string) => `En una emergencia, llame al ${number}.`,
    crisis: (name: string, number: string) =>
      `Si tiene pensamientos de suicidio o de hacerse daño: ${name}, ${number}.`,
    clinic: (name: string, phone: string, hours: string) =>
      `Su clínica de la bomba: ${name}, ${phone}${hours ? ` (${hours})` : ''}.`,
    noClinic: 'Su clínica de la bomba: escriba aquí sus números de día y de noche: ____________________',
    afterHours: (phone: string) => `Fuera del horario: ${phone}.`,
  },
  home: {
    heading: 'Bombas para el dolor implantadas: información para ayudarle a decidir',
    intro1:
      'Una bomba para el dolor implantada lleva medicamento al líquido que rodea la médula espinal. Los médicos la llaman bomba de infusión intratecal. Algunas personas la llaman bomba de morfina, bomba de baclofeno, o infusión en la espalda o lumbar.',
    intro2:
      'Esta guía es para personas con dolor de espalda de larga duración, dolor por cáncer o rigidez muscular grave (espasticidad) a quienes les han ofrecido una bomba, y para sus familias. Explica lo bueno y lo malo en palabras sencillas, con las fuentes de cada dato. No le dice qué elegir.',
    start: '¿Por dónde quiere empezar?',
    learnTitle: 'Infórmese sobre el tratamiento',
    learnText:
      'Qué es una bomba para el dolor, a quién puede ayudar, la prueba, la cirugía, los medicamentos, los beneficios y los riesgos.',
    compareTitle: 'Compare sus opciones',
    compareText: 'Vea una bomba al lado de otras opciones, incluida la de seguir con su atención actual.',
    questionsTitle: 'Prepare preguntas para su médico',
    questionsText: 'Elija las preguntas que le importan, y luego imprímalas o compártalas con un enlace.',
    pumpTitle: '¿Ya tiene una bomba? Haga su tarjeta para la cartera',
    pumpText:
      'Guarde los datos de su bomba en este aparato, e imprima una tarjeta para la cartera, las fechas de recarga y una hoja para entregar al personal de salud.',
    privacyHeading: 'Su privacidad',
    privacyText:
      'No hay cuentas, anuncios ni rastreo. Lo que usted escribe se queda en este aparato, a menos que decida compartir un enlace.',
    privacyLink: 'Lea nuestra promesa de privacidad',
  },
  guideIndex: {
    title: 'La guía',
    description:
      'Todas las páginas de la guía Pain Pump Guide en orden de lectura, desde qué es una bomba hasta la vida con una.',
    intro: 'Lea las páginas en orden, o vaya directamente a la que necesita.',
  },
  glossary: {
    title: 'Lista de palabras',
    description: 'El significado en palabras sencillas de las palabras médicas que se usan en la guía Pain Pump Guide.',
    intro: 'Las palabras médicas que se usan en esta guía, con su significado en palabras sencillas.',
    alsoCalled: 'También se llama: ',
  },
  searchPage: {
    title: 'Buscar',
    description: 'Busque en la guía Pain Pump Guide con sus propias palabras, o vea todos los temas.',
    heading: 'Buscar en la guía',
    formLabel: 'Buscar en esta guía',
    label: 'Buscar',
    hint: 'Use sus propias palabras, por ejemplo «puedo hacerme una resonancia magnética con una bomba».',
    button: 'Buscar',
    noScript:
      'Para buscar se necesita JavaScript, que está desactivado en su navegador. Aun así, puede encontrar todos los temas en la lista de abajo.',
    results: 'Resultados',
    allTopics: 'Todos los temas',
    glossaryBefore: 'Busque una palabra médica en la ',
    glossaryLink: 'lista de palabras',
    glossaryAfter: '.',
    aboutSite: 'Sobre este sitio',
  },
  getHelp: {
    title: 'Señales de alarma y a quién llamar',
    description:
      'Señales de que algo anda mal con una bomba para el dolor o su medicamento, qué tan urgente es cada una y a quién llamar.',
    intro:
      'Busque la señal que coincide con lo que está pasando. Las señales más urgentes van primero. Las señales marcadas con un medicamento son solo para bombas que tienen ese medicamento. Si no está seguro, llame de todos modos.',
    yourClinic: 'Su clínica de la bomba: ',
    outsideHours: 'Fuera de ese horario: ',
    noClinic:
      'Tenga los números de teléfono de su clínica de la bomba, de día y de noche, en su tarjeta de la bomba y en su teléfono.',
    walletCardLink: 'Haga una tarjeta para la cartera para su bomba',
    walletCardAfter: ', con las señales que corresponden a su medicamento y los números de su clínica.',
    takeCard:
      'Lleve la tarjeta de identificación de su bomba cuando vaya a pedir ayuda, y dígale a cada médico, enfermero y paramédico qué medicamento tiene su bomba.',
  },
  kit: {
    title: 'Material para la clínica: enlaces y códigos QR para entregar',
    description:
      'Una hoja para imprimir para una clínica de la bomba: códigos QR y direcciones de las páginas clave de la guía y de las listas de preguntas ya hechas.',
    heading: (site: string) => `${site}: enlaces para pacientes`,
    intro:
      'Imprima esta página para entregarla o colgarla. Cada elemento tiene un código QR para escanear y una dirección para escribir.',
    backBefore: 'Volver a ',
    backLink: 'Para profesionales de la salud',
    backAfter: '.',
    noAddress:
      'Esta copia de la guía se creó sin su dirección web (SITE_URL), así que esta hoja no muestra códigos QR y solo muestra la parte de cada dirección que va después del nombre del sitio. Pida a quien administra este sitio que lo cree con SITE_URL.',
    keyPages: 'Páginas clave',
    lists: 'Listas de preguntas ya hechas',
    qr: (title: string) => `Código QR: ${title}`,
    pages: {
      'get-help': {
        title: 'Señales de alarma y a quién llamar',
        note: 'Señales de que algo anda mal, y qué tan rápido actuar.',
      },
      'the-trial': {
        title: 'La prueba antes de una bomba',
        note: 'Qué pasa en una prueba, y qué se considera un buen resultado.',
      },
      risks: { title: 'Riesgos graves y señales de alarma', note: 'Qué tan común es cada riesgo.' },
      decide: {
        title: 'Compare sus opciones',
        note: 'Las opciones una al lado de la otra, y lo que le importa a usted.',
      },
    },
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'No encontramos la página que pidió. Busque en la guía o elija un tema.',
    intro:
      'No encontramos una página en esta dirección. El enlace puede ser viejo, o la dirección puede tener un error.',
    searchOrPick: 'Puede buscar en la guía, o elegir un tema de abajo.',
    searchHeading: 'Buscar en la guía',
    searchLabel: '¿Qué está buscando?',
    button: 'Buscar',
    topics: 'Temas de la guía',
    more: 'Otros lugares adonde ir',
    home: 'Página principal',
    guide: 'Toda la guía, en orden de lectura',
    glossary: 'Lista de palabras (glosario)',
    questions: 'Preguntas para su equipo de atención',
  },
};
