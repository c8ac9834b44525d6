import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2016", "2017-02-20").map(
    (o) => `${o.value} ${o.indicator} ${o.country ?? "-"}/${o.citizenship ?? "-"}/${o.category ?? "-"}`
  );

describe("a part named by the place it went to", () => {
  it.each([
    ["In 2016, the government deported 500 migrants to Mexico and 200 to Guatemala.", "200 deportations Guatemala/-/-"],
    [
      "In 2016, 500 migrants were deported to Mexico, 200 to Guatemala and 35 to Honduras.",
      "35 deportations Honduras/-/-"
    ],
    ["In 2016, 500 migrants were deported, 200 to Guatemala.", "200 deportations Guatemala/-/-"],
    ["In 2016, authorities expelled 81 foreigners to Niger and 40 to Mali.", "40 deportations Mali/-/-"],
    [
      "In 2016, the police deported 1,200 people to Haiti, and 300 to the Dominican Republic.",
      "300 deportations Dominican Republic/-/-"
    ],
    ["In 2016, 640 migrants were removed to Albania and 120 to Kosovo.", "120 deportations Kosovo/-/-"],
    ["In 2016, 90 migrants were deported to Mexico; 45 to Honduras.", "45 deportations Honduras/-/-"],
    ["In 2016, 500 migrants were deported to Mexico and another 200 to Guatemala.", "200 deportations Guatemala/-/-"],
    ["In 2016, 500 migrants were deported to Mexico and some 200 to Guatemala.", "200 deportations Guatemala/-/-"],
    ["In 2016, 500 migrants were deported to Mexico and about 200 to El Salvador.", "200 deportations El Salvador/-/-"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("reads no part where 'to' opens no place", () => {
    expect(read("In 2016, 500 migrants were deported; 200 to the age of 18.")).toEqual(["500 deportations -/-/-"]);
    expect(read("In 2016, 500 migrants were deported and 200 to be deported.")).not.toContain("200 deportations -/-/-");
  });
});

describe("people brought home to two states", () => {
  it("are of neither alone", () => {
    // The place they left is still the count's place; the states they went to name its part.
    expect(read("In 2016, IOM helped 334 migrants to return home to Nigeria and Senegal from Libya.")).toEqual([
      "334 repatriations Libya/-/to Nigeria and Senegal"
    ]);
    expect(read("In 2016, IOM helped 334 migrants to return home to Nigeria, Mali or Senegal.")).toEqual([
      "334 repatriations -/-/-"
    ]);
  });

  it("are of the one state they went home to", () => {
    expect(read("In 2016, IOM helped 334 migrants to return home to Nigeria.")).toEqual([
      "334 repatriations -/Nigeria/-"
    ]);
    expect(read("In 2016, IOM helped 334 migrants to return home to Guinea (Conakry).")).toEqual([
      "334 repatriations -/Guinea/-"
    ]);
  });
});

describe("the help given to return home", () => {
  it.each([
    "In 2016, IOM assisted 165 stranded migrants to return home.",
    "In 2016, IOM helped 165 stranded migrants return home.",
    "In 2016, the agency supported 165 migrants in returning home.",
    "In 2016, 165 migrants were assisted to return home."
  ])("counts a return home: %s", (text) => {
    expect(read(text)).toEqual(["165 repatriations -/-/-"]);
  });
});

describe("a part in a place of its own", () => {
  it.each([
    [
      "In 2016, 147 migrants were detained at Trig al Seka detention centre, while 10 were at Abu Salim detention centre.",
      [
        "147 detention_placements -/-/Trig al Seka detention centre",
        "10 detention_placements -/-/Abu Salim detention centre"
      ]
    ],
    [
      "In 2016, 147 migrants were detained in Tripoli, while 10 were in Misrata.",
      ["147 detained_migrants -/-/Tripoli", "10 detained_migrants -/-/Misrata"]
    ],
    [
      "In 2016, 147 migrants were detained in Tripoli, and 10 remained in Misrata.",
      ["10 detained_migrants -/-/Misrata"]
    ]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(expect.arrayContaining(rows));
  });
});

describe("a part of a people sent home, and the place it left", () => {
  const places = (text: string) =>
    observations(text, "2020", "2021-02-01").map((o) => `${o.value} ${o.country ?? "-"}/${o.citizenship ?? "-"}`);

  it.each([
    [
      "In 2020, 1,245 Hondurans were deported from the United States and Mexico. Of the total deported, 845 came from the United States and 400 from Mexico.",
      ["845 United States/Honduras", "400 Mexico/Honduras"]
    ],
    [
      "In 2020, 1,245 Hondurans were deported. Of these, 845 were from the United States.",
      ["845 United States/Honduras"]
    ],
    [
      "In 2020, 900 Guatemalans were returned. Of them, 600 came from Mexico and 300 from the United States.",
      ["600 Mexico/Guatemala", "300 United States/Guatemala"]
    ]
  ])("%s", (text, rows) => {
    expect(places(text)).toEqual(expect.arrayContaining(rows));
  });

  it("keeps 'from' as the people's own state for people not sent home", () => {
    expect(places("In 2020, 1,245 trafficking victims were identified. Of these, 845 were from Nigeria.")).toContain(
      "845 -/Nigeria"
    );
  });
});
