/** Vietnamese folding for matching as the server does: case and diacritics ignored, đ/Đ as d. */
export function fold(text: string | null | undefined): string {
  if (!text) return "";
  return text
    .replace(/[đĐðÐ]/g, "d")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query is found in the text, both folded. */
export function matches(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(" ")
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
