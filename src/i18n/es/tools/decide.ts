/** Interface text of the tools: Compare your options, in Spanish (same keys as src/i18n/en/tools/decide.ts). */
import { s } from '../../plural';
import type { ToolStrings } from '../../index';

export const decide: ToolStrings['decide'] = {
  kicker: 'Ayuda para decidir',
  decisionHeading: 'La decisión',
  notTellChoose:
    'Esta página no le dice qué elegir. Le ayuda a prepararse para decidir junto con su equipo de atención.',
  whoForHeading: 'Para quién es esta página',
  whoNotForHeading: 'Para quién no es',
  see: 'Vea',
  stepsHeading: 'Cómo usar esta página, paso a paso',
  steps: {
    options: 'Mire sus opciones una al lado de la otra.',
    numbers: 'Vea los números principales como dibujos de 100 personas.',
    values: 'Diga qué es lo que más le importa.',
    sure: 'Vea si se siente listo para decidir (la prueba SURE).',
    summary: 'Imprima su resumen y llévelo a su consulta.',
  },
  optionsHeading: 'Sus opciones, una al lado de la otra',
  optionsIntro:
    'Hay cuatro tipos de opciones. La tabla no las ordena de mejor a peor, y el orden no quiere decir que una sea mejor. Algunas se pueden usar juntas.',
  optionsReadAcross: 'Lea una fila de lado a lado para comparar las opciones en una pregunta. ',
  optionsNotKnown: 'Donde no encontramos buena evidencia, la tabla dice "No se sabe".',
  optionsListLabel: 'Las cuatro opciones',
  cancerHeading: 'Si su dolor viene del cáncer',
  moreDetailBefore: 'Cada opción se explica con más detalle en la página',
  moreDetailLink: 'sus opciones',
  moreDetailAfter: 'de la guía.',
  numbersHeading: 'Los números en dibujos',
  numbersIntro:
    'Cada dibujo muestra 100 personas. Las figuras rellenas tuvieron el resultado que se nombra arriba del dibujo. Las figuras vacías no.',
  numbersWho:
    'Cada dibujo también dice a quién se estudió, durante cuánto tiempo y qué tan seguros estamos. La mayoría de estos números vienen de estudios pequeños.',
  benefitsHeading: 'Posibles beneficios de una bomba',
  harmsHeading: 'Posibles daños de una bomba',
  otherNumbersHeading: 'Números de las otras opciones',
  otherNumbers:
    'No encontramos números que pudiéramos mostrar en dibujos para seguir con su atención actual, cambiarla u otros procedimientos. Eso no quiere decir que funcionen mejor o peor que una bomba. Quiere decir que nuestras fuentes no tenían buenos números. Puede preguntar a su equipo de atención qué resultados tienen sus pacientes con cada opción.',
  valuesHeading: 'Lo que le importa',
  valuesIntro:
    '¿Cuánto le importa cada una de estas cosas? No hay respuestas buenas ni malas. Sus respuestas se quedan en este navegador, en este dispositivo. Nunca se nos envían.',
  valuesNoScript:
    'Este ejercicio necesita JavaScript. Igual puede pensar en cuánto le importa cada una de estas cosas:',
  choices: (list: string) => `Opciones: ${list}.`,
  sureHeading: '¿Está listo para decidir? La prueba SURE',
  sureIntro:
    'Estas cuatro preguntas le ayudan a ver si se siente listo para elegir. Si responde "no" a alguna, le sugerimos preguntas que puede agregar a su lista para su equipo de atención.',
  sureNoScript: (questions: string) => `La prueba SURE necesita JavaScript. Las cuatro preguntas son: ${questions}`,
  summaryHeading: 'Su resumen para decidir',
  summaryIntro:
    'Su resumen pone en una página lo que le importa, sus respuestas SURE y sus preguntas, con la fecha de hoy. Imprímalo o guárdelo como PDF, y llévelo a su consulta.',
  summaryPrivacy: 'Se hace en su navegador. Nada de lo que escribió sale de este dispositivo.',
  makeSummary: 'Hacer mi resumen para decidir',

  ratings: { 0: 'No me importa', 1: 'Me importa un poco', 2: 'Me importa bastante', 3: 'Me importa mucho' },
  ratingsInSentence: { 0: 'no me importa', 1: 'me importa un poco', 2: 'me importa bastante', 3: 'me importa mucho' },
  statementOf: (n: number, total: number) => `Frase ${n} de ${total}: `,
  prioritiesHeading: 'Lo que más le importa',
  prioritiesEmpty: 'Cuando responda sobre las frases de arriba, aquí verá lo que más le importa.',
  rated: (n: number, total: number) => `Respondió sobre ${n} de ${total} frases.`,
  mattersMost: 'Lo que más le importa:',
  noneImportant: 'Todavía no dijo que alguna frase le importe bastante o mucho.',
  alsoImportant: 'También le importa:',
  rowsAbout: 'Estas filas de la tabla de arriba tratan de lo que más le importa:',
  notPointing: 'Esto no señala ninguna opción. Llévelo a su equipo de atención para que juntos pesen las opciones.',
  clearAnswers: 'Borrar mis respuestas',
  clearAnswersGroup: '¿Borrar sus respuestas?',
  clearAnswersQuestion: '¿Borrar todas sus respuestas de arriba?',
  clearYes: 'Sí, borrarlas',
  clearNo: 'No, guardarlas',
  answersCleared: 'Se borraron sus respuestas.',

  questionsYouCouldAsk: 'Preguntas que podría hacer:',
  inYourList: ' (en su lista)',
  allInList: 'Todas estas preguntas están en su lista',
  addQuestions: (n: number) => `Agregar ${n} ${s(n, 'pregunta', 'preguntas')} a mi lista`,
  addedSome: (n: number) => `Se ${n === 1 ? 'agregó 1 pregunta' : `agregaron ${n} preguntas`}. `,
  listFull:
    'Su lista está llena, así que no se pudieron agregar todas. Puede quitar algunas en la página de preguntas.',
  alreadyInList: 'Estas preguntas ya están en su lista.',
  noneAdded: 'No se agregó ninguna pregunta.',
  added: (n: number, total: number) =>
    `Se ${n === 1 ? 'agregó 1 pregunta' : `agregaron ${n} preguntas`} a su lista. Ahora tiene ${total} ${s(total, 'pregunta', 'preguntas')}.`,
  seeList: 'Ver e imprimir mi lista de preguntas',
  answeredOf: (n: number, total: number) => `Respondió ${n} de ${total} preguntas.`,
  allYes:
    'Respondió que sí a las cuatro preguntas. Puede que se sienta listo para hablar de una opción con su equipo de atención. Igual puede preguntarles lo que quiera.',
  someNo: (n: number) =>
    `Respondió que no a ${n} ${s(n, 'pregunta', 'preguntas')}. Le pasa a mucha gente. Puede que quiera más ayuda antes de decidir. Las preguntas de arriba le pueden ayudar a conseguirla.`,
  clearSure: 'Borrar mis respuestas SURE',
  sureCleared: 'Se borraron sus respuestas SURE.',

  storageLocked:
    'No se pudieron leer algunas respuestas guardadas antes en este navegador. No las cambiamos. Sus respuestas nuevas no se guardarán hasta que decida reemplazar las anteriores.',
  replaceOld: 'Reemplazar las respuestas anteriores',
  storageRepaired:
    'No se pudieron leer algunas respuestas guardadas antes en este navegador, así que no se muestran. El resto está aquí.',
  storageCorrupt: 'No se pudieron leer las respuestas guardadas antes en este navegador, así que no se muestran.',
  keptCopyBefore:
    'Hay una copia de lo que estaba guardado en este navegador, por si la necesita. Puede verla o borrarla en la página',
  myDataLink: 'Lo que este sitio guarda en este dispositivo',
  storageUnsaved:
    'Este navegador no deja que el sitio guarde sus respuestas. Funcionan en esta página, pero se perderán al cerrarla. El enlace a su resumen, abajo, las lleva igual.',

  summary: {
    pageTitle: 'Mi resumen para decidir',
    pageDescription:
      'Su propio resumen para imprimir: lo que le importa, sus respuestas SURE y sus preguntas, hecho en su navegador.',
    heading: 'Mi resumen para decidir',
    choiceLabel: 'La decisión en la que estoy pensando:',
    noScriptBefore: 'Su resumen se hace en su navegador y necesita JavaScript. Igual puede imprimir la',
    decisionPageLink: 'página para decidir',
    noScriptMiddle: 'y su',
    questionListLink: 'lista de preguntas',
    madeOn: 'Hecho el',
    lastReviewed: 'Última revisión de los datos del sitio',
    nextReviewBefore: '(próxima revisión:',
    emptyBefore: 'Todavía no hay nada en su resumen. Llene',
    emptyValuesLink: 'lo que le importa',
    emptyAnd: 'y',
    emptySureLink: 'la prueba SURE',
    emptyAndChoose: ', y',
    emptyQuestionsLink: 'elija sus preguntas',
    print: 'Imprimir o guardar como PDF',
    changeAnswers: 'Cambiar mis respuestas',
    changeQuestions: 'Cambiar mis preguntas',
    valuesHeading: 'Lo que me importa',
    notFilled: 'Todavía no lo llenó.',
    rateLink: 'Diga qué le importa',
    mattersMost: 'Lo que más me importa:',
    noneImportant: 'No dije que algo me importe bastante o mucho.',
    alsoImportant: 'También me importa:',
    lessImportant: 'Me importa menos:',
    rowsToTalkAbout: 'Preguntas de la tabla de comparación para hablar:',
    sureHeading: 'Mis respuestas SURE',
    answerSureLink: 'Responda las cuatro preguntas SURE',
    sureCaption: 'Mis respuestas a las cuatro preguntas SURE',
    questionColumn: 'Pregunta',
    answerColumn: 'Mi respuesta',
    notAnswered: 'Sin responder',
    answeredNo: (n: number) => `Respondí que no a ${n} de 4. Puede que quiera más ayuda antes de decidir.`,
    questionsHeading: 'Mis preguntas',
    noQuestions: 'Todavía no hay preguntas.',
    chooseLink: 'Elija o escriba sus preguntas',
    mostImportantTag: ' (lo más importante para mí)',
    unknownQuestions: (n: number) =>
      n === 1
        ? 'No se pudo mostrar una pregunta de su lista, porque el sitio ya no la tiene.'
        : `No se pudieron mostrar ${n} preguntas de su lista, porque el sitio ya no las tiene.`,
    notesHeading: 'Notas de mi consulta',
    notesPrompt: 'A quién vi y de qué hablamos:',
    contactsHeading: 'A quién llamar',
    footer:
      'Este resumen se hizo en su navegador. Nada de lo que escribió se nos envió a nosotros ni a nadie. No dice qué opción elegir: es para que usted y su equipo de atención lo hablen juntos.',
  },
};
