import {describe, expect, it} from "vitest";
import {blankSpan} from "../../loaders/text/blank-span.js";

describe("blankSpan", () => {
  const text = "310 residence permits and 95 work permits were revoked";

  it("turns the span to spaces and keeps every later offset", () => {
    const out = blankSpan(text, 21, 41);
    expect(out).toBe("310 residence permits                     were revoked");
    expect(out.length).toBe(text.length);
    expect(out.indexOf("were")).toBe(text.indexOf("were"));
  });

  it("clamps a span that starts before the text or ends after it", () => {
    expect(blankSpan("abc def", -3, 3)).toBe("    def");
    expect(blankSpan("abc def", 4, 99)).toBe("abc    ");
  });

  it.each([
    [3, 3],
    [5, 2],
    [10, 12]
  ])("leaves the text as it is for an empty or reversed span (%i, %i)", (from, to) => {
    expect(blankSpan("abc def", from, to)).toBe("abc def");
  });
});
