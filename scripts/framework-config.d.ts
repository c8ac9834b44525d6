// The one internal of Framework 1.13 that observablehq.config.ts calls: the clock that dates every file of a build.
declare module "@observablehq/framework/dist/config.js" {
  export function setCurrentDate(date: Date | null): void;
}
