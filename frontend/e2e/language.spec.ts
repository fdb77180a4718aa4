import { OFFICER, expect, test } from "./fixtures";

test("switch to English: the UI and the server's messages follow, and the choice is remembered", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await page.getByText("EN", { exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByLabel("E-mail").fill(OFFICER);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Wrong email or password.");

  await page.getByLabel("Password").fill("ATVSLD-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Enterprises", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByText("Industrial zones")).toBeVisible();
  await expect(page.getByTestId("header-user")).toContainText("Provincial officer");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Enterprises", level: 1 })).toBeVisible();
  await page.goto("/enterprises/new");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Some fields are not valid. Check the marked fields.")).toBeVisible();

  await page.getByText("VI", { exact: true }).click();
  await expect(page.getByRole("heading", { name: "Thêm doanh nghiệp" })).toBeVisible();
});
