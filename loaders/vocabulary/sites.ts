/**
 * Named sites inside a country where people are counted: a camp, a settlement, a reception or detention centre, a
 * shelter, an island or a lower-case unit after its name ("Mbera camp", "the Canary islands", "Ruyigi province").
 * The general reader names a count's site as its category, so a camp's figure is a part, never the nation's total.
 */
import {MONTHS} from "../periods/parse-period.js";
import {WEEKDAYS} from "./period-words.js";

/** The nouns that make a capitalised name before them a site ("Farchana camp", "Moria Reception Centre"). */
export const SITE_NOUNS: string[] = [
  "camp",
  "camps",
  "settlement",
  "settlements",
  "centre",
  "center",
  "shelter",
  "island",
  "islands",
  "region",
  "province",
  "district",
  "governorate",
  "harbour",
  "harbor",
  "airport",
  "border crossing",
  "border post",
  "crossing point",
  "hotspot"
];

/** The site nouns that name a unit of the country's administration: its name alone names it ("Obock region" is "Obock"). */
export const ADMINISTRATIVE_UNITS: string[] = ["region", "province", "district", "governorate"];

/** Words that may stand between a site's name and its noun ("Mbera refugee camp", "Moria Reception and Identification Centre"). */
export const SITE_MODIFIERS: string[] = [
  "refugee",
  "refugees",
  "transit",
  "reception",
  "identification",
  "reception and identification",
  "detention",
  "holding",
  "migrant",
  "migrants",
  "immigration",
  "accommodation",
  "temporary",
  "trafficking",
  "international"
];

/**
 * Capitalised words that name a kind of site, not one site ("Temporary Reception Centre", "National Shelter"): a name
 * made of them alone is no place.
 */
export const SITE_GENERIC_WORDS: string[] = [
  "Temporary",
  "Reception",
  "Identification",
  "Detention",
  "Transit",
  "Refugee",
  "Refugees",
  "Migrant",
  "Migrants",
  "Immigration",
  "Immigrants",
  "Accommodation",
  "National",
  "Republican",
  "Federal",
  "Central",
  "Main",
  "New",
  "Closed",
  "Open",
  "Shelter",
  "Centre",
  "Center",
  "State",
  "Government",
  "Special",
  "Integration",
  "Asylum",
  "Deportation",
  "Holding",
  "Removal",
  "Family",
  "Children",
  "Women",
  "Youth",
  "Foreigners",
  "Aliens",
  "Illegal",
  "Crisis",
  "Social",
  "Care",
  "Rehabilitation",
  "Victims",
  "Trafficking",
  "Human",
  "Persons",
  "Protection",
  "Support",
  "Assistance",
  "Regional",
  "Provincial",
  "District",
  "Municipal",
  "City",
  "International",
  "Airport",
  "Border"
];

/** Words naming a body that runs a site ("the State Migration Service's Detention Center"): a name holding one is no place. */
export const SITE_OPERATOR_WORDS: string[] = [
  "Service",
  "Services",
  "Ministry",
  "Police",
  "Agency",
  "Office",
  "Department",
  "Government",
  "Directorate",
  "Authority",
  "Commission",
  "Committee",
  "Council"
];

/** Capitalised words that open no site's name: months, weekdays and the words that open a sentence or a phrase. */
export const SITE_NOT_NAMES: string[] = [
  ...[...MONTHS, ...WEEKDAYS].map((w) => w[0].toUpperCase() + w.slice(1)),
  "The",
  "This",
  "That",
  "These",
  "Those",
  "Its",
  "Their",
  "Our",
  "Each",
  "Every",
  "All",
  "Some",
  "Other",
  "In",
  "At"
];
