/**
 * How something was done, said of a part of a count after its verb ("4,491 were placed voluntarily and 720
 * mandatorily", "35 returned of their own will"): the label stored comes first.
 */
export const MANNERS: {label: string; forms: string[]}[] = [
  {
    label: "voluntary",
    forms: ["voluntarily", "on a voluntary basis", "of their own will", "of their own free will", "of his own will"]
  },
  {label: "mandatory", forms: ["mandatorily", "compulsorily", "on a mandatory basis", "on a compulsory basis"]},
  {label: "forced", forms: ["forcibly", "by force", "under escort"]}
];
