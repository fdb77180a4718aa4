import { ApiProblem, NetworkError } from "../api/problem";

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

export interface TokenAnswer {
  access_token: string;
  expires_in: number;
  refresh_token?: string | null;
}

export interface TokenStorage {
  get(): Tokens | null;
  set(tokens: Tokens | null): void;
}

/** Runs `fn` while holding a named lock (shared by the browser's tabs where Web Locks exist). */
export type LockFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

export type SessionEvent = "login" | "logout" | "expired" | "refreshed";

export interface SessionOptions {
  storage: TokenStorage;
  /** Exchanges a refresh token; throws ApiProblem when refused, NetworkError when unreachable. */
  refresh: (refreshToken: string) => Promise<TokenAnswer>;
  lock?: LockFn;
  now?: () => number;
  /** Refresh ahead of expiry by this many milliseconds. */
  leewayMs?: number;
}

const LOCK_NAME = "osh-token-refresh";

const noLock: LockFn = (_name, fn) => fn();

export function tokensFrom(answer: TokenAnswer, now: number, previous?: Tokens | null): Tokens {
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token ?? previous?.refreshToken ?? "",
    expiresAt: now + answer.expires_in * 1000,
  };
}

/**
 * The signed-in session: keeps the tokens, refreshes the access token before it expires or after a
 * 401, with one refresh in flight at a time (and, across tabs, one at a time under a Web Lock, since
 * a refresh token is spent by its first use). A refused refresh ends the session.
 */
export class AuthSession {
  private readonly storage: TokenStorage;
  private readonly refreshFn: SessionOptions["refresh"];
  private readonly lock: LockFn;
  private readonly now: () => number;
  private readonly leewayMs: number;
  private inflight: Promise<string | null> | null = null;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  /** How the last session ended, so the login page can say it expired. */
  endedBy: "logout" | "expired" | null = null;

  constructor(options: SessionOptions) {
    this.storage = options.storage;
    this.refreshFn = options.refresh;
    this.lock = options.lock ?? noLock;
    this.now = options.now ?? Date.now;
    this.leewayMs = options.leewayMs ?? 30_000;
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: SessionEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  get signedIn(): boolean {
    return this.storage.get() !== null;
  }

  get tokens(): Tokens | null {
    return this.storage.get();
  }

  start(answer: TokenAnswer): void {
    this.storage.set(tokensFrom(answer, this.now()));
    this.endedBy = null;
    this.emit("login");
  }

  /** Forgets the tokens; returns the refresh token so the caller can revoke it. */
  end(event: "logout" | "expired" = "logout"): string | null {
    const refreshToken = this.storage.get()?.refreshToken ?? null;
    this.storage.set(null);
    this.endedBy = event;
    this.emit(event);
    return refreshToken;
  }

  /** An access token good for a while, refreshing first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    const tokens = this.storage.get();
    if (!tokens) return null;
    if (tokens.expiresAt - this.now() > this.leewayMs) return tokens.accessToken;
    return this.refresh(tokens.accessToken);
  }

  /** After a 401 with `failedToken`: a token that is newer than it, or null when the session is over. */
  async recover(failedToken: string | null): Promise<string | null> {
    const tokens = this.storage.get();
    if (!tokens) return null;
    if (failedToken !== null && tokens.accessToken !== failedToken) return tokens.accessToken;
    return this.refresh(failedToken);
  }

  private refresh(staleAccess: string | null): Promise<string | null> {
    if (!this.inflight) {
      this.inflight = this.lock(LOCK_NAME, () => this.refreshLocked(staleAccess)).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async refreshLocked(staleAccess: string | null): Promise<string | null> {
    const tokens = this.storage.get();
    if (!tokens) return null;
    // Another tab may have refreshed while this one waited for the lock.
    if (tokens.accessToken !== staleAccess && tokens.expiresAt - this.now() > this.leewayMs) {
      return tokens.accessToken;
    }
    if (!tokens.refreshToken) {
      this.end("expired");
      return null;
    }
    let answer: TokenAnswer;
    try {
      answer = await this.refreshFn(tokens.refreshToken);
    } catch (error) {
      if (error instanceof NetworkError) throw error;
      if (error instanceof ApiProblem && error.status >= 500) throw error;
      this.end("expired");
      return null;
    }
    const fresh = tokensFrom(answer, this.now(), tokens);
    this.storage.set(fresh);
    this.emit("refreshed");
    return fresh.accessToken;
  }
}

export interface AuthFetchOptions {
  session: AuthSession;
  language: () => string;
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * A fetch for the API client: adds the bearer token and the UI language, and after a 401 refreshes
 * once and replays the request (same headers, so the same Idempotency-Key).
 */
export function createAuthFetch(options: AuthFetchOptions): (request: Request) => Promise<Response> {
  const base = options.fetch ?? ((request: Request) => fetch(request));
  const send = async (request: Request, token: string | null): Promise<Response> => {
    const headers = new Headers(request.headers);
    headers.set("Accept-Language", options.language());
    if (token) headers.set("Authorization", `Bearer ${token}`);
    try {
      return await base(new Request(request, { headers }));
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new NetworkError(error);
    }
  };
  return async (request: Request) => {
    const replay = request.clone();
    const token = await options.session.accessToken();
    const response = await send(request, token);
    if (response.status !== 401) return response;
    if (!options.session.signedIn) {
      options.session.end("expired");
      return response;
    }
    const fresh = await options.session.recover(token);
    if (!fresh) return response;
    return send(replay, fresh);
  };
}

/** Tokens kept in localStorage, so a new tab of the same browser is signed in too. */
export function localTokenStorage(key = "osh.tokens", store: Storage | undefined = globalThis.localStorage): TokenStorage {
  return {
    get() {
      try {
        const raw = store?.getItem(key);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Partial<Tokens>;
        if (typeof parsed.accessToken !== "string" || typeof parsed.expiresAt !== "number") return null;
        return { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken ?? "", expiresAt: parsed.expiresAt };
      } catch {
        return null;
      }
    },
    set(tokens) {
      if (tokens) store?.setItem(key, JSON.stringify(tokens));
      else store?.removeItem(key);
    },
  };
}

export function memoryTokenStorage(initial: Tokens | null = null): TokenStorage {
  let value = initial;
  return {
    get: () => value,
    set: (tokens) => {
      value = tokens;
    },
  };
}

/** The Web Locks API where the browser has it (secure contexts), else a plain call. */
export const webLock: LockFn = (name, fn) => {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return fn();
  return locks.request(name, fn) as ReturnType<typeof fn>;
};
