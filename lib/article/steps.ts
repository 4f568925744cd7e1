// Long page work written once as a generator of small steps, and run either at once (tests, the
// CLI) or in slices that give the page's main thread back between them, so that a 20,000-word
// page never blocks input for long. A step is one `yield`: a point where stopping is safe.

export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Longest stretch of steps run before giving the main thread back (a long task is > 50 ms). */
  budgetMs?: number;
  /** Wraps each slice: the page session marks its own DOM changes with it. */
  around?: (slice: () => void) => void;
  /** How to give the main thread back between slices (default `yieldToPage`). */
  pause?: () => Promise<void>;
}

interface Scheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` resumes ahead of other queued tasks; elsewhere a macrotask (setTimeout). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Longest wait for a frame: rendering is paused in hidden tabs, where the work goes on anyway. */
const FRAME_WAIT_MS = 100;

/**
 * Resumes after the browser rendered a frame. Slices that change the DOM pause with this, so
 * that the layout they cause is spread over frames instead of piling up into one long task.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resume) => {
    const fallback = setTimeout(resume, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      // requestAnimationFrame runs just before rendering: resume in the task after it.
      setTimeout(resume, 0);
    });
  });
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

/**
 * Runs the steps in slices of about `budgetMs`. Aborting `signal` stops them at once (their
 * `finally` undoes what they did) and the promise rejects with `Aborted`.
 */
export async function runInSlices<T>(steps: Steps<T>, { signal, budgetMs = 12, around, pause = yieldToPage }: SliceOptions = {}): Promise<T> {
  const inSlice = (work: () => void) => (around ? around(work) : work());
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    inSlice(() => void steps.return(undefined as T));
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) stop();
      if (stopped) throw new Aborted();
      let result: IteratorResult<void, T> | undefined;
      inSlice(() => {
        const until = performance.now() + budgetMs;
        do result = steps.next();
        while (!result.done && performance.now() < until);
      });
      if (result?.done) return result.value;
      await pause();
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
