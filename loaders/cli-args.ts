/**
 * Command-line options for the loaders' CLIs, read by node:util's parseArgs in strict mode: an unknown
 * option, a missing value or a stray argument stops the command with the parser's message and the usage.
 */
import {parseArgs, type ParseArgsConfig} from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The options' values; on a usage error, prints it and exits with `status`. */
export function readArgs(
  command: string,
  usage: string,
  options: Options,
  status: number,
  argv = process.argv.slice(2)
): Record<string, unknown> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {...options, help: {type: "boolean", short: "h"}},
      strict: true,
      allowPositionals: false
    });
  } catch (e) {
    process.stderr.write(`${command}: ${(e as Error).message.split("\n")[0]}\nusage: ${usage}\n`);
    process.exit(status);
  }
  if (parsed.values.help) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  return parsed.values;
}
