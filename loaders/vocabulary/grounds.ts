/**
 * The grounds a residence permit or visa is given on, as releases name them ("on the basis of family ties", "for
 * the purpose of study"); the label stored comes first.
 */
export const PERMIT_GROUNDS: {label: string; forms: string[]}[] = [
  {label: "work", forms: ["work", "employment", "working", "jobs", "labour", "labor", "business"]},
  {label: "study", forms: ["study", "studies", "studying", "education", "students"]},
  {
    label: "family",
    forms: ["family ties", "family reunification", "family reunion", "family reasons", "family grounds", "family"]
  },
  {
    label: "humanitarian",
    forms: ["humanitarian grounds", "humanitarian reasons", "humanitarian", "international protection", "protection"]
  }
];
