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
  /** Most steps in one slice (default: as many as the budget allows). */
  stepsPerSlice?: () => number;
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * `scheduler.yield()` resumes ahead of other queued tasks; elsewhere a message to itself, a
 * macrotask that, unlike a nested setTimeout, is not held back 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resume) => setTimeout(resume, 0));
  return new Promise((resume) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resume();
    };
    port2.postMessage(null);
  });
}

/** Longest wait for a frame: rendering is paused in hidden tabs, where the work goes on anyway. */
const FRAME_WAIT_MS = 100;

/**
 * Resumes after the browser rendered a frame, with how long the frame took to render (style,
 * layout, paint), or null when no frame came (a hidden tab).
 */
function afterNextFrame(): Promise<number | null> {
  return new Promise((resume) => {
    const fallback = setTimeout(() => resume(null), FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      const start = performance.now();
      // requestAnimationFrame runs just before rendering: the task after it comes once it is done.
      setTimeout(() => resume(performance.now() - start), 0);
    });
  });
}

/** Rendering time a frame may take for the DOM writes of one slice (a long task is > 50 ms). */
const RENDER_TARGET_MS = 20;
/** A few steps a frame at least: a busy machine makes frames look slow whatever they hold. */
const STEPS_PER_FRAME = { first: 24, least: 4, most: 200 };

/**
 * Pacing for slices that change the DOM: each pauses until a frame was rendered, and the number
 * of steps in the next slice follows how long that frame's rendering took. The layout a page
 * does for a write grows with the page (a long live blog re-lays out far more than a short
 * story), which a time budget for the writes themselves does not see.
 */
export function pacedByFrames(nextFrame: () => Promise<number | null> = afterNextFrame): Pick<SliceOptions, 'pause' | 'stepsPerSlice'> {
  let steps = STEPS_PER_FRAME.first;
  return {
    stepsPerSlice: () => steps,
    async pause() {
      const renderMs = await nextFrame();
      if (renderMs === null) return;
      const fitting = Math.floor((steps * RENDER_TARGET_MS) / Math.max(renderMs, 1));
      steps = Math.max(STEPS_PER_FRAME.least, Math.min(fitting, steps * 2, STEPS_PER_FRAME.most));
    },
  };
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
export async function runInSlices<T>(
  steps: Steps<T>,
  { signal, budgetMs = 8, around, pause = yieldToPage, stepsPerSlice = () => Infinity }: SliceOptions = {},
): Promise<T> {
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
        const most = stepsPerSlice();
        let count = 0;
        do result = steps.next();
        while (!result.done && ++count < most && performance.now() < until);
      });
      if (result?.done) return result.value;
      await pause();
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
