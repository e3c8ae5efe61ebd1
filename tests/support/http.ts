import { ADMIN_PASSWORD_HEADER } from '@cirrus/protocol'

export interface ApiResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface ApiRequest {
  method?: string
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is (a file for an import). */
  file?: string | Uint8Array
  /** The admin password, when the server has one. */
  password?: string
  /** Any other headers (a learner's `authorization`). */
  headers?: Record<string, string>
}

/** One request to the server's HTTP API, as a client would make it; the body comes back parsed when it is JSON. */
export async function api<T = any>(base: string, path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...request.headers }
  let body: BodyInit | undefined
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(request.json)
  } else if (request.file !== undefined) {
    headers['content-type'] = 'application/octet-stream'
    body = typeof request.file === 'string' ? request.file : Buffer.from(request.file)
  }
  if (request.password !== undefined) headers[ADMIN_PASSWORD_HEADER] = request.password
  const res = await fetch(base + path, { method: request.method ?? (body === undefined ? 'GET' : 'POST'), headers, body })
  const text = await res.text()
  const parsed = res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text
  return { status: res.status, body: parsed as T, headers: res.headers }
}
