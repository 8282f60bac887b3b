/** Interface text of the tools: What this site keeps on this device, in Spanish (same keys as src/i18n/en/tools/my-data.ts). */
import type { ToolStrings } from '../../index';

export const myData: ToolStrings['myData'] = {
  pageTitle: 'Lo que este sitio guarda en este dispositivo',
  pageDescription: 'Vea todo lo que este sitio guarda en su navegador, descárguelo como copia de seguridad, recupérelo o bórrelo todo.',
  heading: 'Lo que este sitio guarda en este dispositivo',
  introBefore:
    'Algunas partes de este sitio recuerdan lo que usted escribe, para que no lo pierda. Se guarda solo en este navegador, en este dispositivo. Nunca se nos envía a nosotros ni a nadie. Lea más en la',
  privacyLink: 'página de privacidad',
  noScript: 'Esta página necesita JavaScript para mostrar lo que se guarda. Sin JavaScript, este sitio no guarda nada en su dispositivo.',
  storageFull: 'El almacenamiento de su navegador está lleno, así que este sitio no puede guardar nada nuevo en este dispositivo.',
  storageBlocked: 'Ahora su navegador no deja que este sitio guarde nada en este dispositivo.',
  storageWhy:
    'Esto puede pasar en una ventana privada o con algunas opciones de privacidad. El sitio funciona, pero lo que escriba se olvida al cerrar la página.',
  keptNowHeading: 'Lo que se guarda ahora',
  keepsNothing: 'Ahora este sitio no guarda nada en este dispositivo.',
  cannotRead: 'No pudimos leer esto. Abra su página: guardaremos una copia y le diremos más.',
  someUnreadable: '. No se pudieron leer algunas partes',
  lastChanged: (when: string) => ` Último cambio: ${when}.`,
  keptCopyHeading: (record: string) => `Una copia guardada de ${record.replace(/^Su /, 'su ')}`,
  keptCopyText: (when: string, size: string) =>
    `Datos guardados que este sitio no pudo leer. Se guardaron aparte el ${when} para que no se perdiera nada (${size} caracteres).`,
  unknownRecord: 'datos de otra versión de este sitio',
  showCopy: 'Mostrar la copia',
  hideCopy: 'Ocultar la copia',
  deleteCopy: 'Borrar esta copia',
  keptCopyLabel: 'La copia guardada',
  copyUnreadable: '(No pudimos leerla.)',
  otherKeysHeading: 'Otros datos de este sitio',
  otherKeys: (n: number) =>
    n === 1
      ? 'Otra versión de este sitio guardó 1 dato. Esta versión no puede leerlo. “Borrar todo” también lo borra.'
      : `Otra versión de este sitio guardó ${n} datos. Esta versión no puede leerlos. “Borrar todo” también los borra.`,
  backupHeading: 'Hacer una copia de seguridad',
  backupIntro:
    'Descargue todo lo de arriba en un solo archivo. Le sirve para pasar sus datos a otro navegador o para recuperarlos si este navegador los olvida. El archivo se queda en su dispositivo; no se envía a ningún lado.',
  downloadBackup: 'Descargar una copia de seguridad',
  backupDownloading: 'Su copia de seguridad se está descargando. Guárdela en un lugar seguro: cualquiera que la abra puede leerla.',
  restoreHeading: 'Recuperar desde una copia de seguridad',
  restoreIntro:
    'Elija una copia de seguridad que descargó de este sitio. Primero la revisamos y le mostramos qué cambiaría. No se cambia nada hasta que usted lo diga.',
  restoreFileLabel: 'Archivo de copia de seguridad',
  fileTooBig: 'Este archivo es demasiado grande para ser una copia de seguridad de este sitio. No se cambió nada.',
  fileUnopenable: 'No pudimos abrir este archivo. No se cambió nada.',
  notABackup:
    'Este archivo no es una copia de seguridad de este sitio. No se cambió nada. Elija un archivo cuyo nombre empiece con "pain-pump-guide-backup".',
  newerBackup: 'Esta copia la hizo una versión más nueva de este sitio, así que no podemos leerla. No se cambió nada.',
  alreadyHere: 'Todo lo que hay en esta copia ya está en este dispositivo. No se cambió nada.',
  someUnreadableInFile: ' No se pudieron leer algunas partes del archivo.',
  planHeading: 'Lo que cambiaría al recuperar',
  planSame: 'ya es igual aquí; no cambia.',
  planAdd: (incoming: string) => `se agregará (${incoming}).`,
  planReplace: (current: string, incoming: string) => `lo que hay ahora (${current}) se cambiará por lo del archivo (${incoming}).`,
  planCurrentUnreadable: 'datos que no pudimos leer',
  planDropped: ' No se pudieron leer algunas partes en el archivo; se dejarán fuera.',
  planKeptCopies: (n: number) =>
    `Se ${n === 1 ? 'agregará 1 copia guardada' : `agregarán ${n} copias guardadas`} de datos que no se pudieron leer.`,
  skipNotRestored: 'no se recuperará:',
  skipUnknownKind: 'Esta versión del sitio no conoce este tipo de datos.',
  skipNewer: 'Lo guardó una versión más nueva de este sitio.',
  skipUnreadable: 'No pudimos leerlo.',
  skipBadCopies: 'No pudimos leerlas, o eran demasiadas.',
  skipCopiesName: (n: number) => (n === 1 ? '1 copia guardada' : `${n} copias guardadas`),
  planOthersStay: 'Los datos de este dispositivo que no están en el archivo se quedan como están.',
  restoreThese: 'Recuperar estos datos',
  cancel: 'Cancelar',
  nothingChanged: 'No se cambió nada.',
  restoreFailed: (what: string) => `No pudimos recuperar: ${what}. Puede que su navegador esté lleno o que no deje guardar datos.`,
  aKeptCopy: 'una copia guardada',
  restored: 'Se recuperaron los datos de su copia de seguridad.',
  deleteHeading: 'Borrar todo',
  deleteIntro:
    'Esto borra todo lo que este sitio guarda en este dispositivo: su lista de preguntas, sus respuestas de la ayuda para decidir y todos los demás datos y copias de la lista de arriba. No se puede deshacer. Si puede necesitarlo más adelante, primero descargue una copia de seguridad.',
  deleteConfirmHeading: '¿Borrar todo lo que este sitio guarda en este dispositivo?',
  deleteConfirm: 'Sí, borrar todo',
  deleteButton: 'Borrar todo',
  deleteBlocked:
    'Su navegador no deja que este sitio use su almacenamiento, así que no pudimos borrar nada. Puede borrarlo en la configuración de su navegador.',
  deletePartly: 'No se pudieron borrar algunos datos. Puede que su navegador no lo deje. También puede borrarlos en la configuración de su navegador.',
  deleted: 'Se borró todo lo que este sitio guardaba en este dispositivo.',
  copyDeleted: 'Se borró la copia guardada.',
  copyNotDeleted: 'No pudimos borrar la copia guardada.',
};
