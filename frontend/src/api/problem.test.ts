import { describe, expect, it } from "vitest";
import { ApiProblem, fieldPath, parseRetryAfter, problemFromResponse, problemToFormErrors } from "./problem";

function problem(errors: { field: string; message: string; code: string }[], detail = "Một số trường không hợp lệ") {
  return new ApiProblem(422, { type: "urn:osh:problem:validation_error", title: "Dữ liệu không hợp lệ", status: 422, detail, errors });
}

describe("problem+json to form field errors", () => {
  it("puts each error on its field", () => {
    const result = problemToFormErrors(
      problem([
        { field: "tax_code", message: "Mã số thuế đã được đăng ký", code: "tax_code_taken" },
        { field: "employees_female", message: "Số lao động nữ không được lớn hơn tổng số lao động", code: "employees_female_over_total" },
      ]),
      ["tax_code", "name", "employees_female"],
    );
    expect(result.fields).toEqual([
      { name: ["tax_code"], errors: ["Mã số thuế đã được đăng ký"] },
      { name: ["employees_female"], errors: ["Số lao động nữ không được lớn hơn tổng số lao động"] },
    ]);
    expect(result.general).toEqual([]);
  });

  it("lands nested paths on the nearest known field and merges messages", () => {
    const result = problemToFormErrors(
      problem([
        { field: "scope.codes.0", message: "Sai định dạng", code: "string_pattern_mismatch" },
        { field: "scope.codes.1", message: "Sai định dạng", code: "string_pattern_mismatch" },
        { field: "scope.codes", message: "Mã không tồn tại: 99999", code: "scope_code_unknown" },
      ]),
      ["scope"],
    );
    expect(result.fields).toEqual([{ name: ["scope"], errors: ["Sai định dạng", "Mã không tồn tại: 99999"] }]);
  });

  it("keeps exact nested fields when the form has them", () => {
    const result = problemToFormErrors(problem([{ field: "items.2.name", message: "Bắt buộc", code: "missing" }]), ["items.2.name"]);
    expect(result.fields).toEqual([{ name: ["items", 2, "name"], errors: ["Bắt buộc"] }]);
  });

  it("reports errors of unknown fields and bodies as general messages", () => {
    const result = problemToFormErrors(
      problem([
        { field: "body", message: "JSON không hợp lệ", code: "json_invalid" },
        { field: "secret_field", message: "Trường này không được phép", code: "extra_forbidden" },
      ]),
      ["name"],
    );
    expect(result.fields).toEqual([]);
    expect(result.general).toEqual(["JSON không hợp lệ", "secret_field: Trường này không được phép"]);
  });

  it("falls back to the detail when there are no field errors", () => {
    const conflict = new ApiProblem(409, { title: "Xung đột dữ liệu", detail: "Khu công nghiệp còn doanh nghiệp" });
    expect(problemToFormErrors(conflict, ["name"]).general).toEqual(["Khu công nghiệp còn doanh nghiệp"]);
  });

  it("splits dotted paths with numeric indexes", () => {
    expect(fieldPath("scope.codes.0")).toEqual(["scope", "codes", 0]);
    expect(fieldPath("")).toEqual([]);
  });
});

describe("problem responses", () => {
  it("reads the body, the code, the request id and Retry-After", async () => {
    const response = new Response(
      JSON.stringify({
        type: "urn:osh:problem:account_locked",
        title: "Tài khoản tạm khóa",
        status: 429,
        detail: "Thử lại sau 15 phút.",
        request_id: "abc123",
      }),
      { status: 429, headers: { "Content-Type": "application/problem+json", "Retry-After": "842" } },
    );
    const parsed = await problemFromResponse(response);
    expect(parsed.status).toBe(429);
    expect(parsed.code).toBe("account_locked");
    expect(parsed.retryAfter).toBe(842);
    expect(parsed.requestId).toBe("abc123");
    expect(parsed.message).toBe("Thử lại sau 15 phút.");
  });

  it("copes with a body that is not JSON, using the X-Request-ID header", async () => {
    const response = new Response("Bad gateway", { status: 502, headers: { "X-Request-ID": "rid-9" } });
    const parsed = await problemFromResponse(response);
    expect(parsed.status).toBe(502);
    expect(parsed.requestId).toBe("rid-9");
    expect(parsed.errors).toEqual([]);
  });

  it("parses Retry-After in seconds or as a date", () => {
    expect(parseRetryAfter("30")).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    const later = new Date(Date.now() + 60_000).toUTCString();
    const seconds = parseRetryAfter(later) ?? 0;
    expect(seconds).toBeGreaterThan(50);
    expect(seconds).toBeLessThanOrEqual(60);
  });
});
