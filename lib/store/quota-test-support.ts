import type Dexie from 'dexie';

// Simulated storage failures for tests: a DBCore middleware that rejects writes to chosen
// tables with the errors a full disk or a dropped connection give, while the switch is on.

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export interface WriteFailures {
  /** Tables whose writes fail (empty = none). */
  tables: Set<string>;
  /** The error thrown. */
  error: () => Error;
  /** Writes refused so far. */
  refused: number;
}

/** Installs the middleware on a database that is not open yet. */
export function failWrites(db: Dexie, error: () => Error = quotaError): WriteFailures {
  const state: WriteFailures = { tables: new Set(), error, refused: 0 };
  db.use({
    stack: 'dbcore',
    name: 'test-write-failures',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            if (!state.tables.has(name)) return t.mutate(req);
            state.refused += 1;
            return Promise.reject(state.error());
          },
        };
      },
    }),
  });
  return state;
}
