// The extension runs beside a page it does not control: nothing it does may throw into the page.

function note(error: unknown): void {
  console.debug('[claimlens]', error);
}

/** Wraps `run` (sync or async) so that a failure is noted at debug level and never propagates. */
export function guarded<Args extends unknown[]>(run: (...args: Args) => unknown): (...args: Args) => void {
  return (...args) => {
    try {
      const result = run(...args);
      if (result instanceof Promise) result.catch(note);
    } catch (error) {
      note(error);
    }
  };
}
