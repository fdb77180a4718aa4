import dayjs from "dayjs";

function locale(lang: string): string {
  return lang.startsWith("en") ? "en-GB" : "vi-VN";
}

export function formatNumber(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(locale(lang)).format(value);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  return dayjs(value).format("DD/MM/YYYY");
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return dayjs(value).format("DD/MM/YYYY HH:mm");
}

/** "4 phút 20 giây" / "4 min 20 s" for a wait in seconds. */
export function formatWait(seconds: number, lang: string): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const en = lang.startsWith("en");
  const parts: string[] = [];
  if (minutes > 0) parts.push(en ? `${minutes} min` : `${minutes} phút`);
  if (rest > 0 || minutes === 0) parts.push(en ? `${rest} s` : `${rest} giây`);
  return parts.join(" ");
}
