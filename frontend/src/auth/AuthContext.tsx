import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Spin } from "antd";
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { api, session, unwrap, type Me } from "../api/client";
import { ErrorState } from "../components/States";

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside a signed-in page");
  return me;
}

export function useCan(permission: string): boolean {
  const me = useContext(MeContext);
  return me?.permissions.includes(permission) ?? false;
}

function subscribe(listener: () => void): () => void {
  const off = session.subscribe(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === "osh.tokens" || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    off();
    window.removeEventListener("storage", onStorage);
  };
}

export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribe, () => session.signedIn);
}

/** Where to come back to after signing in again. */
export function loginPath(location: { pathname: string; search: string }, expired = false): string {
  const params = new URLSearchParams();
  const here = location.pathname + location.search;
  if (location.pathname !== "/login" && here !== "/") params.set("next", here);
  if (expired) params.set("expired", "1");
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}

/** Forgets cached server data when the session ends (RequireAuth then sends the user to the login page). */
export function SessionWatcher() {
  const client = useQueryClient();
  useEffect(
    () =>
      session.subscribe((event) => {
        if (event === "expired" || event === "logout") client.clear();
      }),
    [client],
  );
  return null;
}

export function RequireAuth({ children }: { children?: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  const { t } = useTranslation();
  const me = useQuery({
    queryKey: ["me"],
    enabled: signedIn,
    staleTime: 5 * 60 * 1000,
    queryFn: () => unwrap(api.GET("/api/v1/auth/me")),
  });
  if (!signedIn) return <Navigate to={loginPath(location, session.endedBy === "expired")} replace />;
  if (me.isPending) {
    return (
      <div className="page-center" role="status" aria-live="polite">
        <Spin size="large" />
        <span className="sr-only">{t("common.loading")}</span>
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="page-center">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <MeContext.Provider value={me.data}>{children ?? <Outlet />}</MeContext.Provider>;
}

export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan(permission);
  const { t } = useTranslation();
  if (!can) {
    return <ErrorState title={t("errors.forbiddenTitle")} detail={t("errors.forbiddenDetail")} status="403" />;
  }
  return <>{children}</>;
}
