// Types of explore-examples.js, for the data loader that reads it in Node (src/data/explore.ts).
export declare const EXAMPLES: {label: string; sql: string}[];
