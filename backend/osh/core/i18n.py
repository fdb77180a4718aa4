"""Message catalogue for API errors: Vietnamese first, English by Accept-Language."""

from fastapi import Request

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (vi, en)
    "validation_error": ("Dữ liệu không hợp lệ", "Invalid data"),
    "validation_detail": ("Một số trường không hợp lệ, xem danh sách lỗi.", "Some fields are invalid; see the errors."),
    "not_found": ("Không tìm thấy", "Not found"),
    "not_found_detail": ("Không tìm thấy đối tượng được yêu cầu.", "The requested object does not exist."),
    "unauthorized": ("Chưa xác thực", "Not authenticated"),
    "unauthorized_detail": ("Cần đăng nhập hoặc mã truy cập hợp lệ.", "A valid login or access token is required."),
    "invalid_credentials": ("Sai thông tin đăng nhập", "Invalid credentials"),
    "invalid_credentials_detail": ("Email hoặc mật khẩu không đúng.", "Wrong email or password."),
    "invalid_client_detail": ("Mã ứng dụng hoặc khóa bí mật không đúng.", "Wrong client id or client secret."),
    "invalid_refresh_detail": ("Phiên đăng nhập đã hết hạn hoặc bị thu hồi.", "The session expired or was revoked."),
    "account_locked": ("Tài khoản tạm khóa", "Account temporarily locked"),
    "account_locked_detail": (
        "Đăng nhập sai quá nhiều lần. Thử lại sau {minutes} phút.",
        "Too many failed logins. Try again in {minutes} minutes.",
    ),
    "forbidden": ("Không có quyền", "Forbidden"),
    "forbidden_detail": ("Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this."),
    "out_of_scope": ("Ngoài phạm vi quản lý", "Outside your scope"),
    "out_of_scope_detail": (
        "Địa bàn hoặc đối tượng này nằm ngoài phạm vi quản lý của bạn.",
        "This place or object is outside your scope.",
    ),
    "conflict": ("Xung đột dữ liệu", "Conflict"),
    "precondition_failed": ("Dữ liệu đã bị thay đổi", "Precondition failed"),
    "precondition_failed_detail": (
        "Bản ghi đã được người khác sửa. Hãy tải lại và thử lại.",
        "Someone else changed the record meanwhile. Reload it and try again.",
    ),
    "precondition_required": ("Thiếu If-Match", "Precondition required"),
    "precondition_required_detail": (
        "Cần gửi tiêu đề If-Match với ETag của phiên bản đang sửa.",
        "Send an If-Match header with the ETag of the version you are changing.",
    ),
    "idempotency_mismatch": ("Khóa Idempotency-Key đã dùng", "Idempotency key reused"),
    "idempotency_mismatch_detail": (
        "Khóa Idempotency-Key này đã dùng cho một yêu cầu khác.",
        "This Idempotency-Key was already used for a different request.",
    ),
    "too_large": ("Dữ liệu quá lớn", "Content too large"),
    "too_large_detail": ("Nội dung gửi lên vượt quá {limit} byte.", "The request body is larger than {limit} bytes."),
    "unsupported_media": ("Định dạng tệp không được hỗ trợ", "Unsupported media type"),
    "unsupported_media_detail": ("Tệp phải là bảng tính Excel (.xlsx).", "The file must be an Excel workbook (.xlsx)."),
    "bad_request": ("Yêu cầu không hợp lệ", "Bad request"),
    "method_not_allowed": ("Phương thức không được hỗ trợ", "Method not allowed"),
    "server_error": ("Lỗi máy chủ", "Internal server error"),
    "server_error_detail": (
        "Đã có lỗi xảy ra. Hãy báo mã yêu cầu {request_id} cho quản trị viên.",
        "Something went wrong. Give the request id {request_id} to the administrator.",
    ),
    "too_many_requests": ("Quá nhiều yêu cầu", "Too many requests"),
    # field-level
    "field_required": ("Trường này là bắt buộc", "This field is required"),
    "field_invalid": ("Giá trị không hợp lệ", "Invalid value"),
    "field_extra": ("Trường này không được phép", "This field is not allowed"),
    "field_too_short": ("Quá ngắn (tối thiểu {min_length} ký tự)", "Too short (at least {min_length} characters)"),
    "field_too_long": ("Quá dài (tối đa {max_length} ký tự)", "Too long (at most {max_length} characters)"),
    "field_list_too_short": ("Cần ít nhất {min_length} phần tử", "At least {min_length} items are required"),
    "field_list_too_long": ("Tối đa {max_length} phần tử", "At most {max_length} items are allowed"),
    "field_not_int": ("Phải là số nguyên", "Must be a whole number"),
    "field_not_number": ("Phải là số", "Must be a number"),
    "field_not_bool": ("Phải là đúng/sai", "Must be true or false"),
    "field_not_string": ("Phải là chuỗi ký tự", "Must be text"),
    "field_ge": ("Phải lớn hơn hoặc bằng {ge}", "Must be at least {ge}"),
    "field_gt": ("Phải lớn hơn {gt}", "Must be greater than {gt}"),
    "field_le": ("Phải nhỏ hơn hoặc bằng {le}", "Must be at most {le}"),
    "field_lt": ("Phải nhỏ hơn {lt}", "Must be less than {lt}"),
    "field_enum": ("Phải là một trong: {expected}", "Must be one of: {expected}"),
    "field_pattern": ("Sai định dạng", "Wrong format"),
    "field_date": ("Ngày không hợp lệ (YYYY-MM-DD)", "Invalid date (YYYY-MM-DD)"),
    "field_datetime": ("Thời điểm không hợp lệ (ISO 8601)", "Invalid date-time (ISO 8601)"),
    "field_email": ("Email không hợp lệ", "Invalid e-mail address"),
    "field_json": ("JSON không hợp lệ", "Malformed JSON"),
    "tax_code_format": (
        "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số (chi nhánh)",
        "A tax code is 10 digits, or 10 digits, '-' and 3 digits for a branch",
    ),
    "tax_code_taken": ("Mã số thuế đã được đăng ký", "This tax code is already registered"),
    "vsic_unknown": ("Mã ngành VSIC không hợp lệ (2-5 chữ số)", "Unknown VSIC industry code (2-5 digits)"),
    "admin_unit_unknown": (
        "Không có xã/phường này trong tỉnh",
        "No such commune or ward in the province",
    ),
    "admin_unit_expired": ("Đơn vị hành chính này đã hết hiệu lực", "This administrative unit no longer exists"),
    "zone_unknown": ("Không có khu/cụm công nghiệp này", "No such industrial zone"),
    "zone_in_use": (
        "Khu công nghiệp còn doanh nghiệp, không thể xóa",
        "The zone still has enterprises and cannot be deleted",
    ),
    "zone_code_taken": ("Mã khu công nghiệp đã tồn tại", "This zone code already exists"),
    "employees_female_over_total": (
        "Số lao động nữ không được lớn hơn tổng số lao động",
        "Female employees cannot exceed total employees",
    ),
    "employees_hazardous_over_total": (
        "Số lao động làm nghề nặng nhọc, độc hại không được lớn hơn tổng số lao động",
        "Employees in hazardous work cannot exceed total employees",
    ),
    "high_risk_reason_required": (
        "Cần nêu lý do khi thay đổi mức rủi ro cao",
        "Give a reason when overriding the high-risk flag",
    ),
    "high_risk_reason_without_override": (
        "Chỉ nêu lý do khi ghi đè mức rủi ro cao",
        "A reason goes only with an override of the high-risk flag",
    ),
    "email_taken": ("Email đã được sử dụng", "This e-mail is already in use"),
    "password_weak": (
        "Mật khẩu cần ít nhất 10 ký tự và không được quá phổ biến hoặc trùng email",
        "A password needs at least 10 characters and must not be common or equal to the e-mail",
    ),
    "password_wrong": ("Mật khẩu hiện tại không đúng", "The current password is wrong"),
    "scope_invalid": ("Phạm vi không hợp lệ", "Invalid scope"),
    "scope_role_mismatch": (
        "Vai trò {role} cần phạm vi loại: {kinds}",
        "The role {role} needs a scope of kind: {kinds}",
    ),
    "scope_code_unknown": ("Mã không tồn tại: {codes}", "Unknown codes: {codes}"),
    "enterprise_unknown": ("Không có doanh nghiệp này", "No such enterprise"),
    "cursor_invalid": ("Con trỏ phân trang không hợp lệ", "Invalid paging cursor"),
    "sort_invalid": ("Không thể sắp xếp theo trường này", "Cannot sort by this field"),
    "import_bad_header": (
        "Không tìm thấy cột bắt buộc: {columns}. Hãy dùng tệp mẫu.",
        "Required columns missing: {columns}. Use the template.",
    ),
    "import_too_many_rows": ("Tệp có quá {limit} dòng", "The file has more than {limit} rows"),
    "import_duplicate_in_file": (
        "Mã số thuế trùng với dòng {row} trong tệp",
        "The tax code repeats row {row} of the file",
    ),
    "import_not_allowed": (
        "Không thể nhập: doanh nghiệp thuộc đơn vị ngoài phạm vi của bạn",
        "Cannot import: the enterprise belongs to a unit outside your scope",
    ),
    "import_empty": ("Tệp không có dòng dữ liệu", "The file has no data rows"),
    "import_file_invalid": ("Không đọc được tệp Excel", "The Excel file cannot be read"),
}


def language(request: Request | None) -> str:
    """'en' when the client prefers English, else 'vi'."""
    return "vi" if request is None else language_of(request.headers.get("accept-language", ""))


def language_of(header: str) -> str:
    """The language an Accept-Language header prefers among 'vi' (the default) and 'en'."""
    best, best_q = "vi", -1.0
    for part in header.split(","):
        bits = part.strip().split(";")
        tag = bits[0].strip().lower()
        q = 1.0
        for param in bits[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        base = tag.split("-")[0]
        if base in ("vi", "en") and q > 0 and q > best_q:
            best, best_q = base, q
    return best


def translate(code: str, lang: str, **params: object) -> str:
    vi, en = MESSAGES.get(code, (code, code))
    template = en if lang == "en" else vi
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
