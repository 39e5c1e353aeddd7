import {
  OBSERVATION_KINDS,
  SCAN_STATES,
  type TObservationKind,
  type TScanObservation,
  type TScanState,
} from '@smula/core/scan';

/** One thing one visit saw, before it is merged across pages and states. */
export type TSighting = Pick<
  TScanObservation,
  'kind' | 'name' | 'host' | 'party' | (typeof ATTRIBUTES)[number]
> & { initiator?: string; resourceType?: string };

interface TEntry {
  observation: TScanObservation;
  pages: Set<string>;
  states: Set<TScanState>;
  initiators: Set<string>;
  resourceTypes: Set<string>;
}

const ATTRIBUTES = ['domain', 'path', 'expires', 'secure', 'httpOnly', 'sameSite'] as const;

/**
 * Merges sightings into observations, one per kind, name and host (a cookie's host is its
 * domain without the leading dot). The first sighting's attributes stand, and a later one only
 * fills what is missing: visits report what a page wrote (with its stated lifetime) before the
 * final snapshot of the jar (whose lifetime has already started running).
 */
export class ObservationStore {
  readonly #entries = new Map<string, TEntry>();

  add(sightings: readonly TSighting[], page: string, state: TScanState): void {
    for (const s of sightings) {
      const key = `${s.kind}\n${s.name}\n${s.host}`;
      let entry = this.#entries.get(key);
      if (!entry) {
        entry = {
          observation: {
            kind: s.kind,
            name: s.name,
            host: s.host,
            party: s.party,
            initiators: [],
            pages: [],
            states: [],
          },
          pages: new Set(),
          states: new Set(),
          initiators: new Set(),
          resourceTypes: new Set(),
        };
        this.#entries.set(key, entry);
      }
      const o = entry.observation as unknown as Record<string, unknown>;
      for (const a of ATTRIBUTES) if (o[a] === undefined && s[a] !== undefined) o[a] = s[a];
      entry.pages.add(page);
      entry.states.add(state);
      if (s.initiator) entry.initiators.add(s.initiator);
      if (s.resourceType) entry.resourceTypes.add(s.resourceType);
    }
  }

  /** The observations in a stable order: by kind, host, name; states in scan order. */
  list(): TScanObservation[] {
    const kindOrder = (k: TObservationKind) => OBSERVATION_KINDS.indexOf(k);
    return [...this.#entries.values()]
      .map((e) => ({
        ...e.observation,
        initiators: [...e.initiators].sort(),
        ...(e.resourceTypes.size ? { resourceTypes: [...e.resourceTypes].sort() } : {}),
        pages: [...e.pages],
        states: SCAN_STATES.filter((s) => e.states.has(s)),
      }))
      .sort(
        (a, b) =>
          kindOrder(a.kind) - kindOrder(b.kind) ||
          a.host.localeCompare(b.host) ||
          a.name.localeCompare(b.name),
      );
  }
}
