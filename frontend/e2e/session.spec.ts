import { OFFICER, PASSWORD, expect, login, test } from "./fixtures";

test("after the session dies the user signs in again and lands on the page they were on", async ({ page }) => {
  await login(page, OFFICER);
  await page.goto("/enterprises?q=thep&size_class=large");
  await expect(page.getByRole("row").filter({ hasText: "Thép Hòa Phát" })).toHaveCount(1);

  // Revoked elsewhere: both tokens are now worthless.
  await page.evaluate(() =>
    localStorage.setItem("osh.tokens", JSON.stringify({ accessToken: "revoked", refreshToken: "revoked", expiresAt: Date.now() + 600_000 })),
  );
  await page.reload();
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByText("Phiên làm việc đã hết hạn")).toBeVisible();
  await page.getByLabel("Email").fill(OFFICER);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/enterprises\?q=thep&size_class=large$/);
  await expect(page.getByRole("searchbox")).toHaveValue("thep");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await page.evaluate(() => localStorage.getItem("osh.tokens"))).toBeNull();
  await page.goto("/enterprises");
  await expect(page).toHaveURL(/\/login/);
});

test("a locked account is told how long to wait", async ({ page }) => {
  await page.goto("/login");
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.getByLabel("Email").fill("thanhtra@demo.osh.vn");
    await page.getByLabel("Mật khẩu").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert")).toContainText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
  }
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tài khoản tạm khóa" })).toContainText(/Thử lại sau \d+ phút/);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeDisabled();
});
