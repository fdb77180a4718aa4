import type { components } from "./schema";

export type FieldError = components["schemas"]["FieldError"];

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  request_id?: string | null;
  errors?: FieldError[] | null;
}

/** An error answered by the API as RFC 9457 problem details. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly requestId: string | null;
  readonly errors: FieldError[];
  readonly code: string;
  readonly retryAfter: number | null;

  constructor(status: number, body: ProblemBody, retryAfter: number | null = null, requestId: string | null = null) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = "ApiProblem";
    this.status = status;
    this.title = body.title ?? `HTTP ${status}`;
    this.detail = body.detail ?? null;
    this.requestId = body.request_id ?? requestId;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.code = (body.type ?? "").replace(/^urn:osh:problem:/, "") || String(status);
    this.retryAfter = retryAfter;
  }
}

/** The server could not be reached at all (offline, DNS, refused connection). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super("network");
    this.name = "NetworkError";
    this.cause = cause;
  }
}

export function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Builds an ApiProblem from a failed response, whatever its body. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: ProblemBody = {};
  try {
    const text = await response.clone().text();
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object") body = parsed as ProblemBody;
    }
  } catch {
    body = {};
  }
  return toProblem(response, body);
}

export function toProblem(response: Response, body: unknown): ApiProblem {
  const problem = body && typeof body === "object" ? (body as ProblemBody) : {};
  return new ApiProblem(
    response.status,
    problem,
    parseRetryAfter(response.headers.get("Retry-After")),
    response.headers.get("X-Request-ID"),
  );
}

export type FieldPath = (string | number)[];

export interface FormErrors {
  /** Errors that belong to a field of the form, in antd's `setFields` shape. */
  fields: { name: FieldPath; errors: string[] }[];
  /** Messages that belong to no field of the form (shown above it). */
  general: string[];
}

/** Splits `scope.codes.0` into `["scope", "codes", 0]`. */
export function fieldPath(field: string): FieldPath {
  return field
    .split(".")
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Maps a problem's `errors` onto form fields. A field is matched by its full dotted path, else by
 * its longest known prefix (so `scope.codes.0` lands on `scope.codes`); the rest are general.
 */
export function problemToFormErrors(problem: ApiProblem, knownFields: readonly string[]): FormErrors {
  const known = new Set(knownFields);
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const general: string[] = [];
  for (const error of problem.errors) {
    const path = fieldPath(error.field ?? "");
    let match: FieldPath | null = null;
    for (let length = path.length; length > 0; length -= 1) {
      const candidate = path.slice(0, length);
      if (known.has(candidate.join("."))) {
        match = candidate;
        break;
      }
    }
    if (match === null) {
      general.push(error.field && error.field !== "body" ? `${error.field}: ${error.message}` : error.message);
      continue;
    }
    const key = match.join(".");
    const entry = byField.get(key) ?? { name: match, errors: [] };
    if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    byField.set(key, entry);
  }
  if (byField.size === 0 && general.length === 0) {
    general.push(problem.detail ?? problem.title);
  }
  return { fields: [...byField.values()], general };
}
