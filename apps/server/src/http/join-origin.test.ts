import type os from 'node:os'
import { describe, expect, it } from 'vitest'
import { joinOrigin, joinWarning } from './join-origin.ts'

const nic = (address: string, internal: boolean, family: 'IPv4' | 'IPv6' = 'IPv4') => ({ address, internal, family }) as os.NetworkInterfaceInfo
const interfaces = { lo: [nic('127.0.0.1', true)], eth0: [nic('fe80::1', false, 'IPv6'), nic('192.168.1.20', false)] }

describe('joinOrigin', () => {
  it('points phones at the LAN address when the host page is open at localhost', () => {
    expect(joinOrigin({ publicUrl: null, requestHost: 'localhost:3000', interfaces })).toBe('http://192.168.1.20:3000')
    expect(joinOrigin({ publicUrl: null, requestHost: '127.0.0.1:8080', interfaces })).toBe('http://192.168.1.20:8080')
    expect(joinOrigin({ publicUrl: null, requestHost: '[::1]', interfaces })).toBe('http://192.168.1.20')
  })

  it('keeps the address the host used when phones can reach it, and has nothing better without a LAN', () => {
    expect(joinOrigin({ publicUrl: null, requestHost: '192.168.1.20:3000', interfaces })).toBeNull()
    expect(joinOrigin({ publicUrl: null, requestHost: 'quiz.school.example', interfaces })).toBeNull()
    expect(joinOrigin({ publicUrl: null, requestHost: 'localhost:3000', interfaces: { lo: interfaces.lo } })).toBeNull()
  })

  it('lets PUBLIC_URL win', () => {
    expect(joinOrigin({ publicUrl: 'https://quiz.school.example/some/path', requestHost: 'localhost:3000', interfaces })).toBe('https://quiz.school.example')
  })
})

describe('joinWarning', () => {
  it('warns when the join address is localhost, whatever the server listens on', () => {
    expect(joinWarning({ joinOrigin: null, requestHost: 'localhost:3000', listening: '::' })).toEqual({ code: 'join_loopback', host: 'localhost:3000' })
    expect(joinWarning({ joinOrigin: 'http://127.0.0.1:3000', requestHost: 'localhost:3000', listening: '::' })).toMatchObject({ code: 'join_loopback' })
  })

  it('warns when the server listens on one address and the link names another', () => {
    expect(joinWarning({ joinOrigin: 'http://192.168.1.20:3000', requestHost: 'localhost:3000', listening: '127.0.0.1' })).toEqual({ code: 'not_listening', host: '192.168.1.20', listening: '127.0.0.1' })
    expect(joinWarning({ joinOrigin: null, requestHost: 'quiz.school.example', listening: '127.0.0.1' })).toMatchObject({ code: 'not_listening' })
    expect(joinWarning({ joinOrigin: null, requestHost: '10.0.0.9:3000', listening: '10.0.0.5' })).toMatchObject({ code: 'not_listening', listening: '10.0.0.5' })
  })

  it('is quiet when phones can reach the link', () => {
    expect(joinWarning({ joinOrigin: 'http://192.168.1.20:3000', requestHost: 'localhost:3000', listening: '::' })).toBeNull()
    expect(joinWarning({ joinOrigin: null, requestHost: '192.168.1.20:3000', listening: '0.0.0.0' })).toBeNull()
    expect(joinWarning({ joinOrigin: null, requestHost: '192.168.1.20:3000', listening: '192.168.1.20' })).toBeNull()
    expect(joinWarning({ joinOrigin: null, requestHost: 'quiz.school.example', listening: '10.0.0.5' })).toBeNull() // a name: cannot tell
  })
})
