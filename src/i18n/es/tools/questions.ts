/** Interface text of the tools: My questions, in Spanish (same keys as src/i18n/en/tools/questions.ts). */
import { s } from '../../plural';
import type { ToolStrings } from '../../index';

export const questions: ToolStrings['questions'] = {
  pageTitle: 'Preguntas para su equipo de atención',
  pageDescription:
    'Elija las preguntas que le importan, agregue las suyas, póngalas en orden y luego imprímalas o compártalas con un enlace.',
  heading: 'Preguntas para su equipo de atención',
  intro:
    'Está bien hacer preguntas. Elija las que le importan, agregue las suyas y ponga primero las más importantes. Después imprima su lista o envíesela, y llévela a su consulta. También puede ir con alguien.',
  keptHint: (max: number) =>
    `Su lista se queda en este navegador. Nunca se nos envía. Puede guardar hasta ${max} preguntas.`,
  trialDiaryBefore: '¿Va a hacer una prueba? Lleve un',
  trialDiaryLink: 'diario de la prueba',
  trialDiaryAfter: 'e imprima una página para la consulta.',
  noScript:
    'Esta página funciona mejor con JavaScript: así puede guardar su lista, ordenarla y compartirla. Sin JavaScript, puede marcar las preguntas de abajo e imprimir esta página.',
  fallbackHeading: 'Todas las preguntas, como lista para marcar',
  fallbackIntro: 'Marque las preguntas que quiere hacer. Después imprima esta página y llévela.',
  whyAsk: (why: string) => `Por qué preguntarlo: ${why}`,
  groups: {
    deciding: 'Para decidir',
    trial: 'La prueba',
    surgery: 'La cirugía',
    medicines: 'Los medicamentos',
    risks: 'Los riesgos',
    'living-with-a-pump': 'La vida con una bomba',
    costs: 'Costos y seguro',
    alternatives: 'Otras opciones',
  },
  problems: {
    'list-full': (max: number) => `Su lista está llena. Caben ${max} preguntas. Quite una para agregar otra.`,
    'text-empty': 'Primero escriba su pregunta.',
    'text-too-long': (max: number) => `Su pregunta es muy larga. Use ${max} caracteres como máximo, por favor.`,
    'important-limit': (max: number) =>
      `Puede marcar hasta ${max} preguntas como las más importantes. Para marcar esta, primero quite la marca de otra.`,
    'not-found': 'Esa pregunta ya no está en su lista.',
    duplicate: 'Esa pregunta ya está en su lista.',
  },

  starterHeading: 'Empiece aquí: tres preguntas clave',
  starterIntro:
    'Estas tres preguntas ayudan en cualquier decisión sobre su atención. Vienen de un programa llamado Ask 3 Questions (Haga 3 preguntas).',
  addAllThree: 'Agregar las tres',
  addTheRest: 'Agregar las que faltan',
  addedStarter: (n: number) =>
    `Se ${n === 1 ? 'agregó 1 pregunta clave' : `agregaron ${n} preguntas clave`} a su lista.`,
  bankHeading: 'Más preguntas, por tema',
  bankIntro: 'Abra un tema para ver sus preguntas. Marque las que quiere hacer.',
  pickedOf: (picked: number, total: number) => `(${picked} de ${total} ${s(picked, 'elegida', 'elegidas')})`,
  removedFromList: (text: string) => `Se quitó de su lista: ${text}`,
  addedToList: (text: string, n: number) =>
    `Se agregó a su lista: ${text}. Tiene ${n} ${s(n, 'pregunta', 'preguntas')}.`,

  listHeading: 'Su lista',
  listCount: (count: number, max: number) => `(${count} de ${max} preguntas)`,
  undo: 'Deshacer',
  emptyList: (max: number) =>
    `Su lista está vacía. Marque preguntas arriba o abajo, o escriba las suyas. Puede marcar hasta ${max} como las más importantes: se imprimen primero.`,
  orderHint: (max: number) =>
    `Póngalas en el orden en que quiere hacerlas. Marque hasta ${max} como las más importantes: se imprimen primero.`,
  mostImportant: 'Más importante',
  unknownQuestion: (code: string) =>
    `Una pregunta de otra versión de este sitio. No podemos mostrar sus palabras y no se imprimirá. (Código: ${code})`,
  ownQuestion: 'Su propia pregunta',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  edit: 'Cambiar',
  remove: 'Quitar',
  alreadyFirst: 'Esta pregunta ya es la primera.',
  alreadyLast: 'Esta pregunta ya es la última.',
  movedTo: (position: number, count: number) => `Se movió al lugar ${position} de ${count}.`,
  markedImportant: 'Marcada como más importante. Se imprimirá primero.',
  unmarkedImportant: 'Ya no está marcada como más importante.',
  removedUndo: (text: string) => `Se quitó: ${text}`,
  aQuestion: 'una pregunta',
  removedAnnounce: (n: number) =>
    `Se quitó. Tiene ${n} ${s(n, 'pregunta', 'preguntas')}. Puede deshacerlo arriba de la lista.`,
  undone: (n: number) => `Se deshizo. Tiene ${n} ${s(n, 'pregunta', 'preguntas')}.`,
  questionChanged: 'Se cambió su pregunta.',
  changeLabel: 'Cambie su pregunta',
  save: 'Guardar',
  cancel: 'Cancelar',
  characters: (length: number, max: number) => `${length} de ${max} caracteres`,
  tooLongMark: ': demasiado larga',
  writeOwnLabel: 'Escriba su propia pregunta',
  writeOwnHint: (max: number) => `Puede escribir en cualquier idioma. Hasta ${max} caracteres.`,
  addMine: 'Agregar mi pregunta',
  ownAdded: (n: number) => `Se agregó su pregunta. Tiene ${n} ${s(n, 'pregunta', 'preguntas')}.`,

  oldListReplaced: 'Se reemplazó su lista anterior.',
  nowHasShared: (n: number) =>
    `Ahora su lista tiene ${n === 1 ? 'la pregunta compartida' : `las ${n} preguntas compartidas`}.`,
  addedShared: (n: number) => `Se ${n === 1 ? 'agregó 1 pregunta' : `agregaron ${n} preguntas`} a su lista.`,
  addedSharedFull: (max: number) => ` Su lista está llena (${max} preguntas), así que algunas no se agregaron.`,
  addedSharedUndo: (n: number) =>
    `Se ${n === 1 ? 'agregó 1 pregunta compartida' : `agregaron ${n} preguntas compartidas`}.`,

  outputHeading: 'Imprimir o compartir su lista',
  addFirst: 'Primero agregue algunas preguntas. Después podrá imprimirlas, guardarlas o enviarlas.',
  outputIntro:
    'La página impresa tiene espacio para escribir las respuestas y algunas preguntas para hacerse antes de decidir.',
  printButton: 'Imprimir mis preguntas',
  printBilingual: 'Imprimir en español e inglés',
  printBilingualHint:
    'Cada pregunta se imprime en español con el inglés debajo, para que un médico que habla inglés pueda seguirla.',
  downloadText: 'Descargar como texto',
  email: 'Enviar mis preguntas por correo',
  linkLabel: 'Enlace a su lista',
  linkHint:
    'Las preguntas van dentro del enlace, así que no se guardan en nuestro sitio. Cualquier persona a quien se lo envíe puede verlas.',
  copyLink: 'Copiar el enlace',
  copied: 'Se copió el enlace. Péguelo en un mensaje o una nota para guardarlo.',
  copyFailed: 'No pudimos copiar el enlace. Seleccione el enlace de arriba y cópielo usted.',
  downloaded: 'Su lista se guardó como archivo de texto en sus descargas.',
  fileName: (date: string) => `mis-preguntas-${date}.txt`,
  clearList: 'Vaciar mi lista',
  clearHeading: '¿Vaciar su lista?',
  clearText: (n: number) =>
    `Esto quita de este navegador ${n === 1 ? 'la pregunta' : `las ${n} preguntas`}. Puede deshacerlo justo después.`,
  keepList: 'No, conservar mi lista',
  yesClear: 'Sí, vaciar mi lista',
  clearedUndo: (n: number) => `Se vació su lista (${n} ${s(n, 'pregunta', 'preguntas')}).`,
  clearedAnnounce: 'Se vació su lista. Puede deshacerlo.',

  shareErrors: {
    empty: 'Este enlace no tiene preguntas.',
    'too-long': 'Este enlace es demasiado largo para ser una lista de preguntas de este sitio, así que no lo abrimos.',
    'newer-version':
      'Este enlace lo hizo una versión más nueva de este sitio. Vuelva a cargar la página para tener la versión más nueva y abra el enlace otra vez.',
    damaged:
      'Este enlace está incompleto o se cambió, así que no pudimos leerlo. Pida a quien se lo envió que se lo mande otra vez.',
    'too-many': (max: number) => `Este enlace tiene más de ${max} preguntas, más de las que caben en una lista.`,
  },
  sharedCouldNotOpen: 'No pudimos abrir esta lista compartida',
  ownUnchanged: 'Su propia lista no cambió.',
  closeMessage: 'Cerrar este mensaje',
  sharedHeading: 'Alguien compartió con usted una lista de preguntas',
  sharedCount: (n: number) =>
    `Tiene ${n} ${s(n, 'pregunta', 'preguntas')}. Todavía no se guardó nada y su propia lista no cambió.`,
  sharedUnknown: (n: number) =>
    n === 1
      ? '1 pregunta de este enlace viene de una versión más nueva o más vieja de este sitio, así que no podemos mostrarla. Puede ayudar volver a cargar la página.'
      : `${n} preguntas de este enlace vienen de una versión más nueva o más vieja de este sitio, así que no podemos mostrarlas. Puede ayudar volver a cargar la página.`,
  sharedDropped: (n: number) =>
    n === 1
      ? 'Se dejó fuera 1 pregunta porque estaba vacía, repetida o era demasiado larga.'
      : `Se dejaron fuera ${n} preguntas porque estaban vacías, repetidas o eran demasiado largas.`,
  mostImportantTag: ' (más importante)',
  whatToDo: '¿Qué quiere hacer?',
  addThese: 'Agregarlas a mi lista',
  replaceWithThese: 'Reemplazar mi lista con estas',
  saveAsMine: 'Guardarlas como mi lista',
  printThis: 'Imprimir esta lista',
  closeWithoutSaving: 'Cerrar sin guardar',
  ownCountNote: (n: number) =>
    `Su lista tiene ${n} ${s(n, 'pregunta', 'preguntas')}. Si la reemplaza, puede deshacerlo justo después.`,

  notices: {
    full: 'El almacenamiento de su navegador está lleno, así que su lista no se está guardando.',
    blocked: 'Su navegador no deja que este sitio guarde su lista.',
    stillWorks:
      'Puede armar, imprimir y compartir su lista ahora, pero se perderá al cerrar esta página. Para conservarla, copie abajo el enlace a su lista y guárdelo, o imprímala.',
    repaired:
      'No se pudieron leer algunas preguntas de la lista guardada en este navegador, así que las dejamos fuera.',
    corrupt: 'No pudimos leer la lista guardada en este navegador, así que empezamos una nueva.',
    earlier: 'Antes no se pudo leer una lista guardada en este navegador, así que se empezó una nueva.',
    locked:
      'No hay espacio para guardar una copia de los datos viejos, así que no guardaremos nada encima hasta que usted elija.',
    kept: 'No se tiró nada: guardamos una copia de los datos viejos en este navegador.',
    showOld: 'Mostrar los datos viejos',
    unlock: 'Empezar a guardar mi lista nueva',
    deleteCopies: 'Borrar las copias',
    deleteCopy: 'Borrar la copia',
    hide: 'Ocultar este mensaje',
    oldDataLabel: 'Los datos viejos guardados',
    unreadable: '(No pudimos leerlo.)',
    unknown: (n: number) =>
      n === 1
        ? '1 pregunta de su lista viene de otra versión de este sitio. No podemos mostrar sus palabras, así que no se imprimirá. Puede quitarla de su lista.'
        : `${n} preguntas de su lista vienen de otra versión de este sitio. No podemos mostrar sus palabras, así que no se imprimirán. Puede quitarlas de su lista.`,
  },

  print: {
    title: 'Mis preguntas para mi equipo de atención',
    bilingualNote: 'Impreso en español e inglés',
    clinicianNote: 'Para mi equipo de atención: por favor, repasen conmigo estas preguntas.',
    importantHeading: 'Lo más importante para mí',
    otherHeading: 'Mis otras preguntas',
    myQuestions: 'Mis preguntas',
    sureHeading: 'Antes de decidir: ¿qué tan listo me siento?',
    sureHint:
      'Si marca algún "No", dígaselo a su equipo de atención. Es una señal de que puede necesitar más tiempo, datos o apoyo.',
    date: 'Fecha:',
    whoISaw: 'A quién vi:',
    answer: 'Respuesta:',
    mostImportant: 'Más importante:',
    empty: (address: string) => `Todavía no hay preguntas. Elija sus preguntas en ${address}`,
    reviewed: (date: string) => `Última revisión de la guía: ${date}`,
    notAdvice: 'Esta lista no reemplaza los consejos de su equipo de atención.',
    qrLabel: 'Código QR del enlace a esta lista',
    scan: 'Escanee para abrir esta lista',
    openAgain: (link: string) => `Abra esta lista otra vez: ${link}`,
  },
};
