import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const counts = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => `${q.text}=${q.value}`);

describe("a scale written with its article", () => {
  it.each([
    ["about a thousand Cameroonians have opted to return", "a thousand=1000"],
    ["a hundred migrants were deported", "a hundred=100"],
    ["bringing the total to over half a million", "half a million=500000"],
    ["a million Venezuelans have left", "a million=1000000"],
    ["a hundred and five migrants were deported", "a hundred and five=105"],
    ["a hundred and twenty-five victims", "a hundred and twenty-five=125"],
    ["nearly a thousand asylum seekers", "a thousand=1000"],
    ["some half a million refugees", "half a million=500000"],
    ["A thousand people were rescued", "A thousand=1000"],
    ["more than a million returns", "a million=1000000"]
  ])("%j", (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it.each(["a thousand times more", "a hundred years ago", "a thousand miles away", "had a few"])(
    "reads no count in %j",
    (text) => {
      expect(counts(text)).toEqual([]);
    }
  );
});
