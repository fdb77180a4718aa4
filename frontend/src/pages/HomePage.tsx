import { Navigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/AuthContext";
import { ErrorState } from "../components/States";

export function HomeRedirect() {
  const me = useMe();
  if (me.permissions.includes("enterprises:read")) return <Navigate to="/enterprises" replace />;
  if (me.permissions.includes("areas:read")) return <Navigate to="/zones" replace />;
  return <Navigate to="/admin-units" replace />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <ErrorState status="404" title={t("errors.pageNotFound")} detail={t("errors.notFoundDetail")} />;
}
