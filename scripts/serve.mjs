// @ts-check
// Zero-dependency static server for the built site: `node scripts/serve.mjs [dir] [port]`.
// Binds to 127.0.0.1 only; port 0 picks a free port. Also importable: serve(dir, port) resolves to the server.
import {createReadStream, statSync} from "node:fs";
import {createServer} from "node:http";
import {extname, join, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.stream",
  ".parquet": "application/vnd.apache.parquet"
};

/** @param {string} path */
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Maps a URL path to a file inside root the way Framework's links expect (/a → a.html, /a/ → a/index.html).
 * @param {string} root
 * @param {string} pathname
 */
function findFile(root, pathname) {
  const path = join(root, decodeURIComponent(pathname));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const candidates = pathname.endsWith("/")
    ? [join(path, "index.html")]
    : [path, `${path}.html`, join(path, "index.html")];
  return candidates.find(isFile);
}

/**
 * Serves dir on 127.0.0.1:port (0 picks a free port); resolves once listening.
 * @returns {Promise<import("node:http").Server>}
 */
export function serve(dir = "dist", port = 3000) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    // Built modules may be imported from another origin (embeds), which needs CORS.
    res.setHeader("Access-Control-Allow-Origin", "*");
    let file;
    try {
      file = findFile(root, new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      file = undefined; // malformed percent-encoding
    }
    const status = file ? 200 : 404;
    file ??= [join(root, "404.html")].find(isFile);
    if (!file) return res.writeHead(404, {"Content-Type": TYPES[".txt"]}).end("Not found\n");
    res.writeHead(status, {"Content-Type": TYPES[extname(file)] ?? "application/octet-stream"});
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolveServer(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "3000"] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  const address = server.address();
  console.log(`Serving ${dir} at http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
}
