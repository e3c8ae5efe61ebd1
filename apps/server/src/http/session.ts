import express, { Router } from 'express'
import { SignInSchema, type AccessInfo } from '@cirrus/protocol'
import { SESSION_COOKIE, callerOf, refuse, type TeacherGate } from './admin.ts'
import { sendInvalid } from './reply.ts'

/**
 * The teacher's session: GET /api/access (is a password required, is this browser signed in), POST /api/session
 * (sign in with the password: sets the session cookie), DELETE /api/session (sign out).
 */
export function sessionRoutes(teachers: TeacherGate): Router {
  const router = Router()
  const json = express.json({ limit: '4kb' })

  router.get('/api/access', (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ passwordRequired: teachers.passwordRequired, signedIn: !teachers.passwordRequired || teachers.hasSession(req.headers) } satisfies AccessInfo)
  })

  router.post('/api/session', json, (req, res) => {
    const body = SignInSchema.safeParse(req.body)
    if (!body.success) return sendInvalid(res, body.error, 'the sign-in')
    if (!teachers.passwordRequired) return res.json({ passwordRequired: false, signedIn: true } satisfies AccessInfo)
    const access = teachers.tryPassword(callerOf(req).address, body.data.password)
    if (access !== 'granted') return refuse(res, access)
    const session = teachers.newSession()
    res.cookie(SESSION_COOKIE, session.value, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: session.maxAgeMs })
    res.json({ passwordRequired: true, signedIn: true } satisfies AccessInfo)
  })

  router.delete('/api/session', (req, res) => {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' })
    res.status(204).end()
  })

  return router
}


