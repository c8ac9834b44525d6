/**
 * Imported before the libraries: any attempt to open a socket or fetch is counted and refused, so a
 * reader that downloads a model or data at run time fails here instead of passing unnoticed.
 */
import net from "node:net";

export const networkAttempts: string[] = [];

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  networkAttempts.push(`socket ${JSON.stringify(args[0]).slice(0, 80)}`);
  throw new Error("the benchmark of the libraries runs offline");
} as typeof connect;

globalThis.fetch = (async (input: unknown) => {
  networkAttempts.push(`fetch ${String(input).slice(0, 80)}`);
  throw new Error("the benchmark of the libraries runs offline");
}) as typeof fetch;
