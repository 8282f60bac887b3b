/** Words the Spanish search index holds (same keys as src/i18n/en/search.ts). */
import type { SearchStrings } from '../index';

export const search: SearchStrings = {
  glossaryName: 'Lista de palabras',
  questionsName: 'Preguntas para hacer',
  toolPages: {
    getHelp: {
      title: 'Señales de alarma y a quién llamar',
      description:
        '¿Algo anda mal con su bomba? Todas las señales de alarma, qué tan urgente es cada una, a quién llamar y qué hacer mientras llega la ayuda.',
    },
    guide: {
      title: 'La guía',
      description: 'Todas las páginas de la guía en orden, desde qué es una bomba hasta cómo vivir con una.',
    },
    glossary: {
      title: 'Lista de palabras',
      description: 'El significado en palabras sencillas de los términos médicos de esta guía (glosario).',
    },
    questions: {
      title: 'Mis preguntas',
      description: 'Haga, imprima y comparta una lista de preguntas para su médico o su equipo de atención.',
    },
    decide: {
      title: 'Comparar opciones',
      description:
        'Compare una bomba con sus otras opciones, una al lado de la otra, y piense en lo que más le importa.',
    },
  },
};
