import { OFFICER, expect, login, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("phone width: the menu opens as a drawer and the pages fit the screen", async ({ page }) => {
  await login(page, OFFICER);
  await expect(page.getByRole("heading", { name: "Danh sách doanh nghiệp" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Menu chính" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Mở menu" }).click();
  await expect(nav).toBeVisible();
  await nav.getByText("Khu công nghiệp").click();
  await expect(page.getByRole("heading", { name: "Khu công nghiệp", level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(page.getByText("Khu công nghiệp Quế Võ")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("button", { name: "Mở menu" }).click();
  await nav.getByText("Doanh nghiệp").click();
  await expect(page.getByRole("heading", { name: "Danh sách doanh nghiệp" })).toBeVisible();
  await page.getByRole("button", { name: "Bộ lọc" }).click();
  await expect(page.getByLabel("Quy mô", { exact: true })).toBeVisible();
});
