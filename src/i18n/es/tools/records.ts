/** Interface text of the tools: what the site keeps in this browser, in Spanish (same keys as src/i18n/en/tools/records.ts). */
import { count } from '../../plural';
import type { RecordFacts } from '@/lib/storage/record-kind';
import type { ToolStrings } from '../../index';

export const records: ToolStrings['records'] = {
  questions: {
    label: 'Su lista de preguntas',
    description: 'Las preguntas que usted eligió o escribió para su equipo de atención, en la página Mis preguntas.',
    summary: (c: RecordFacts) => count(c.questions, 'pregunta', 'preguntas'),
  },
  decision: {
    label: 'Sus respuestas de la ayuda para decidir',
    description: 'Cuánto le importa cada punto y sus respuestas a las cuatro preguntas SURE, en la página Comparar opciones.',
    summary: (c: RecordFacts) =>
      `${count(c.values, 'valoración', 'valoraciones')} de lo que le importa y ${count(c.sure, 'respuesta SURE', 'respuestas SURE')}`,
  },
  'my-pump': {
    label: 'Mi bomba',
    description: 'Los datos de su bomba, su medicamento, su clínica y sus fechas de recarga que usted escribió en la página Mi bomba.',
    summary: (c: RecordFacts) =>
      `${count(c.fields, 'dato escrito', 'datos escritos')}, ${count(c.refills, 'recarga', 'recargas')} en el registro`,
  },
  'trial-diary': {
    label: 'Su diario de la prueba',
    description: 'Sus notas de la prueba: cómo estaba antes, sus metas y lo que anotó en el diario.',
    summary: (c: RecordFacts) =>
      `${c.baseline ? 'Punto de partida anotado' : 'Sin punto de partida todavía'}, ${count(c.goals, 'meta', 'metas')} y ${count(c.entries, 'anotación', 'anotaciones')}`,
  },
};
