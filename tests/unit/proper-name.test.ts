import {describe, expect, it} from "vitest";
import {properName} from "../../loaders/general/proper-name.js";

const whole = (source: string) => new RegExp(`^(?:${source})$`, "u");

describe("properName", () => {
  it("reads a capitalised name of up to 1 + following words", () => {
    for (const name of ["Chiapas", "Mexico City", "Kayin State", "Bosnia And Herzegovina", "Côte D’Ivoire"]) {
      expect(whole(properName(3)).test(name), name).toBe(true);
    }
    expect(whole(properName(2)).test("Bosnia And Herzegovina")).toBe(true);
    expect(whole(properName()).test("The Democratic Republic Of Congo")).toBe(true);
  });

  it("stops at the bound and at lower-case words", () => {
    expect(whole(properName(1)).test("Bosnia And Herzegovina")).toBe(false);
    expect(whole(properName(2)).test("Mexico city")).toBe(false);
    expect(whole(properName(2)).test("mexico")).toBe(false);
  });

  it("joins two words by a lower-case particle of a name, which counts as no word", () => {
    for (const name of ["Trig al Seka", "Tariq al Matar", "Ciudad del Este", "Bandar bin Ali", "Port de Paix"])
      expect(whole(properName(1)).test(name), name).toBe(true);
    expect(whole(properName(2)).test("Abu Salim al Jadida")).toBe(true);
    expect(whole(properName(3)).test("Mexico and Canada")).toBe(false);
    expect(whole(properName(3)).test("Libya al")).toBe(false);
    expect(whole(properName(3)).test("Seka de facto")).toBe(false);
  });

  it("takes a one-letter word only when asked", () => {
    expect(whole(properName(2)).test("A")).toBe(false);
    expect(whole(properName(2, {oneLetter: true})).test("A")).toBe(true);
  });
});
