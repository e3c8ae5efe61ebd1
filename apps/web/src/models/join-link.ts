import { computed, signal } from '@preact/signals'
import type { JoinWarning, ServerConfig } from '@cirrus/protocol'
import { api } from '../api.ts'

/**
 * Where phones open the join link, for the projector's lobby: the server says when the address this page uses won't
 * do (PUBLIC_URL, or this machine's LAN address when the page is open at localhost), and why phones may not reach
 * it (a loopback address, or one the server does not listen on). Asked once per page load.
 */
const origin = signal<string | null>(null)
/** Why phones may not reach the join link, if they may not. */
export const joinProblem = signal<JoinWarning | null>(null)
let asked = false

export function loadJoinLink(): void {
  if (asked) return
  asked = true
  void api<ServerConfig>('/api/config').then((r) => {
    if (!r.ok) return
    origin.value = r.data.joinOrigin
    joinProblem.value = r.data.joinWarning ?? null
  })
}

const joinOrigin = computed(() => origin.value ?? location.origin)
/** The link the QR code holds. */
export const joinUrl = (pin: string) => `${joinOrigin.value}/join/${pin}`
/** The address to type, as the lobby and the top bar show it ("192.168.1.20:3000/join"). */
export const joinHost = () => `${new URL(joinOrigin.value).host}/join`
