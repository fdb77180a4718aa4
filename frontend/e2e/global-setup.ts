import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const frontend = resolve(import.meta.dirname, "..");
const root = resolve(frontend, "..");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} in time:\n${log()}`);
}

/** Starts the one-command server (as `make run` does) on a fresh SQLite database and a free port. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(frontend, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error("frontend/dist is missing: build the web app first (make -C frontend build-if-changed)");
  }
  const python = process.env.OSH_PYTHON ?? join(root, ".venv", "bin", "python");
  const dataDir = mkdtempSync(join(tmpdir(), "osh-e2e-"));
  const port = await freePort();
  let output = "";
  const child = spawn(python, ["-m", "osh", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      OSH_ENV: "development",
      OSH_STATIC_DIR: dist,
      OSH_DATABASE_URL: `sqlite:///${join(dataDir, "osh.sqlite3")}`,
      OSH_DATA_DIR: dataDir,
      OSH_HOST: "127.0.0.1",
      OSH_PORT: String(port),
      OSH_WORKERS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseURL}/api/v1/health`, child, () => output.slice(-4000));
  process.env.OSH_E2E_BASE_URL = baseURL;
  process.env.OSH_E2E_DATA_DIR = dataDir;
  process.env.OSH_E2E_PYTHON = python;
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => {
      if (child.exitCode !== null) r(null);
      else child.once("exit", r);
      setTimeout(r, 5000);
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
