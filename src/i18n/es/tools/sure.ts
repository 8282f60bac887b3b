/** Interface text of the tools: the SURE check, in Spanish (same keys as src/i18n/en/tools/sure.ts). */
import type { ToolStrings } from '../../index';

export const sure: ToolStrings['sure'] = {
  items: {
    sure: {
      stands: 'Seguro de mí mismo',
      question: '¿Se siente seguro de cuál es la mejor opción para usted?',
      firstPerson: '¿Me siento seguro de cuál es la mejor opción para mí?',
      ifNo: 'Puede ayudar repasar todas sus opciones otra vez, incluso seguir con la atención que tiene ahora.',
    },
    understand: {
      stands: 'Entender la información',
      question: '¿Conoce los beneficios y los riesgos de cada opción?',
      firstPerson: '¿Conozco los beneficios y los riesgos de cada opción?',
      ifNo: 'Su equipo de atención puede repasar con usted los beneficios y los riesgos de cada opción.',
    },
    'risk-benefit': {
      stands: 'Riesgos y beneficios',
      question: '¿Tiene claro qué beneficios y riesgos le importan más?',
      firstPerson: '¿Tengo claro qué beneficios y riesgos me importan más?',
      ifNo: 'La parte "Lo que le importa" de esta página puede ayudar. También puede preguntar qué tan probable es cada beneficio y cada riesgo para usted.',
    },
    encouragement: {
      stands: 'Apoyo',
      question: '¿Tiene suficiente apoyo y consejo para elegir?',
      firstPerson: '¿Tengo suficiente apoyo y consejo para elegir?',
      ifNo: 'Puede pedir más consejo a su equipo de atención. También puede llevar a un familiar o a un amigo a su consulta.',
    },
  },
  yes: 'Sí',
  no: 'No',
};
