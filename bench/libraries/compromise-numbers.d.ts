// The package ships types its "exports" map does not point at; this names the one export the bench uses.
declare module "compromise-numbers" {
  import type nlp from "compromise";
  const plugin: Parameters<typeof nlp.plugin>[0];
  export default plugin;
}
