/**
 * Runs tasks with the same key one after another, in the order they came.
 * Two saves of the same file then never interleave, so the `.bak` always
 * holds the version before the last save; and a recovery copy is never
 * written back after the request to remove it.
 */
export function createKeyedQueue(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
