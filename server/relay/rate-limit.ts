/** A token bucket: `burst` messages at once, refilled at `perSecond`. One per connection. */
export interface RateLimit {
  /** Take one token; false when the connection is over its rate. */
  take(): boolean
}

export function rateLimit(burst: number, perSecond: number, now: () => number = performance.now.bind(performance)) {
  let tokens = burst
  let last = now()
  return {
    take() {
      const time = now()
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond)
      last = time
      if (tokens < 1) return false
      tokens--
      return true
    },
  } satisfies RateLimit
}
