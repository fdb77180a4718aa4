import type { Download, Locator, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { COMMUNE_OFFICER, OFFICER, apiToken, expect, login, seriousViolations, test, uniqueSuffix } from "./fixtures";

const ENTERPRISE_USER = "doanhnghiep@demo.osh.vn";
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A moment as typed in the app's date-time inputs, in Vietnam time (the browser's zone in these tests). */
function typed(moment: Date): string {
  const local = new Date(moment.getTime() + VN_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

function vnDay(moment: Date): string {
  return typed(moment).slice(0, 10);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function accidentsThisYear(page: Page): Promise<number> {
  await page.goto("/dashboard");
  const figure = page.getByTestId("dashboard-accidents-this-year");
  await expect(figure).toHaveText(/^\d[\d.]*$/);
  return Number((await figure.innerText()).replace(/\D/g, ""));
}

/** Picks an option of a select inside `scope`, typing (without diacritics) to search first. */
async function pick(page: Page, scope: Page | Locator, label: string, search: string, option: string | RegExp): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  if (search) await field.fill(search);
  const item = page
    .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
    .filter({ hasText: option })
    .first();
  await item.click();
  await expect(page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).toHaveCount(0);
}

/** Saves a download and opens it back with openpyxl: its sheet names and the title block of its first sheet. */
async function openWorkbook(download: Download): Promise<{ sheets: string[]; heading: string[] }> {
  const path = join(process.env.OSH_E2E_DATA_DIR ?? "/tmp", `${uniqueSuffix()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const script = [
    "import json, sys",
    "from openpyxl import load_workbook",
    "book = load_workbook(sys.argv[1], read_only=True)",
    "rows = book.worksheets[0].iter_rows(min_row=1, max_row=6, max_col=1, values_only=True)",
    "print(json.dumps({'sheets': book.sheetnames, 'heading': [r[0] for r in rows if r[0]]}))",
  ].join("\n");
  const python = process.env.OSH_E2E_PYTHON ?? resolve("..", ".venv", "bin", "python");
  return JSON.parse(execFileSync(python, ["-c", script, path], { encoding: "utf-8" })) as { sheets: string[]; heading: string[] };
}

async function typeMoment(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press("Tab");
  await expect(field).toHaveValue(value);
}

test("an employer reports two seriously injured workers; the province investigates and concludes; the dashboard counts it", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const place = `Xưởng dập số ${suffix}`;
  const now = Date.now();
  const startOfYear = Date.UTC(new Date(now + VN_OFFSET_MS).getUTCFullYear(), 0, 1) - VN_OFFSET_MS;
  const occurred = new Date(Math.max(now - 60 * 60 * 1000, startOfYear));
  const notified = new Date(Math.max(now - 30 * 60 * 1000, occurred.getTime()));

  // The year's count before the report.
  await login(page, OFFICER);
  const before = await accidentsThisYear(page);
  await signOut(page);

  // The employer reports through the form: its sector and enterprise are fixed by its account.
  await login(page, ENTERPRISE_USER);
  await page.getByRole("navigation", { name: "Menu chính" }).getByText("Tai nạn lao động").click();
  await expect(page.getByRole("heading", { name: "Tai nạn lao động", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Báo cáo tai nạn" }).click();
  await expect(page.getByRole("heading", { name: "Báo cáo tai nạn lao động" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Có quan hệ lao động" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Không theo hợp đồng lao động" })).toBeDisabled();
  await expect(page.locator(".ant-form-item").filter({ hasText: "Doanh nghiệp của tài khoản bạn" })).toContainText(
    "Công ty TNHH Điện tử Đức Thành",
  );
  await expect(page.locator(".ant-form-item").filter({ hasText: "Xã/phường nơi xảy ra" })).toContainText("(09265)");

  await typeMoment(page.getByLabel("Thời điểm xảy ra"), typed(occurred));
  await page.getByLabel("Nơi xảy ra", { exact: true }).fill(place);
  await pick(page, page, "Nguyên nhân chính", "thiet bi an toan", /^1 – Không có thiết bị an toàn/);
  await pick(page, page, "Yếu tố gây chấn thương chính", "truyen dong", /^4 – Bộ phận truyền động/);
  await page.getByLabel("Diễn biến vụ việc").fill("Hai công nhân bị kẹp tay khi tháo khuôn máy dập đang chạy.");
  // Notified before it happened: the server's answer lands on the field.
  await typeMoment(page.getByLabel("Thời điểm báo tin"), typed(new Date(occurred.getTime() - 60 * 60 * 1000)));

  const first = page.getByTestId("victim-0");
  await first.getByLabel("Họ và tên").fill("Nguyễn Văn Hùng");
  await first.getByRole("radio", { name: "Nam" }).check();
  await first.getByLabel("Năm sinh").fill("1988");
  await pick(page, first, "Nghề nghiệp", "van hanh may", /^81 – Thợ vận hành máy móc/);
  await first.getByRole("radio", { name: "Bị thương nặng" }).check();
  await first.getByLabel("Số ngày nghỉ").fill("30");

  await page.getByRole("button", { name: "Thêm người bị nạn" }).click();
  const second = page.getByTestId("victim-1");
  await second.getByLabel("Họ và tên").fill("Trần Thị Mai");
  await second.getByRole("radio", { name: "Nữ" }).check();
  await second.getByRole("radio", { name: "Bị thương nặng" }).check();
  await second.getByLabel("Số CCCD").fill("123");

  const submit = page.getByRole("button", { name: "Báo cáo tai nạn" });
  await submit.click();
  await expect(second.locator(".ant-form-item").filter({ hasText: "Số CCCD" })).toContainText("Số CCCD gồm 12 chữ số");
  await second.getByLabel("Số CCCD").fill("");
  await submit.click();
  await expect(page.locator(".ant-form-item").filter({ hasText: "Thời điểm báo tin" })).toContainText(
    "Thời điểm khai báo không được trước thời điểm xảy ra",
  );

  await typeMoment(page.getByLabel("Thời điểm báo tin"), typed(notified));
  // A double click sends one report (the button waits, and the Idempotency-Key makes a retry harmless).
  await submit.dblclick();
  await expect(page).toHaveURL(/\/accidents\/\d+$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^TNLD-\d{4}-\d{5}$/);
  const code = await heading.innerText();
  const accidentUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("flag-immediate")).toBeVisible();
  await expect(page.getByTestId("immediate-explanation")).toContainText("bị thương nặng từ hai người trở lên");
  await expect(page.getByText("Đã báo tin").first()).toBeVisible();
  // Two seriously injured: 20 days from the notification.
  await expect(page.getByTestId("deadline-text")).toHaveText(/^Hạn điều tra: \d{2}\/\d{2}\/\d{4} \(còn 20 ngày\)$/);
  // The employer may report but not investigate.
  await expect(page.getByRole("button", { name: "Bắt đầu điều tra" })).toHaveCount(0);
  await page.goto(`/accidents?q=${encodeURIComponent(suffix)}`);
  await expect(page.getByRole("row").filter({ hasText: code })).toHaveCount(1);
  await expect(page.getByTestId("pager-status")).toHaveText(/1–1 \/ 1/);
  await signOut(page);

  // The province officer finds it among those needing immediate notification.
  await login(page, OFFICER);
  await page.getByRole("navigation", { name: "Menu chính" }).getByText("Tai nạn lao động").click();
  await pick(page, page, "Phải báo tin ngay", "", /^Có$/);
  await expect(page).toHaveURL(/immediate_notification=true/);
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("flag-immediate")).toBeVisible();
  await expect(row).toContainText("Công ty TNHH Điện tử Đức Thành");
  await expect(row).toContainText("2 người bị nạn · 0 chết · 2 nặng");
  await row.getByRole("link", { name: code }).click();
  await expect(page).toHaveURL(new RegExp(`${accidentUrl}$`));
  await expect(page.getByRole("heading", { name: code })).toBeVisible();

  // Someone else changes the file meanwhile: the officer is told, reloads, then starts the investigation.
  const token = await apiToken(request, OFFICER);
  const id = accidentUrl.split("/").pop();
  const current = await request.get(`/api/v1/accidents/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  const other = await request.patch(`/api/v1/accidents/${id}`, {
    headers: { Authorization: `Bearer ${token}`, "If-Match": current.headers()["etag"] ?? "" },
    data: { investigation_team: "Đoàn điều tra liên ngành tỉnh" },
  });
  expect(other.status()).toBe(200);
  await page.getByRole("button", { name: "Bắt đầu điều tra" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Bắt đầu điều tra" }).click();
  const stale = dialog.getByRole("alert").filter({ hasText: "Bản ghi đã được người khác sửa" });
  await expect(stale).toBeVisible();
  await stale.getByRole("button", { name: "Tải lại" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(".ant-descriptions-item-content").filter({ hasText: "Đoàn điều tra liên ngành tỉnh" })).toBeVisible();

  await page.getByRole("button", { name: "Bắt đầu điều tra" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Ghi chú").fill("Thành lập đoàn điều tra cấp tỉnh");
  await dialog.getByRole("button", { name: "Bắt đầu điều tra" }).click();
  await expect(dialog).toHaveCount(0);
  const steps = page.getByTestId("status-steps");
  await expect(steps).toContainText(`Đang điều tra${vnDay(new Date())}`);
  await expect(steps).toContainText(OFFICER);
  await expect(page.getByRole("button", { name: "Kết luận điều tra" })).toBeVisible();

  // The investigation record is attached, then the investigation concluded on today's record.
  await page.getByLabel("Loại tệp").click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: "Biên bản điều tra" }).click();
  await page.getByTestId("accident-attachments").locator("input[type=file]").setInputFiles({
    name: "bien-ban-dieu-tra.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await expect(page.getByTestId("accident-attachments").getByRole("row").filter({ hasText: "bien-ban-dieu-tra.pdf" })).toContainText(
    "Biên bản điều tra",
  );

  await page.getByRole("button", { name: "Kết luận điều tra" }).click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Ngày lập biên bản điều tra")).toHaveValue(vnDay(new Date()));
  await dialog.getByRole("button", { name: "Kết luận điều tra" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(steps).toContainText(`Biên bản ngày ${vnDay(new Date())}`);
  await expect(steps.locator(".ant-steps-item-finish")).toHaveCount(3);
  await expect(page.getByTestId("deadline-text")).toContainText(`Biên bản điều tra ngày ${vnDay(new Date())}, đúng hạn`);
  await expect(page.getByRole("button", { name: "Đóng hồ sơ" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mở lại điều tra" })).toBeVisible();

  // The timeline tells every change, in order.
  const timeline = page.getByTestId("accident-timeline");
  await expect(timeline).toContainText("Báo cáo với 2 người bị nạn");
  await expect(timeline).toContainText("Đoàn điều tra: — → Đoàn điều tra liên ngành tỉnh");
  await expect(timeline).toContainText("Trạng thái: Đã báo tin → Đang điều tra");
  await expect(timeline).toContainText("Ghi chú: Thành lập đoàn điều tra cấp tỉnh");
  await expect(timeline).toContainText("bien-ban-dieu-tra.pdf (Biên bản điều tra)");
  await expect(timeline).toContainText("Trạng thái: Đang điều tra → Đã kết luận");
  const events = await timeline.locator(".ant-timeline-item").allInnerTexts();
  expect(events).toHaveLength(5);
  expect(events[0]).toContain("Báo cáo vụ việc");
  expect(events[4]).toContain("Đang điều tra → Đã kết luận");

  // The dashboard counts it.
  expect(await accidentsThisYear(page)).toBe(before + 1);
});

test("a commune officer reports a non-contract accident in the commune, then corrects it; the pages meet accessibility checks", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const occurred = new Date(Math.max(Date.now() - 2 * 60 * 60 * 1000, Date.UTC(new Date(Date.now() + VN_OFFSET_MS).getUTCFullYear(), 0, 1) - VN_OFFSET_MS));
  await login(page, COMMUNE_OFFICER);
  await page.goto("/accidents/new");
  await expect(page.getByRole("heading", { name: "Báo cáo tai nạn lao động" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Không theo hợp đồng lao động" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Có quan hệ lao động" })).toBeDisabled();
  await expect(page.getByLabel("Doanh nghiệp", { exact: true })).toHaveCount(0);
  await expect(page.locator(".ant-form-item").filter({ hasText: "Xã/phường nơi xảy ra" })).toContainText("Phường Kinh Bắc (09187)");
  await expect(page.getByTestId("victim-0")).toBeVisible();
  expect(await seriousViolations(page), "form").toEqual([]);

  await typeMoment(page.getByLabel("Thời điểm xảy ra"), typed(occurred));
  await page.getByLabel("Nơi xảy ra", { exact: true }).fill(`Ruộng lúa thôn Dương Ổ ${suffix}`);
  await pick(page, page, "Yếu tố gây chấn thương chính", "nga cao", /^13 – Ngã cao/);
  await page.getByLabel("Diễn biến vụ việc").fill("Ngã từ mái nhà kho khi sửa mái.");
  const victim = page.getByTestId("victim-0");
  await victim.getByLabel("Họ và tên").fill("Phạm Văn Tư");
  await victim.getByRole("radio", { name: "Nam" }).check();
  await pick(page, victim, "Loại hợp đồng", "", "Không có HĐLĐ");
  await victim.getByRole("radio", { name: "Bị thương nhẹ" }).check();
  await page.getByRole("button", { name: "Báo cáo tai nạn" }).click();

  await expect(page).toHaveURL(/\/accidents\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^TNLD-\d{4}-\d{5}$/);
  await expect(page.locator(".ant-descriptions-item-content").filter({ hasText: "Người lao động không theo hợp đồng" })).toBeVisible();
  await expect(page.getByTestId("flag-immediate")).toHaveCount(0);
  await expect(page.getByTestId("immediate-explanation")).toHaveText("Không thuộc trường hợp phải báo tin ngay.");
  await expect(page.getByTestId("deadline-text")).toHaveText(/\(còn 4 ngày\)$/);
  await expect(page.getByRole("button", { name: "Bắt đầu điều tra" })).toHaveCount(0);
  await expect(page.getByTestId("accident-timeline")).toBeVisible();
  await expect(page.locator(".ant-skeleton")).toHaveCount(0);
  expect(await seriousViolations(page), "detail").toEqual([]);

  // Corrected: another place and a second victim; the timeline tells both.
  await page.getByRole("button", { name: "Sửa" }).click();
  await expect(page.getByRole("heading", { name: "Sửa báo cáo tai nạn" })).toBeVisible();
  await expect(page.getByTestId("victim-0").getByLabel("Họ và tên")).toHaveValue("Phạm Văn Tư");
  await page.getByLabel("Nơi xảy ra", { exact: true }).fill(`Nhà kho thôn Dương Ổ ${suffix}`);
  await page.getByRole("button", { name: "Thêm người bị nạn" }).click();
  const added = page.getByTestId("victim-1");
  await added.getByLabel("Họ và tên").fill("Phạm Thị Năm");
  await added.getByRole("radio", { name: "Nữ" }).check();
  await added.getByRole("radio", { name: "Bị thương nặng" }).check();
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/accidents\/\d+$/);
  const timeline = page.getByTestId("accident-timeline");
  await expect(timeline).toContainText(`Nơi xảy ra: Ruộng lúa thôn Dương Ổ ${suffix} → Nhà kho thôn Dương Ổ ${suffix}`);
  await expect(timeline).toContainText("Thêm người bị nạn: Phạm Thị Năm");
  await expect(timeline).toContainText("Mức độ: Nhẹ → Nặng");
  await expect(page.getByTestId("deadline-text")).toHaveText(/\(còn 7 ngày\)$/);

  // Their list holds only the accidents of their commune.
  await page.getByRole("navigation", { name: "Menu chính" }).getByText("Tai nạn lao động").click();
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.filter({ hasText: suffix })).toHaveCount(1);
  const count = await rows.count();
  for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText("Phường Kinh Bắc");
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  expect(await seriousViolations(page), "list").toEqual([]);
});

test("the province officer downloads the province summary and an enterprise's Annex XII report", async ({ page }) => {
  await login(page, OFFICER);
  await page.getByRole("navigation", { name: "Menu chính" }).getByText("Tai nạn lao động").click();
  await page.getByRole("button", { name: "Báo cáo tổng hợp" }).click();
  let dialog = page.getByRole("dialog", { name: "Báo cáo tổng hợp tình hình tai nạn lao động" });
  await pick(page, dialog, "Năm", "", /^2025$/);
  await dialog.getByText("Cả năm", { exact: true }).click();
  await expect(dialog.getByRole("radio", { name: "Cả năm" })).toBeChecked();
  let downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Tải về (.xlsx)" }).click();
  const summary = await downloading;
  expect(summary.suggestedFilename()).toBe("tong-hop-tnld-2025.xlsx");
  await expect(dialog).toBeHidden();
  const province = await openWorkbook(summary);
  expect(province.sheets).toEqual(["Tong hop", "Co HDLD", "Khong HDLD"]);
  expect(province.heading).toContain("BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG TRÊN ĐỊA BÀN");
  expect(province.heading).toContain("Năm 2025 (từ 01/01/2025 đến 31/12/2025)");

  await page.goto("/enterprises?q=2300100011");
  await page.getByRole("link", { name: "Công ty TNHH Điện tử Đức Thành" }).click();
  await expect(page.getByRole("heading", { name: "Công ty TNHH Điện tử Đức Thành", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Báo cáo TNLĐ (Phụ lục XII)" }).click();
  dialog = page.getByRole("dialog", { name: "Báo cáo tình hình tai nạn lao động của doanh nghiệp" });
  await expect(dialog).toContainText("Công ty TNHH Điện tử Đức Thành: báo cáo theo mẫu Phụ lục XII");
  await pick(page, dialog, "Năm", "", /^2025$/);
  await dialog.getByText("6 tháng đầu năm", { exact: true }).click();
  await expect(dialog.getByRole("radio", { name: "6 tháng đầu năm" })).toBeChecked();
  downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Tải về (.xlsx)" }).click();
  const employer = await downloading;
  expect(employer.suggestedFilename()).toBe("bao-cao-tnld-2300100011-2025-H1.xlsx");
  const annex = await openWorkbook(employer);
  expect(annex.sheets).toEqual(["Bao cao TNLD"]);
  expect(annex.heading).toContain("BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG");
  expect(annex.heading).toContain("6 tháng đầu năm 2025 (từ 01/01/2025 đến 30/06/2025)");
});
