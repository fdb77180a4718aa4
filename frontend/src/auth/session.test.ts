import { describe, expect, it, vi } from "vitest";
import { ApiProblem, NetworkError } from "../api/problem";
import { AuthSession, createAuthFetch, memoryTokenStorage, type LockFn, type SessionEvent, type TokenAnswer } from "./session";

const NOW = 1_800_000_000_000;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A server that accepts only the current access token. */
function fakeServer(valid: { token: string }) {
  const seen: { auth: string | null; lang: string | null; key: string | null; body: string }[] = [];
  const fetch = vi.fn(async (request: Request) => {
    seen.push({
      auth: request.headers.get("Authorization"),
      lang: request.headers.get("Accept-Language"),
      key: request.headers.get("Idempotency-Key"),
      body: await request.text(),
    });
    if (request.headers.get("Authorization") !== `Bearer ${valid.token}`) {
      return new Response(JSON.stringify({ title: "Chưa xác thực", status: 401 }), { status: 401 });
    }
    return new Response(JSON.stringify({ ok: true }), { status: 200 });
  });
  return { fetch, seen };
}

function setup(options: { expiresInMs?: number; refresh?: (token: string) => Promise<TokenAnswer>; lock?: LockFn } = {}) {
  const storage = memoryTokenStorage({ accessToken: "old-access", refreshToken: "r1", expiresAt: NOW + (options.expiresInMs ?? 600_000) });
  const refresh = vi.fn(options.refresh ?? (async () => ({ access_token: "new-access", refresh_token: "r2", expires_in: 900 })));
  const session = new AuthSession({ storage, refresh, now: () => NOW, ...(options.lock ? { lock: options.lock } : {}) });
  const events: SessionEvent[] = [];
  session.subscribe((event) => events.push(event));
  return { storage, refresh, session, events };
}

describe("token refresh", () => {
  it("refreshes once for many requests that meet a 401 together, then replays them all", async () => {
    const { session, refresh, storage } = setup();
    const server = fakeServer({ token: "new-access" });
    const authFetch = createAuthFetch({ session, language: () => "vi", fetch: server.fetch });
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => authFetch(new Request(`http://osh.test/api/v1/enterprises?i=${i}`))),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith("r1");
    expect(storage.get()).toEqual({ accessToken: "new-access", refreshToken: "r2", expiresAt: NOW + 900_000 });
    expect(server.fetch).toHaveBeenCalledTimes(10);
  });

  it("refreshes ahead of expiry, once, for concurrent callers", async () => {
    const gate = deferred<TokenAnswer>();
    const { session, refresh } = setup({ expiresInMs: 10_000, refresh: () => gate.promise });
    const tokens = Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    gate.resolve({ access_token: "fresh", refresh_token: "r2", expires_in: 900 });
    expect(await tokens).toEqual(["fresh", "fresh", "fresh"]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("starts a new refresh only after the previous one settled", async () => {
    let count = 0;
    const { session, refresh } = setup({
      refresh: async () => {
        count += 1;
        return { access_token: `a${count}`, refresh_token: `r${count + 1}`, expires_in: 900 };
      },
    });
    expect(await session.recover("old-access")).toBe("a1");
    expect(await session.recover("a1")).toBe("a2");
    expect(refresh.mock.calls.map((call) => call[0])).toEqual(["r1", "r2"]);
  });

  it("ends the session once when the refresh is refused, and the requests stay 401", async () => {
    const { session, refresh, storage, events } = setup({
      refresh: async () => {
        throw new ApiProblem(401, { title: "Sai thông tin đăng nhập", detail: "Phiên đăng nhập đã hết hạn hoặc bị thu hồi." });
      },
    });
    const server = fakeServer({ token: "never" });
    const authFetch = createAuthFetch({ session, language: () => "vi", fetch: server.fetch });
    const responses = await Promise.all([
      authFetch(new Request("http://osh.test/api/v1/a")),
      authFetch(new Request("http://osh.test/api/v1/b")),
    ]);
    expect(responses.map((r) => r.status)).toEqual([401, 401]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(storage.get()).toBeNull();
    expect(events.filter((e) => e === "expired")).toHaveLength(1);
  });

  it("keeps the session when the refresh cannot reach the server", async () => {
    const { session, storage, events } = setup({
      expiresInMs: 1_000,
      refresh: async () => {
        throw new NetworkError(new TypeError("Failed to fetch"));
      },
    });
    await expect(session.accessToken()).rejects.toBeInstanceOf(NetworkError);
    expect(storage.get()?.refreshToken).toBe("r1");
    expect(events).toEqual([]);
  });

  it("uses a token another tab already refreshed instead of spending the refresh token again", async () => {
    const { session, refresh, storage } = setup();
    storage.set({ accessToken: "from-other-tab", refreshToken: "r2", expiresAt: NOW + 900_000 });
    expect(await session.recover("old-access")).toBe("from-other-tab");
    expect(refresh).not.toHaveBeenCalled();
  });

  it("serializes refreshes of two tabs sharing the tokens under one lock", async () => {
    let chain = Promise.resolve();
    const lock: LockFn = (_name, fn) => {
      const run = chain.then(fn);
      chain = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    };
    const storage = memoryTokenStorage({ accessToken: "old-access", refreshToken: "r1", expiresAt: NOW + 600_000 });
    const refresh = vi.fn(async (token: string) => {
      if (token !== "r1") throw new ApiProblem(401, { title: "spent" });
      return { access_token: "shared", refresh_token: "r2", expires_in: 900 };
    });
    const tabA = new AuthSession({ storage, refresh, lock, now: () => NOW });
    const tabB = new AuthSession({ storage, refresh, lock, now: () => NOW });
    const [a, b] = await Promise.all([tabA.recover("old-access"), tabB.recover("old-access")]);
    expect([a, b]).toEqual(["shared", "shared"]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("replays a POST with the same body and Idempotency-Key, and sends the UI language", async () => {
    const { session } = setup();
    const server = fakeServer({ token: "new-access" });
    const authFetch = createAuthFetch({ session, language: () => "en", fetch: server.fetch });
    const response = await authFetch(
      new Request("http://osh.test/api/v1/enterprises", {
        method: "POST",
        body: JSON.stringify({ name: "Công ty TNHH Đức Thành" }),
        headers: { "Content-Type": "application/json", "Idempotency-Key": "k-1" },
      }),
    );
    expect(response.status).toBe(200);
    expect(server.seen).toHaveLength(2);
    expect(server.seen[0]).toMatchObject({ auth: "Bearer old-access", key: "k-1", lang: "en" });
    expect(server.seen[1]).toMatchObject({ auth: "Bearer new-access", key: "k-1", lang: "en" });
    expect(server.seen[1]?.body).toBe(server.seen[0]?.body);
  });

  it("reports an unreachable server as a NetworkError", async () => {
    const { session } = setup();
    const authFetch = createAuthFetch({
      session,
      language: () => "vi",
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await expect(authFetch(new Request("http://osh.test/api/v1/x"))).rejects.toBeInstanceOf(NetworkError);
  });

  it("sends a signed-out user to login on a 401", async () => {
    const storage = memoryTokenStorage(null);
    const session = new AuthSession({ storage, refresh: vi.fn(), now: () => NOW });
    const events: SessionEvent[] = [];
    session.subscribe((e) => events.push(e));
    const server = fakeServer({ token: "x" });
    const response = await createAuthFetch({ session, language: () => "vi", fetch: server.fetch })(new Request("http://osh.test/api/v1/auth/me"));
    expect(response.status).toBe(401);
    expect(events).toEqual(["expired"]);
    expect(server.seen[0]?.auth).toBeNull();
  });
});
