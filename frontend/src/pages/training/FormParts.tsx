import { WarningFilled } from "@ant-design/icons";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isConflict, problemText } from "../../lib/formErrors";

/** A failed action in one line: "changed by someone else" for a stale version, else as problemText. */
export function problemLine(error: unknown, t: TFunction): string {
  return isConflict(error) ? t("errors.conflictTitle") : problemText(error, t);
}

/** Under the hours field: the group's first-training minimum, or a warning when a first training is shorter. */
export function HoursHint({ below, minimum }: { below: boolean; minimum: number | undefined }) {
  const { t } = useTranslation();
  if (minimum === undefined) return null;
  return below ? (
    <span className="text-warning" role="status">
      <WarningFilled aria-hidden /> {t("training.course.hoursWarning", { count: minimum })}
    </span>
  ) : (
    <span>{t("training.course.minimumHelp", { count: minimum })}</span>
  );
}
