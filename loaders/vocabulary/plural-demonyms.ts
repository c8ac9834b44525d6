/**
 * Demonyms whose plural is the word as written, like those in -ese: "15,000 Burkinabe have fled", "300 Thai were
 * deported", "40 Swiss". A count before one of them counts people of that state.
 */
export const PLURAL_AS_WRITTEN: string[] = ["Burkinabe", "Burkinabè", "Swiss", "Thai"];
