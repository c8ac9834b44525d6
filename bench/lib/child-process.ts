import {spawnSync} from "node:child_process";
import {ROOT} from "./paths.js";

const taskset = spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/** Command and arguments to run node on one core (pinned to CPU 0 where taskset works). */
export function pinnedNode(args: string[]): [string, string[]] {
  return taskset ? ["taskset", ["-c", "0", process.execPath, ...args]] : [process.execPath, args];
}

export const pinned = taskset;

/** Runs a bench TypeScript module in a fresh node process (one core unless `all cores`; killed after timeoutMs) and parses the JSON it prints last. */
export function runTsChild<T>(
  module: string,
  args: string[],
  nodeFlags: string[] = [],
  cores: "one core" | "all cores" = "one core",
  timeoutMs?: number
): T {
  const node = [...nodeFlags, "--import", "tsx", module, ...args];
  const [command, argv] = cores === "one core" ? pinnedNode(node) : [process.execPath, node];
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    env: {...process.env, MIGSTAT_ROOT: ROOT, npm_config_update_notifier: "false"}
  });
  if (result.status !== 0)
    throw new Error(
      `${module} ${args.join(" ")} failed (${result.error ?? `exit ${result.status}`}):\n${result.stderr}`
    );
  const lines = result.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as T;
}
