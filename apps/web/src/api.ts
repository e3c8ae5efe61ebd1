import type { ProblemsErrorBody } from '@cirrus/protocol'

/** The answer to one HTTP request: the data, or the server's refusal (network failures become one too). */
export type ApiResult<T> = { ok: true; data: T; headers: Headers } | { ok: false; status: number; error: ProblemsErrorBody; body: unknown }

export interface RequestOptions {
  method?: string
  json?: unknown
  /** A file's bytes, sent as they are (an import). */
  file?: Blob
  /** More request headers (the practice room's learner token). */
  headers?: Record<string, string>
}

/** One request to the server's API. A signed-in teacher's session travels as its HttpOnly cookie, never in script. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers }
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.file) {
    headers['content-type'] = 'application/octet-stream'
    body = options.file
  }
  let res: Response
  try {
    res = await fetch(path, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body })
  } catch {
    return { ok: false, status: 0, error: { code: 'internal', message: 'Could not reach the server. Check the connection and try again.' }, body: null }
  }
  const isJson = res.headers.get('content-type')?.includes('json')
  if (res.ok) {
    const data = (res.status === 204 ? null : isJson ? await res.json() : await res.blob()) as T
    return { ok: true, data, headers: res.headers }
  }
  const parsed = isJson ? ((await res.json().catch(() => null)) as { error?: ProblemsErrorBody } | null) : null
  return { ok: false, status: res.status, error: parsed?.error ?? { code: 'internal', message: `The server answered ${res.status}.` }, body: parsed }
}

/** A warning a download comes with: its English, and its code and values when the server sent them. */
export interface DownloadWarning {
  message: string
  code?: string
  values?: Record<string, string | number>
}

/** Fetches a download (to read its warnings headers) and hands it to the browser as a file. */
export async function download(path: string): Promise<ApiResult<{ fileName: string; warnings: DownloadWarning[] }>> {
  const result = await api<Blob>(path)
  if (!result.ok) return result
  const disposition = result.headers.get('content-disposition') ?? ''
  const fileName = decodeURIComponent(/filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'quiz')
  const header = (name: string) => JSON.parse(decodeURIComponent(result.headers.get(name) ?? '%5B%5D')) as unknown[]
  const coded = header('x-cirrus-export-warning-codes') as Omit<DownloadWarning, 'message'>[]
  const warnings = (header('x-cirrus-export-warnings') as string[]).map((message, i) => ({ message, ...coded[i] }))
  const url = URL.createObjectURL(result.data)
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { ok: true, data: { fileName, warnings }, headers: result.headers }
}
