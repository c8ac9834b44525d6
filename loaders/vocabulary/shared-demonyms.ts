/**
 * Demonyms two states share, read as the first state unless the text names the second and never the first:
 * "five Dominicans" in an item on the Eastern Caribbean (or that names Dominica), "Congolese refugees" in an item that
 * names the Republic of Congo. Each state is named by the words listed for it.
 */
export interface SharedDemonym {
  /** The demonym as written, singular; its plural is read too. */
  demonym: string;
  /** The state the gazetteer reads it as, and the words that name it. */
  usual: {state: string; names: string[]};
  /** The other state, and the words that name it. */
  other: {state: string; names: string[]};
}

export const SHARED_DEMONYMS: SharedDemonym[] = [
  {
    demonym: "Dominican",
    usual: {state: "Dominican Republic", names: ["Dominican Republic", "Santo Domingo"]},
    other: {state: "Dominica", names: ["Dominica", "Roseau", "OECS", "Eastern Caribbean"]}
  },
  {
    demonym: "Congolese",
    usual: {
      state: "Democratic Republic of the Congo",
      names: ["Democratic Republic", "DRC", "DR Congo", "D.R. Congo", "Kinshasa", "Goma", "Kivu"]
    },
    other: {
      state: "Republic of the Congo",
      names: ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Brazzaville"]
    }
  }
];
