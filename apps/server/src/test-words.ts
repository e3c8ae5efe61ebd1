/** For the tests of the server's tables of words (reports/strings, practice/csv-words): their values and places. */

/** Every value of a table by its path ("endings.completed"). */
export function wordEntries(table: object): [string, string][] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as [string, string]] : Object.entries(value as Record<string, string>).map(([sub, text]) => [`${key}.${sub}`, text] as [string, string]),
  )
}

/** The "{places}" a text fills, sorted. */
export const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
