/**
 * List state (search, filters, sort, page cursor) kept in the URL query string, so a filtered list
 * can be bookmarked, shared and restored with the browser's back button.
 */

export type FieldSpec =
  | { kind: "text"; max?: number }
  | { kind: "list"; allowed?: readonly string[]; pattern?: RegExp; max?: number }
  | { kind: "bool" }
  | { kind: "choice"; allowed: readonly string[] };

export type StateSpec = Record<string, FieldSpec>;

type ValueOf<F extends FieldSpec> = F extends { kind: "list" }
  ? string[]
  : F extends { kind: "bool" }
    ? boolean | null
    : F extends { kind: "choice" }
      ? string | null
      : string;

export type StateOf<S extends StateSpec> = { [K in keyof S]: ValueOf<S[K]> };

export function emptyState<S extends StateSpec>(spec: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) {
    state[name] = field.kind === "list" ? [] : field.kind === "text" ? "" : null;
  }
  return state as StateOf<S>;
}

/** Reads the state from a query string; unknown or malformed values are dropped. */
export function parseState<S extends StateSpec>(spec: S, params: URLSearchParams): StateOf<S> {
  const state: Record<string, unknown> = emptyState(spec);
  for (const [name, field] of Object.entries(spec)) {
    if (field.kind === "text") {
      const value = params.get(name) ?? "";
      state[name] = field.max ? value.slice(0, field.max) : value;
    } else if (field.kind === "bool") {
      const value = params.get(name);
      state[name] = value === "true" ? true : value === "false" ? false : null;
    } else if (field.kind === "choice") {
      const value = params.get(name);
      state[name] = value !== null && field.allowed.includes(value) ? value : null;
    } else {
      const values: string[] = [];
      for (const raw of params.getAll(name)) {
        for (const value of raw.split(",")) {
          const trimmed = value.trim();
          if (!trimmed || values.includes(trimmed)) continue;
          if (field.allowed && !field.allowed.includes(trimmed)) continue;
          if (field.pattern && !field.pattern.test(trimmed)) continue;
          values.push(trimmed);
        }
      }
      state[name] = field.max ? values.slice(0, field.max) : values;
    }
  }
  return state as StateOf<S>;
}

/** Writes the state as a query string, in the spec's order, leaving out empty values. */
export function serializeState<S extends StateSpec>(spec: S, state: Partial<StateOf<S>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(spec)) {
    const value = (state as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    if (field.kind === "list") {
      for (const item of value as string[]) params.append(name, item);
    } else if (field.kind === "bool") {
      params.set(name, value ? "true" : "false");
    } else if (value !== "") {
      params.set(name, String(value));
    }
  }
  return params;
}

/** The state as API query parameters: empty values left out, lists as repeated parameters. */
export function toQuery<S extends StateSpec>(spec: S, state: StateOf<S>): Record<string, string | string[] | boolean> {
  const query: Record<string, string | string[] | boolean> = {};
  for (const name of Object.keys(spec)) {
    const value = (state as Record<string, unknown>)[name];
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query[name] = value as string[];
    } else if (typeof value === "string") {
      const trimmed = value.trim();
      if (trimmed) query[name] = trimmed;
    } else {
      query[name] = value as boolean;
    }
  }
  return query;
}

/** True when two states ask for the same rows (paging aside). */
export function sameFilters<S extends StateSpec>(spec: S, a: StateOf<S>, b: StateOf<S>, ignore: string[] = ["cursor"]): boolean {
  const strip = (state: StateOf<S>) => {
    const copy: Record<string, unknown> = { ...state };
    for (const name of ignore) delete copy[name];
    return serializeState(spec, copy as Partial<StateOf<S>>).toString();
  };
  return strip(a) === strip(b);
}
