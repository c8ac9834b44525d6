import {describe, expect, it} from "vitest";
import {undatedNow} from "../../loaders/general/read-now.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

/** Whether the number written `n` is stated for an unknown "now", in a document dated `date`. */
const now = (sentence: string, n: string, date = "2020") =>
  undatedNow(
    sentence,
    sentence.indexOf(n),
    frameSentence(sentence).periods.map((p) => p.start),
    date
  );

describe("undatedNow", () => {
  it.each([
    ["According to him, there are currently 1,953 Chinese citizens with work permits.", "1,953"],
    ["There are currently 1,953 holders; the remaining 5,314 left in January 2020.", "5,314"],
    ["At present, 420 migrants are held in the centre.", "420"],
    ["The register presently lists 12,000 stateless persons.", "12,000"],
    ["At the moment 75 victims are in shelters.", "75"],
    ["To date, 3,100 applications have been received.", "3,100"],
    ["As of today 640 persons remain in detention.", "640"],
    ["As of now, 88 cases are pending.", "88"],
    ["At the present time 9,000 non-citizens live abroad.", "9,000"],
    ["The Ministry currently employs 230 inspectors.", "230"]
  ])("reads %s", (sentence, n) => {
    expect(now(sentence, n)).toBe(true);
  });

  it.each([
    ["There are currently 1,953 holders.", "1,953", "2020-01-15"],
    ["As of 1 May 2020, there are currently 500 holders.", "500", "2020"],
    ["In 2019, 8,900 permits were issued.", "8,900", "2020"],
    ["1,200 persons were returned; the centre is currently closed.", "1,200", "2020"],
    ["The total stood at 4,000 in 2019.", "4,000", "2020"],
    ["During 2020 there were currently 300 vacancies.", "300", "2020"],
    ["Since January 2020, 45 victims are currently assisted.", "45", "2020"],
    ["The centre assisted 60 victims.", "60", "2020-05"],
    ["A current total of 700 was reported in 2019.", "700", "2020"],
    ["The presentation covered 80 cases.", "80", "2020"]
  ])("does not read %s", (sentence, n, date) => {
    expect(now(sentence, n, date)).toBe(false);
  });
});
