/**
 * @fileoverview `useAfterFirstCheck` (issue 9: the first checklist sooner): the parts below the
 * first screen wait for the first check to settle and be painted, or at most `maxWaitMs`; once
 * shown they stay.
 */
import { act, render } from "@testing-library/react";
import { useAfterFirstCheck } from "../../src/taskpane/hooks/useAfterFirstCheck";

function Probe({ settled, maxWaitMs }: { settled: boolean; maxWaitMs?: number }) {
  const shown = useAfterFirstCheck(settled, maxWaitMs);
  return <p>{shown ? "shown" : "waiting"}</p>;
}

describe("useAfterFirstCheck", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("waits while the first check runs, then shows after the frame that paints its result", () => {
    const { container, rerender } = render(<Probe settled={false} />);
    act(() => jest.advanceTimersByTime(1000));
    expect(container.textContent).toBe("waiting");
    rerender(<Probe settled={true} />);
    // Not in the same render as the checklist: a frame, then a task.
    expect(container.textContent).toBe("waiting");
    act(() => jest.advanceTimersByTime(50));
    expect(container.textContent).toBe("shown");
  });

  it("shows after maxWaitMs when the first check is long", () => {
    const { container } = render(<Probe settled={false} maxWaitMs={2000} />);
    act(() => jest.advanceTimersByTime(1999));
    expect(container.textContent).toBe("waiting");
    act(() => jest.advanceTimersByTime(1));
    expect(container.textContent).toBe("shown");
  });

  it("stays shown when a later check runs", () => {
    const { container, rerender } = render(<Probe settled={true} />);
    act(() => jest.advanceTimersByTime(50));
    expect(container.textContent).toBe("shown");
    rerender(<Probe settled={false} />);
    act(() => jest.advanceTimersByTime(5000));
    expect(container.textContent).toBe("shown");
  });
});
