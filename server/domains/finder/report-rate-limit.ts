import { createHash } from 'node:crypto';

/**
 * Per-client sliding-window limit for public report submissions, kept in memory (one process; a
 * restart forgets it, which only lets a spammer start over). Keys are hashed client addresses and
 * the map is bounded, so neither addresses nor memory accumulate.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Records an attempt; false when the client is over the limit (the attempt is then not counted). */
  hit(clientAddress: string, now = Date.now()): boolean {
    const key = createHash('sha256').update(`finder-report:${clientAddress}`).digest('base64url');
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    return true;
  }
}
