/**
 * A promise that answers within a time limit. Browser storage (IndexedDB) can hang rather than fail
 * (a blocked origin, a stuck upgrade in another tab), and nothing the app keeps for convenience may
 * hold up opening a dataset.
 */

/** Resolves with the promise's value, or rejects when it takes longer than `ms`. */
export function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Runs `call` (which may throw synchronously) and answers within `ms`. */
export function callWithinTime<T>(call: () => Promise<T>, ms: number): Promise<T> {
  return withinTime(Promise.resolve().then(call), ms);
}
