import type os from 'node:os'
import { describe, expect, it } from 'vitest'
import { joinOrigin } from './join-origin.ts'

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
