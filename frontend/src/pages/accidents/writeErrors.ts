import type { TFunction } from "i18next";
import { ApiProblem, NetworkError } from "../../api/problem";

/** A failed write in one line for a toast: the first field message, else the problem's detail. */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return `${t("errors.networkTitle")}. ${t("errors.networkDetail")}`;
  if (error instanceof ApiProblem) return error.errors[0]?.message ?? error.detail ?? error.title;
  return t("errors.unexpected");
}

/** The record changed since it was loaded (a stale If-Match). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}
