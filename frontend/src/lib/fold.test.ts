import { describe, expect, it } from "vitest";
import { fold, matches } from "./fold";

describe("fold", () => {
  it("ignores case and Vietnamese diacritics, đ included", () => {
    expect(fold("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(fold("Đồng Đức")).toBe("dong duc");
    expect(fold("Hòa Phát")).toBe("hoa phat");
  });

  it("treats decomposed (NFD) text and the Eth look-alike like the composed letters", () => {
    expect(fold("Đồng".normalize("NFD"))).toBe("dong");
    expect(fold("Ðồng Tháp")).toBe("dong thap");
    expect(fold("DONG THAP")).toBe("dong thap");
  });

  it("collapses spaces", () => {
    expect(fold("  Phường   Kinh  Bắc ")).toBe("phuong kinh bac");
    expect(fold(null)).toBe("");
  });

  it("matches every word of a query typed without diacritics", () => {
    expect(matches("Phường Kinh Bắc (09187)", "kinh bac")).toBe(true);
    expect(matches("Phường Kinh Bắc", "bac kinh")).toBe(true);
    expect(matches("Phường Kinh Bắc", "dong")).toBe(false);
    expect(matches("Xã Đồng Kỳ", "dong ky")).toBe(true);
  });
});
