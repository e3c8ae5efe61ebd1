import type { ProblemReason } from '@cirrus/protocol'
import { intlLocale, tableFor, type WordsLike } from '../languages.ts'

/**
 * The words of the teacher's CSV of problem reports, in the web app's six languages, in the words of its exam area
 * (apps/web/src/i18n/locales/exam/*.json). The cells a learner or the bank wrote (comments, prompts, answers, topics)
 * stay as written, dates stay ISO 8601 (spreadsheets read them as dates); "{from}"-style places are filled with
 * numbers already in the language's digits.
 */
export const EN = {
  columns: {
    reportedAt: 'Reported at',
    firstReportedAt: 'First reported at',
    questionKey: 'Question key',
    domain: 'Exam domain',
    task: 'Task',
    topic: 'Topic',
    reason: 'Reason',
    context: 'Reported from',
    comment: 'Comment',
    promptAsSeen: 'Question as the learner saw it',
    rightAnswerNow: 'Right answer now',
    source: 'Source',
  },
  reasons: {
    wrong_key: 'The marked answer is wrong',
    unclear: 'The question or its options are unclear',
    outdated: 'It is out of date with AWS today',
    other: 'Something else',
  } satisfies Record<ProblemReason, string>,
  contexts: { practice: 'practice', exam: 'mock exam', game: 'live game' },
  range: '{from} to {to}',
  credit: '{percent} credit',
} as const

export type CsvWords = WordsLike<typeof EN>

const ES: CsvWords = {
  columns: {
    reportedAt: 'Informado el',
    firstReportedAt: 'Informado por primera vez el',
    questionKey: 'Clave de la pregunta',
    domain: 'Dominio del examen',
    task: 'Tarea',
    topic: 'Tema',
    reason: 'Motivo',
    context: 'Informado desde',
    comment: 'Comentario',
    promptAsSeen: 'Pregunta tal como la vio',
    rightAnswerNow: 'Respuesta correcta ahora',
    source: 'Fuente',
  },
  reasons: {
    wrong_key: 'La respuesta marcada como correcta está mal',
    unclear: 'La pregunta o sus opciones no están claras',
    outdated: 'Está desactualizada respecto a AWS hoy',
    other: 'Otra cosa',
  },
  contexts: { practice: 'práctica', exam: 'examen de prueba', game: 'partida en directo' },
  range: 'de {from} a {to}',
  credit: '{percent} de los puntos',
}

const FR: CsvWords = {
  columns: {
    reportedAt: 'Signalé le',
    firstReportedAt: 'Signalé pour la première fois le',
    questionKey: 'Clé de la question',
    domain: 'Domaine de l’examen',
    task: 'Tâche',
    topic: 'Thème',
    reason: 'Motif',
    context: 'Signalé depuis',
    comment: 'Commentaire',
    promptAsSeen: 'Question telle qu’elle a été vue',
    rightAnswerNow: 'Bonne réponse aujourd’hui',
    source: 'Source',
  },
  reasons: {
    wrong_key: 'La réponse indiquée comme juste est fausse',
    unclear: 'La question ou ses options ne sont pas claires',
    outdated: 'Elle n’est plus à jour avec AWS aujourd’hui',
    other: 'Autre chose',
  },
  contexts: { practice: 'entraînement', exam: 'examen blanc', game: 'partie en direct' },
  range: 'de {from} à {to}',
  credit: '{percent} des points',
}

const DE: CsvWords = {
  columns: {
    reportedAt: 'Gemeldet am',
    firstReportedAt: 'Zuerst gemeldet am',
    questionKey: 'Schlüssel der Frage',
    domain: 'Prüfungsbereich',
    task: 'Aufgabe',
    topic: 'Thema',
    reason: 'Grund',
    context: 'Gemeldet aus',
    comment: 'Kommentar',
    promptAsSeen: 'Frage, wie sie gezeigt wurde',
    rightAnswerNow: 'Richtige Antwort jetzt',
    source: 'Quelle',
  },
  reasons: {
    wrong_key: 'Die als richtig markierte Antwort ist falsch',
    unclear: 'Die Frage oder ihre Optionen sind unklar',
    outdated: 'Sie ist nicht mehr auf dem Stand von AWS',
    other: 'Etwas anderes',
  },
  contexts: { practice: 'Übung', exam: 'Probeprüfung', game: 'Live-Spiel' },
  range: '{from} bis {to}',
  credit: '{percent} der Punkte',
}

const PT_BR: CsvWords = {
  columns: {
    reportedAt: 'Relatado em',
    firstReportedAt: 'Relatado pela primeira vez em',
    questionKey: 'Chave da pergunta',
    domain: 'Domínio do exame',
    task: 'Tarefa',
    topic: 'Tema',
    reason: 'Motivo',
    context: 'Relatado a partir de',
    comment: 'Comentário',
    promptAsSeen: 'Pergunta como foi vista',
    rightAnswerNow: 'Resposta certa agora',
    source: 'Fonte',
  },
  reasons: {
    wrong_key: 'A resposta marcada como certa está errada',
    unclear: 'A pergunta ou as opções não estão claras',
    outdated: 'Está desatualizada em relação à AWS de hoje',
    other: 'Outra coisa',
  },
  contexts: { practice: 'prática', exam: 'simulado', game: 'jogo ao vivo' },
  range: 'de {from} a {to}',
  credit: '{percent} dos pontos',
}

const AR: CsvWords = {
  columns: {
    reportedAt: 'تاريخ الإبلاغ',
    firstReportedAt: 'تاريخ أول إبلاغ',
    questionKey: 'مفتاح السؤال',
    domain: 'مجال الاختبار',
    task: 'المهمة',
    topic: 'الموضوع',
    reason: 'السبب',
    context: 'مكان الإبلاغ',
    comment: 'التعليق',
    promptAsSeen: 'السؤال كما ظهر',
    rightAnswerNow: 'الإجابة الصحيحة الآن',
    source: 'المصدر',
  },
  reasons: {
    wrong_key: 'الإجابة المحدَّدة على أنها صحيحة خاطئة',
    unclear: 'السؤال أو خياراته غير واضحة',
    outdated: 'لم يعد مطابقًا لـ AWS اليوم',
    other: 'شيء آخر',
  },
  contexts: { practice: 'التدريب', exam: 'اختبار تجريبي', game: 'لعبة مباشرة' },
  range: 'من {from} إلى {to}',
  credit: '{percent} من النقاط',
}

export const CSV_TABLES: Record<string, CsvWords> = { en: EN, es: ES, fr: FR, de: DE, 'pt-br': PT_BR, pt: PT_BR, ar: AR }

/** The CSV's words for a language tag, English when there is none; `locale` is the tag Intl writes numbers in. */
export function csvWordsFor(lang: string | undefined): { words: CsvWords; locale: string } {
  const words = tableFor(CSV_TABLES, lang)
  return words && lang ? { words, locale: intlLocale(lang) } : { words: EN, locale: 'en' }
}
