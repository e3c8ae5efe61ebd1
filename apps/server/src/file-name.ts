/** "Cloud basics: week 1!" -> "cloud-basics-week-1", a file name that works on every system (exports, reports). */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'quiz'
  )
}
