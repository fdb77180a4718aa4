import { useCallback, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import { parseState, serializeState, type StateOf, type StateSpec } from "./urlState";

export interface PagingHistory {
  /** Cursors of the pages before the current one ("" for the first page). */
  prev: string[];
}

/**
 * The list state held in the URL. `update` merges a patch; any change other than the cursor starts
 * again at the first page. The cursors of earlier pages travel in the history entry's state, so
 * "previous page" works without putting them in the URL.
 */
export function useUrlState<S extends StateSpec & { cursor: { kind: "text" } }>(spec: S) {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseState(spec, new URLSearchParams(location.search)), [spec, location.search]);
  const prev = ((location.state as PagingHistory | null)?.prev ?? []).filter((c) => typeof c === "string");

  const go = useCallback(
    (next: StateOf<S>, history: PagingHistory, replace: boolean) => {
      const search = serializeState(spec, next).toString();
      navigate({ pathname: location.pathname, search: search ? `?${search}` : "" }, { replace, state: history });
    },
    [navigate, location.pathname, spec],
  );

  const update = useCallback(
    (patch: Partial<StateOf<S>>, options: { replace?: boolean } = {}) => {
      const next = { ...state, ...patch, cursor: "" } as StateOf<S>;
      go(next, { prev: [] }, options.replace ?? false);
    },
    [state, go],
  );

  const nextPage = useCallback(
    (cursor: string) => {
      go({ ...state, cursor } as StateOf<S>, { prev: [...prev, String(state.cursor ?? "")] }, false);
    },
    [state, prev, go],
  );

  const previousPage = useCallback(() => {
    const before = prev.slice(0, -1);
    const cursor = prev.length > 0 ? prev[prev.length - 1] : "";
    go({ ...state, cursor } as StateOf<S>, { prev: before }, false);
  }, [state, prev, go]);

  const firstPage = useCallback(() => go({ ...state, cursor: "" } as StateOf<S>, { prev: [] }, false), [state, go]);

  const pageIndex = state.cursor ? Math.max(prev.length, 1) : 0;
  return { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious: Boolean(state.cursor) };
}
