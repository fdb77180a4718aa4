import { describe, expect, it } from "vitest";
import { safeNext } from "./nextPath";

describe("return path after login", () => {
  it("keeps paths of this app with their query", () => {
    expect(safeNext("/enterprises?q=duc&zone=KCN-QV1")).toBe("/enterprises?q=duc&zone=KCN-QV1");
  });
  it("refuses other sites and the login page itself", () => {
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example/x")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("/login?next=/x")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });
});
