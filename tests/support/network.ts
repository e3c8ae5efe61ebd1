import net from 'node:net'

/**
 * A TCP proxy between test clients and the server that can fail the way a classroom's Wi-Fi does: cut every
 * connection and refuse new ones (network gone, phone asleep), or silently lose one direction of traffic.
 */
export class FlakyNetwork {
  private down = false
  private dropUp = false
  private dropDown = false
  private readonly pairs = new Set<[net.Socket, net.Socket]>()

  private constructor(
    private readonly server: net.Server,
    readonly url: string,
  ) {}

  static async start(targetUrl: string): Promise<FlakyNetwork> {
    const target = new URL(targetUrl)
    let network!: FlakyNetwork
    const server = net.createServer((client) => network.carry(client, Number(target.port), target.hostname))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    network = new FlakyNetwork(server, `http://127.0.0.1:${port}`)
    return network
  }

  /** The network is gone: every connection is cut and new ones fail until `restore`. */
  cut(): void {
    this.down = true
    for (const [client, upstream] of this.pairs) {
      client.destroy()
      upstream.destroy()
    }
    this.pairs.clear()
  }

  restore(): void {
    this.down = this.dropUp = this.dropDown = false
  }

  /** What clients send is lost on the way (the connection looks alive). */
  loseRequests(): void {
    this.dropUp = true
  }

  /** What the server sends is lost on the way (the connection looks alive). */
  loseReplies(): void {
    this.dropDown = true
  }

  async close(): Promise<void> {
    this.cut()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private carry(client: net.Socket, port: number, host: string): void {
    if (this.down) return void client.destroy()
    const upstream = net.connect(port, host)
    const pair: [net.Socket, net.Socket] = [client, upstream]
    this.pairs.add(pair)
    client.on('data', (chunk) => void (this.dropUp || upstream.write(chunk)))
    upstream.on('data', (chunk) => void (this.dropDown || client.write(chunk)))
    const end = () => {
      this.pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on('close', end).on('error', end)
    upstream.on('close', end).on('error', end)
  }
}
