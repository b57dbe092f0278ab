/** Time as a dependency, so tests can stand at any instant (deadlines, expiry, idle timeouts). */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export const isoNow = (clock: Clock) => clock.now().toISOString();
