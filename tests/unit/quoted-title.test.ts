import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2016", "2017-02-01");

describe("years in a quoted name are the name's, not the count's", () => {
  it.each([
    [
      "In 2016, 12,546 migrants were deported. According to a report titled ‘Deportations 2016 to 2019,’ of this number, 516 were minors.",
      "516@2016 "
    ],
    [
      "In 2016, 400 victims were identified. A study entitled “Trafficking 2010-2015” found that of these, 120 were children.",
      "120@2016 "
    ],
    ["In 2016, 900 migrants were returned; the plan called 'Return 2020' says 300 of them were women.", "300@2016 "],
    ["In 2016, a report titled “Migration 2015-2018” states that 2,300 asylum applications were lodged.", "2300@2016 "],
    [
      "In 2016, according to a survey titled ‘Labour Migration 2012–2014’, 4,100 work permits were issued.",
      "4100@2016 "
    ],
    ["In 2016, a programme dubbed “Safe Return 2017” assisted 650 migrants to return.", "650@2016 "],
    [
      "In 2016, the report entitled ‘Asylum Trends 2013 and 2014’ notes that 1,200 refugees were resettled.",
      "1200@2016 "
    ],
    ['In 2016, 75 traffickers were convicted, says the report titled "Justice 2010 to 2015".', "75@2016 "],
    ["In 2016, a report named ‘Detention 2014’ records that 310 migrants were detained.", "310@2016 "],
    ["In 2016, a publication titled ‘Remittances 2008-2012’ shows 5,600 migrants were deported.", "5600@2016 "],
    ["In 2016, a release headlined “Arrivals 2014 to 2015” counted 8,200 arrivals of migrants.", "8200@2016 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a quoted phrase that names nothing keeps its years", () => {
  it("a quotation of what someone said", () => {
    expect(rows("The minister said: “In 2015, 3,400 migrants were deported.”", "2016", "2017-02-01")).toContain(
      "3400@2015 deportations []"
    );
  });
});
