import createClient from "openapi-fetch";
import i18n from "../i18n";
import { AuthSession, createAuthFetch, localTokenStorage, webLock, type TokenAnswer } from "../auth/session";
import { NetworkError, problemFromResponse, toProblem } from "./problem";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type Enterprise = Schemas["EnterpriseOut"];
export type EnterpriseCreate = Schemas["EnterpriseCreate"];
export type EnterpriseUpdate = Schemas["EnterpriseUpdate"];
export type Zone = Schemas["ZoneOut"];
export type AdminUnit = Schemas["AdminUnitOut"];
export type Me = Schemas["MeOut"];
export type User = Schemas["UserOut"];
export type ApiClientOut = Schemas["ApiClientOut"];
export type AuditEvent = Schemas["AuditEventOut"];
export type ImportReport = Schemas["ImportReport"];
export type Scope = Me["scope"];
export type Role = Me["role"];

export const API_BASE = "/api/v1";

function lang(): string {
  return i18n.language?.startsWith("en") ? "en" : "vi";
}

async function postToken(form: Record<string, string>): Promise<TokenAnswer> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/auth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": lang() },
      body: new URLSearchParams(form),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as TokenAnswer;
}

export const session = new AuthSession({
  storage: localTokenStorage(),
  refresh: (refreshToken) => postToken({ grant_type: "refresh_token", refresh_token: refreshToken }),
  lock: webLock,
});

export const authFetch = createAuthFetch({ session, language: lang });

export const api = createClient<paths>({ baseUrl: "", fetch: authFetch });

export async function login(email: string, password: string): Promise<void> {
  const answer = await postToken({ grant_type: "password", username: email, password });
  session.start(answer);
}

export async function logout(): Promise<void> {
  const refreshToken = session.end("logout");
  if (!refreshToken) return;
  try {
    await fetch(`${API_BASE}/auth/logout`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: refreshToken }),
      keepalive: true,
    });
  } catch {
    // The refresh token dies with its expiry anyway; nothing more to do offline.
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or the problem it carries thrown as ApiProblem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw toProblem(response, error);
  return data as T;
}

/** Like unwrap, with the ETag of the answer (for If-Match on the next change). */
export async function unwrapWithEtag<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; etag: string | null }> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw toProblem(response, error);
  return { data: data as T, etag: response.headers.get("ETag") };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Fetches a file through the authenticated client and saves it under the server's file name. */
export async function download(path: string, query: URLSearchParams | null, fallbackName: string): Promise<void> {
  const url = `${API_BASE}${path}${query && query.toString() ? `?${query.toString()}` : ""}`;
  const response = await authFetch(new Request(url));
  if (!response.ok) throw await problemFromResponse(response);
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
