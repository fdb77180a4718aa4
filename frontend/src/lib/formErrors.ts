import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import { ApiProblem, NetworkError, problemToFormErrors } from "../api/problem";

/**
 * Puts a failed save's errors where they belong: field errors on the fields (named as in the API,
 * or renamed), the rest returned as general messages for an alert above the form.
 */
export function applyProblem<T>(
  form: FormInstance<T>,
  error: unknown,
  knownFields: readonly string[],
  t: TFunction,
  rename: Record<string, string> = {},
): string[] {
  if (error instanceof NetworkError) return [`${t("errors.networkTitle")}. ${t("errors.networkDetail")}`];
  if (!(error instanceof ApiProblem)) return [t("errors.unexpected")];
  const apiNames = [...knownFields, ...Object.keys(rename)];
  const mapped = problemToFormErrors(error, apiNames);
  form.setFields(
    mapped.fields.map((field) => {
      const head = String(field.name[0]);
      const name = rename[head] ? [rename[head]] : field.name;
      return { name: name as never, errors: field.errors };
    }),
  );
  const general = [...mapped.general];
  if (error.status >= 500 && error.requestId) general.push(t("errors.requestId", { id: error.requestId }));
  if (mapped.fields.length > 0 && general.length === 0) general.push(t("errors.formInvalid"));
  return general;
}

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
