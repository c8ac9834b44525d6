// Framework's stdlib module, which exists only in a built page; duckdb.js takes a file's URL from it.
declare module "observablehq:stdlib" {
  export function FileAttachment(name: string): {href: string; name: string};
}
