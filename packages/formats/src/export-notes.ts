/**
 * The lines of explanation Cirrus writes inside an exported file for the person who opens it: a GIFT file's comment
 * (how Moodle imports it) and the notes above Kahoot's sheet (its limits). Nothing reads them back, so they can be
 * in the teacher's language; what a reader does read stays as the format has it (GIFT's `// quiz:` and `// cirrus:`
 * comments, Kahoot's English header row, which Kahoot's importer and Cirrus's look for). Moodle's menu names are
 * Moodle's own in each language (its language packs).
 *
 * Keyed by lower-case language tag, as apps/server/src/languages.ts's tableFor picks tables; the caller picks one
 * (`?lang=` of the download, else Accept-Language) and hands it to exportQuiz, English when it hands none.
 */
export interface ExportNotes {
  /** After `// ` at the top of a GIFT file. */
  gift: string
  /** Rows 2-4 of Kahoot's sheet, below the title. */
  kahoot: readonly [string, string, string]
}

const en: ExportNotes = {
  gift: 'Exported from Cirrus. Moodle reads this file with Question bank > Import > GIFT format.',
  kahoot: [
    "Exported from Cirrus in the layout of Kahoot's quiz spreadsheet template.",
    'Questions have at most 120 characters and answers at most 75; several correct answers are separated by commas.',
    'Time limits are 5, 10, 20, 30, 60, 90, 120 or 240 seconds.',
  ],
}

const es: ExportNotes = {
  gift: 'Exportado desde Cirrus. Moodle lee este archivo con Banco de preguntas > Importar > Formato GIFT.',
  kahoot: [
    'Exportado desde Cirrus con el formato de la plantilla de hoja de cálculo de Kahoot.',
    'Las preguntas tienen como máximo 120 caracteres y las respuestas 75; varias respuestas correctas se separan con comas.',
    'Los tiempos límite son 5, 10, 20, 30, 60, 90, 120 o 240 segundos.',
  ],
}

const pt: ExportNotes = {
  gift: 'Exportado do Cirrus. O Moodle lê este arquivo em Banco de questões > Importar > Formato GIFT.',
  kahoot: [
    'Exportado do Cirrus no formato do modelo de planilha de quiz do Kahoot.',
    'As perguntas têm no máximo 120 caracteres e as respostas 75; várias respostas corretas são separadas por vírgulas.',
    'Os tempos limite são 5, 10, 20, 30, 60, 90, 120 ou 240 segundos.',
  ],
}

export const EXPORT_NOTES: Readonly<Record<string, ExportNotes>> = {
  en,
  es,
  fr: {
    gift: 'Exporté depuis Cirrus. Moodle lit ce fichier avec Banque de questions > Importer > Format GIFT.',
    kahoot: [
      'Exporté depuis Cirrus dans la mise en page du modèle de tableur de quiz de Kahoot.',
      'Les questions font au plus 120 caractères et les réponses au plus 75 ; plusieurs bonnes réponses sont séparées par des virgules.',
      'Les temps limites sont de 5, 10, 20, 30, 60, 90, 120 ou 240 secondes.',
    ],
  },
  de: {
    gift: 'Aus Cirrus exportiert. Moodle liest diese Datei mit Fragensammlung > Import > GIFT-Format.',
    kahoot: [
      'Aus Cirrus exportiert, im Aufbau der Quiz-Tabellenvorlage von Kahoot.',
      'Fragen haben höchstens 120 Zeichen und Antworten höchstens 75; mehrere richtige Antworten werden durch Kommas getrennt.',
      'Zeitlimits sind 5, 10, 20, 30, 60, 90, 120 oder 240 Sekunden.',
    ],
  },
  'pt-br': pt,
  pt,
  ar: {
    gift: 'صُدّر من Cirrus. يقرأ Moodle هذا الملف من بنك الأسئلة > استيراد > صيغة GIFT.',
    kahoot: [
      'صُدّر من Cirrus بتخطيط قالب جدول اختبارات Kahoot.',
      'للأسئلة 120 حرفًا على الأكثر وللإجابات 75؛ وتُفصل الإجابات الصحيحة المتعددة بفواصل.',
      'المهل الزمنية هي 5 أو 10 أو 20 أو 30 أو 60 أو 90 أو 120 أو 240 ثانية.',
    ],
  },
}

export const ENGLISH_NOTES = en
