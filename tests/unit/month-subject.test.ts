import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const spans = (text: string, reporting = "2025-04..2025-06", date = "2025-06-04") =>
  observations(text, reporting, date).map((o) => `${o.value} ${o.period.label}`);

describe("a month the sentence opens on as its subject is the period of its counts", () => {
  it.each([
    ["April saw the return of 6,737 individuals.", "6737 2025-04"],
    ["March recorded 1,200 arrivals, the ministry said.", "1200 2025-03"],
    ["February alone saw 430 deportations.", "430 2025-02"],
    ["May witnessed 2,115 deportations of migrants.", "2115 2025-05"],
    ["January registered 77 asylum applications.", "77 2025-01"],
    ["The month of April saw 318 migrants returned to Niger.", "318 2025-04"],
    ["May also saw 5,400 expulsions.", "5400 2025-05"],
    ["June brought 96 new arrivals of migrants.", "96 2025-06"],
    ["March accounted for 640 deportations.", "640 2025-03"],
    ["April then saw 1,050 migrants deported.", "1050 2025-04"]
  ])("%s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it("reads a month yet to come as the year before's", () => {
    expect(spans("November saw 512 deportations.", "2024-11..2025-05", "2025-06-04")).toContain("512 2024-11");
  });

  it.each([
    ["may saw 3 deportations in 2024.", "3 2024"],
    ["Officials said April was calm; 40 migrants were deported in 2024.", "40 2024"]
  ])("reads no month where none is the subject: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
});
