import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value country/citizenship" of every statement read (observations and candidates) in one paragraph. */
function placed(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2020-02-01",
    claimed: []
  });
  return [...r.observations, ...r.candidates]
    .sort((a, b) => a.value_start - b.value_start)
    .map((o) => `${o.value} ${o.country ?? "-"}/${o.citizenship ?? "-"}`);
}

describe("gapped counts with a state as each item's subject", () => {
  it.each<[string, string[]]>([
    [
      "In the region, Rwanda still hosts 72,007 Burundian refugees, Tanzania 164,873, Uganda 48,275 and Kenya 13,800.",
      ["72007 Rwanda/Burundi", "164873 Tanzania/Burundi", "48275 Uganda/Burundi", "13800 Kenya/Burundi"]
    ],
    [
      "In 2019, Germany deported 208 Afghan nationals, Sweden 95 and Austria 40.",
      ["208 Germany/Afghanistan", "95 Sweden/Afghanistan", "40 Austria/Afghanistan"]
    ],
    [
      "Last year Italy received 1,200 asylum applications from Eritreans, France 900, Spain 450.",
      ["1200 Italy/Eritrea", "900 France/Eritrea", "450 Spain/Eritrea"]
    ],
    [
      "According to UNHCR, Uganda hosted some 1,400,000 refugees in 2019, Ethiopia 735,000 and Kenya 490,000.",
      ["1400000 Uganda/-", "735000 Ethiopia/-", "490000 Kenya/-"]
    ],
    [
      "Jordan registered 655,000 Syrian refugees in 2018, Lebanon 950,000 and Iraq 250,000.",
      ["655000 Jordan/Syria", "950000 Lebanon/Syria", "250000 Iraq/Syria"]
    ],
    [
      "In 2017, Malaysia repatriated 1,500 Indonesian migrants, Singapore 300; and Brunei 45.",
      ["1500 Malaysia/Indonesia", "300 Singapore/Indonesia", "45 Brunei/Indonesia"]
    ],
    [
      "In 2018, Spain intercepted 5,400 migrants at sea, Greece 3,100 and Malta 1,200.",
      ["5400 Spain/-", "3100 Greece/-", "1200 Malta/-"]
    ],
    [
      "In 2016, South Africa issued 3,100 work permits to foreign nationals, Botswana 900 and Namibia 420.",
      ["3100 South Africa/-", "900 Botswana/-", "420 Namibia/-"]
    ],
    [
      "In 2019, Mexico detained about 180,000 migrants, the United States 850,000, while Guatemala 12,000.",
      ["180000 Mexico/-", "850000 United States/-", "12000 Guatemala/-"]
    ],
    [
      "In 2015, Hungary has registered 177,135 asylum seekers, Austria 88,160 and DR Congo 1,200.",
      ["177135 Hungary/-", "88160 Austria/-", "1200 Democratic Republic of the Congo/-"]
    ],
    [
      "During 2018, Thailand returned 2,010 Cambodian workers, Malaysia 1,340 and Singapore 95.",
      ["2010 Thailand/Cambodia", "1340 Malaysia/Cambodia", "95 Singapore/Cambodia"]
    ]
  ])("%j", (text, expected) => expect(placed(text).filter((r) => expected.includes(r))).toEqual(expected));

  it.each<[string, string]>([
    // A state after "from" is where people came from, not the subject that counted them.
    ["In 2019, 1,200 migrants arrived from Syria, Iraq 800 and Iran 300.", "1200 Syria"],
    // No state is the subject: the items are not places of counting.
    ["In 2019, the ministry deported 208 migrants, 95 in May and 40 in June.", "208 -"],
    // A demonym is a people, not a place.
    ["In 2019, Burundians still numbered 72,007 in camps, Congolese 48,000.", "72007 -"]
  ])("%j does not place the head as a gapped subject", (text, first) => {
    const rows = placed(text);
    expect(rows.some((r) => r.startsWith(`${first}`) || r.startsWith(first.split(" ")[0]))).toBe(true);
    const head = rows.find((r) => r.startsWith(first.split(" ")[0]));
    if (first.endsWith(" -")) expect(head?.split(" ")[1].startsWith("-")).toBe(true);
    else expect(head?.split(" ")[1].startsWith(first.split(" ")[1])).toBe(false);
  });
});
