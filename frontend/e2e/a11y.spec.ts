import { OFFICER, expect, login, seriousViolations, test } from "./fixtures";

test("no serious or critical accessibility violations on the login, list, form and detail pages", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  expect(await seriousViolations(page), "login").toEqual([]);

  await login(page, OFFICER);
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  expect(await seriousViolations(page), "list").toEqual([]);

  await page.goto("/enterprises/new");
  await expect(page.getByRole("heading", { name: "Thêm doanh nghiệp" })).toBeVisible();
  expect(await seriousViolations(page), "form").toEqual([]);

  await page.goto("/enterprises/2");
  await expect(page.getByRole("heading", { name: "Lịch sử thay đổi" })).toBeVisible();
  await expect(page.locator(".ant-skeleton")).toHaveCount(0);
  expect(await seriousViolations(page), "detail").toEqual([]);
});
