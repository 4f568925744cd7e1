import { describe, expect, test } from 'vitest';
import { Aborted, pacedByFrames, runInSlices, type Steps } from '../../../lib/article/steps';

function* countTo(total: number, done: number[]): Steps<number> {
  for (let step = 1; step <= total; step++) {
    done.push(step);
    yield;
  }
  return total;
}

describe('runInSlices', () => {
  test('no slice runs more steps than stepsPerSlice allows', async () => {
    const done: number[] = [];
    const slices: number[] = [];
    const result = await runInSlices(countTo(10, done), {
      budgetMs: Infinity,
      stepsPerSlice: () => 3,
      pause: async () => void slices.push(done.length),
    });
    expect(result).toBe(10);
    expect(slices).toEqual([3, 6, 9]);
  });

  test('aborting between slices stops the steps and rejects with Aborted', async () => {
    const done: number[] = [];
    const controller = new AbortController();
    const running = runInSlices(countTo(10, done), {
      budgetMs: Infinity,
      stepsPerSlice: () => 2,
      signal: controller.signal,
      pause: async () => controller.abort(),
    });
    await expect(running).rejects.toBeInstanceOf(Aborted);
    expect(done).toEqual([1, 2]);
  });
});

describe('pacedByFrames', () => {
  /** A pacer whose frames take the given rendering times (null: no frame came). */
  function pacerWith(renderTimes: (number | null)[]) {
    const pacer = pacedByFrames(async () => renderTimes.shift() ?? null);
    const seen = [pacer.stepsPerSlice!()];
    return {
      async frames(count: number) {
        for (let index = 0; index < count; index++) {
          await pacer.pause!();
          seen.push(pacer.stepsPerSlice!());
        }
        return seen;
      },
    };
  }

  test('a slow frame shrinks the next slice to what fits in the frame, never below a few steps', async () => {
    expect(await pacerWith([40, 60, 1000]).frames(3)).toEqual([24, 12, 4, 4]);
  });

  test('fast frames let slices grow, at most twofold a frame', async () => {
    expect(await pacerWith([1, 1]).frames(2)).toEqual([24, 48, 96]);
  });

  test('without frames (a hidden tab) the pace stays as it was', async () => {
    expect(await pacerWith([null, null]).frames(2)).toEqual([24, 24, 24]);
  });
});
