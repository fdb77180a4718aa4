import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

export const PASSWORD = "ATVSLD-demo-2026";
export const ADMIN = "admin@demo.osh.vn";
export const OFFICER = "canbo.tinh@demo.osh.vn";
export const COMMUNE_OFFICER = "canbo.xa@demo.osh.vn";

export const test = base.extend({
  // The server is started by global-setup on a free port, known only at run time.
  baseURL: async ({}, use) => {
    await use(process.env.OSH_E2E_BASE_URL);
  },
});

export { expect };

export async function login(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/^(Email|E-mail)$/).fill(email);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post("/api/v1/auth/token", {
    form: { grant_type: "password", username: email, password: PASSWORD },
  });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A tax code no other test run uses. */
export function uniqueTaxCode(): string {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-8);
  return `41${digits}`;
}

export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 7);
}

/** Serious and critical accessibility violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

/** Writes an .xlsx with the import template's headers and the given rows, using the backend's own column list. */
export function makeWorkbook(rows: Record<string, string | number | null>[], name: string): string {
  const path = join(process.env.OSH_E2E_DATA_DIR ?? "/tmp", name);
  const script = [
    "import json, sys",
    "from openpyxl import Workbook",
    "from osh.enterprises.excel import IMPORT_COLUMNS",
    "rows = json.loads(sys.argv[2])",
    "book = Workbook()",
    "sheet = book.active",
    "sheet.append([c.vi for c in IMPORT_COLUMNS])",
    "[sheet.append([row.get(c.key) for c in IMPORT_COLUMNS]) for row in rows]",
    "book.save(sys.argv[1])",
  ].join("\n");
  execFileSync(process.env.OSH_E2E_PYTHON ?? resolve("..", ".venv", "bin", "python"), ["-c", script, path, JSON.stringify(rows)], {
    cwd: resolve(import.meta.dirname, "..", ".."),
  });
  return path;
}

/** Picks an option of an Ant Design select found by its label, typing to search first when asked. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp, search?: string): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === "string" });
  await field.click();
  if (search !== undefined) await field.fill(search);
  const item = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: option }).first();
  await item.click();
  await expect(page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).toHaveCount(0);
}
