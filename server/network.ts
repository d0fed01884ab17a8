/** Where a server listens and who may call it by which name. */
import type { Server } from 'node:http'
import { isIP, type AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'

/** Loopback only, unless `--host` says otherwise. */
export const defaultHost = '127.0.0.1'

/** Whether a host listens on every interface. */
const everywhere = (host: string) => host === '0.0.0.0' || host === '::' || host === ''

/** Whether a host is this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.')
}

/**
 * The server's base URLs as other devices reach them (for QR codes): each
 * network address for a server on every interface, private IPv4 first; the
 * host itself when it is one address; none on loopback.
 */
export function lanUrls(host: string, port: number): string[] {
  if (isLoopback(host)) return []
  const base = (address: string) => `http://${address.includes(':') ? `[${address}]` : address}:${port}/`
  if (!everywhere(host)) return [base(host)]
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === 'IPv4' && !entry.address.startsWith('169.254.'))
    .map((entry) => entry!.address)
  const isPrivate = (address: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address)
  return [...addresses.filter(isPrivate), ...addresses.filter((address) => !isPrivate(address))].map(base)
}

/**
 * Whether a request's Host header names this server in a way no other site
 * can: an IP address, `localhost`, or the `--host` name. Any other name may
 * be a site that rebinds its DNS to this machine to read the deck's folder.
 */
export function hostAllowed(header: string | undefined, host: string): boolean {
  if (!header) return true
  const name = header
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase()
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || name === host.toLowerCase()
}

/** An error worded for the command line, with the exit code it ends with. */
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = 1) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** Listen, or fail with a one-line reason. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} is in use (choose another with --port)`
          : error.code === 'EACCES'
            ? `not allowed to listen on port ${port} (choose one above 1023 with --port)`
            : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
              ? `cannot listen on ${host}: not an address of this machine`
              : `cannot listen on ${where}: ${error.message}`
      reject(new CliError(reason))
    }
    server.once('error', failed)
    server.listen(port, host, () => {
      server.off('error', failed)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Where a Redis URL points, without its password (for messages). */
export function redisAddress(url: string): string {
  try {
    const { protocol, hostname, port } = new URL(url)
    return `${protocol}//${hostname}:${port || 6379}`
  } catch {
    return 'an unreadable REDIS_URL'
  }
}
