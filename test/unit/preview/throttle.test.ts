import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createThrottle, type Clock } from "../../../src/vscode/preview/throttle";

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

describe("createThrottle", () => {
  it("runs the first trigger at once", () => {
    const { clock } = fakeClock();
    let runs = 0;
    createThrottle(() => runs++, 250, clock).trigger();
    assert.equal(runs, 1);
  });

  it("runs at most once per interval while triggered, and once more at the end", () => {
    const { clock, advance } = fakeClock();
    const runsAt: number[] = [];
    const throttle = createThrottle(() => runsAt.push(clock.now()), 250, clock);
    // A keystroke every 30 ms for 1 second.
    for (let t = 0; t <= 1000; t += 30) {
      throttle.trigger();
      advance(30);
    }
    advance(1000);
    for (let i = 1; i < runsAt.length; i++) {
      assert.ok(
        runsAt[i]! - runsAt[i - 1]! >= 250,
        `runs ${runsAt[i - 1]} and ${runsAt[i]} too close`,
      );
    }
    assert.equal(runsAt[0], 0, "first run is immediate");
    // The last keystroke (t = 990) is followed by a run.
    assert.ok(runsAt.at(-1)! >= 990, `last run at ${runsAt.at(-1)}`);
    assert.ok(runsAt.length >= 4 && runsAt.length <= 6, `${runsAt.length} runs`);
  });

  it("coalesces triggers inside the interval into one trailing run", () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const throttle = createThrottle(() => runs++, 250, clock);
    throttle.trigger();
    advance(10);
    throttle.trigger();
    throttle.trigger();
    throttle.trigger();
    assert.equal(runs, 1);
    assert.ok(throttle.pending);
    advance(239);
    assert.equal(runs, 1);
    advance(1);
    assert.equal(runs, 2);
    assert.equal(throttle.pending, false);
  });

  it("flush runs a pending call now; dispose cancels it", () => {
    const { clock, advance, pending } = fakeClock();
    let runs = 0;
    const throttle = createThrottle(() => runs++, 250, clock);
    throttle.trigger();
    throttle.trigger();
    throttle.flush();
    assert.equal(runs, 2);
    throttle.flush();
    assert.equal(runs, 2, "nothing pending, nothing run");
    advance(10);
    throttle.trigger();
    throttle.dispose();
    assert.equal(pending(), 0);
    advance(1000);
    throttle.trigger();
    assert.equal(runs, 2);
  });
});
