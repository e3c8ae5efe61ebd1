import type { QuestionInput } from '@cirrus/questions'

export const RIVERS = ['Source in the Black Forest', 'Vienna', 'Budapest', 'Belgrade', 'The Black Sea']
/** A quiz of every new type between two ordinary questions, for the socket and browser tests. */
export const RICH_QUIZ: { title: string; questions: QuestionInput[] } = {
  title: 'Every type',
  questions: [
    { id: 'single', type: 'single', prompt: 'Which river flows through Vienna?', options: [{ text: 'Danube', correct: true }, { text: 'Rhine', correct: false }] },
    { id: 'ordering', type: 'ordering', prompt: 'Follow the Danube from its source to the sea', options: RIVERS.map((text) => ({ text, correct: true })), explanation: 'Downstream.' },
    { id: 'poll', type: 'poll', prompt: 'Which river would you sail?', options: ['Danube', 'Rhine', 'Elbe'].map((text) => ({ text, correct: false })) },
    {
      id: 'number',
      type: 'number',
      prompt: 'How long is the Danube, in km?',
      options: [],
      number: { answers: [{ value: 2850, tolerance: 50 }, { value: 2850, tolerance: 300, credit: 0.5 }], min: 1000, max: 5000, step: 10, unit: 'km' },
      explanation: 'About 2,850 km.',
    },
  ],
}

