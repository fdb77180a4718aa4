import { COMMUNE_OFFICER, expect, login, test } from "./fixtures";

test("a commune officer sees only the enterprises of their commune", async ({ page }) => {
  await login(page, COMMUNE_OFFICER);
  await expect(page.getByRole("heading", { name: "Danh sách doanh nghiệp" })).toBeVisible();
  await expect(page.getByTestId("header-user")).toContainText("Cán bộ cấp xã · Phường Kinh Bắc");
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText("Phường Kinh Bắc");
  await expect(page.getByText("Công ty TNHH Điện tử Đức Thành")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Menu chính" }).getByText("Người dùng")).toHaveCount(0);

  // An enterprise of another commune does not exist for them.
  await page.goto("/enterprises/1");
  await expect(page.getByText("Không tìm thấy").first()).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByText("Không có quyền", { exact: true })).toBeVisible();
});
