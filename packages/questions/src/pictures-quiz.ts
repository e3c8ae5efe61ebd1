import type { Quiz } from './model.ts'

/**
 * The pictures that ship with Cirrus (packages/questions/images), by file name, each named by the SHA-256 of its
 * bytes as every stored picture is: the server loads them at start (apps/server/src/images/builtin.ts), and a test
 * holds each name to its file. Built-in questions use them like any teacher's upload.
 */
export const BUILTIN_PICTURES = {
  'region-zones.png': '97220042247d3fb443235cf0e9ad879621cd4e0a6f6bf955fe3bbeb064a8f8ec',
} as const

const REGION = { id: BUILTIN_PICTURES['region-zones.png'], alt: 'A Region drawn as a dashed box holding three boxes, Zone A, Zone B and Zone C, each with one server' }

/** A short built-in quiz of the question types beyond multiple choice, one of them with a picture. */
export const moreWaysQuiz: Quiz = {
  id: 'builtin-more-ways',
  title: 'Try every question type: pictures, orders and numbers',
  description: 'A picture question, an ordering question, a number question and a poll, to try every question type.',
  questions: [
    {
      id: 'more-ways-zones',
      type: 'single',
      prompt: 'In the picture, what are Zone A, Zone B and Zone C called in AWS?',
      image: REGION,
      options: [
        { text: 'Availability Zones', correct: true },
        { text: 'Edge locations', correct: false },
        { text: 'Local Zones', correct: false },
        { text: 'Outposts', correct: false },
      ],
      explanation: 'A Region is made of several isolated Availability Zones; running a server in each keeps an application up when one zone fails.',
      topic: 'global-infrastructure',
      difficulty: 'easy',
      timeLimitSec: 20,
      points: 1000,
    },
    {
      id: 'more-ways-order',
      type: 'ordering',
      prompt: 'Put these from the smallest to the largest',
      options: [
        { text: 'A data centre', correct: true },
        { text: 'An Availability Zone', correct: true },
        { text: 'A Region', correct: true },
        { text: 'The AWS global infrastructure', correct: true },
      ],
      explanation: 'An Availability Zone is one or more data centres; a Region holds several zones; the global infrastructure holds every Region.',
      difficulty: 'easy',
      timeLimitSec: 30,
      points: 1000,
    },
    {
      id: 'more-ways-number',
      type: 'number',
      prompt: 'How many Availability Zones does an AWS Region have at least?',
      options: [],
      number: { answers: [{ value: 3, tolerance: 0, credit: 1 }], min: 1, max: 10, step: 1 },
      explanation: 'Every Region launched since 2016 has at least three Availability Zones.',
      difficulty: 'medium',
      timeLimitSec: 20,
      points: 1000,
    },
    {
      id: 'more-ways-poll',
      type: 'poll',
      prompt: 'Which would you like to learn about next?',
      options: [
        { text: 'Storage', correct: false },
        { text: 'Networking', correct: false },
        { text: 'Security', correct: false },
      ],
      explanation: '',
      difficulty: 'easy',
      timeLimitSec: 20,
      points: 0,
    },
  ],
}
