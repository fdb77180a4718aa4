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
    "licence_expiry_before_issue": ("Ngày hết hạn phải sau ngày cấp", "The expiry must be after the issue"),
    "self_training_needs_enterprise": (
        "Doanh nghiệp tự huấn luyện cần chọn doanh nghiệp",
        "A self-training employer needs its enterprise",
    ),
    "organisation_without_enterprise": (
        "Tổ chức huấn luyện không gắn với một doanh nghiệp",
        "A training organisation is not tied to one enterprise",
    ),
    "licence_number_taken": ("Số giấy chứng nhận đã được đăng ký", "This licence number is already registered"),
    "end_before_start": ("Ngày kết thúc phải sau ngày bắt đầu", "The end must not be before the start"),
    "group_not_covered_by_class": (
        "Tổ chức huấn luyện hạng này không được huấn luyện nhóm này",
        "A provider of this class may not train this group",
    ),
    "provider_licence_not_in_force": (
        "Giấy chứng nhận đủ điều kiện huấn luyện không còn hiệu lực vào ngày này",
        "The provider's licence is not in force on this day",
    ),
    "audience_for_program_courses": (
        "Chỉ ghi đối tượng cho lớp do chương trình hỗ trợ",
        "The audience is recorded for program-funded courses only",
    ),
    "funding_for_program_courses": (
        "Chỉ ghi kinh phí cho lớp do chương trình hỗ trợ",
        "Funding is recorded for program-funded courses only",
    ),
    "provider_unknown": ("Không có tổ chức huấn luyện này", "No such training provider"),
    "course_unknown": ("Không có lớp huấn luyện này", "No such training course"),
    "provider_not_course_provider": (
        "Tổ chức huấn luyện khác với tổ chức của lớp",
        "The provider differs from the course's provider",
    ),
    "group_not_course_group": ("Nhóm khác với nhóm của lớp", "The group differs from the course's group"),
    "field_required_without_course": ("Bắt buộc khi không chọn lớp", "Required when no course is given"),
    "self_training_other_enterprise": (
        "Doanh nghiệp tự huấn luyện chỉ huấn luyện người lao động của mình",
        "A self-training employer trains only its own workers",
    ),
    "document_number_required": (
        "Cần số giấy chứng nhận hoặc thẻ an toàn",
        "The certificate or safety card number is required",
    ),
    "document_number_taken": (
        "Số giấy chứng nhận đã được tổ chức này cấp",
        "This provider has already issued this number",
    ),
    "issued_in_future": ("Ngày cấp không được ở tương lai", "The issue date cannot be in the future"),
    "born_after_issue": ("Năm sinh sau ngày cấp", "The birth year is after the issue date"),
    "import_person_repeated": ("Học viên trùng với dòng {row} trong tệp", "The same trainee as row {row} of the file"),
    "import_person_recorded": (
        "Khóa đã có một hồ sơ khác của học viên này; hãy sửa trực tiếp hồ sơ đó",
        "The course already has another record of this trainee; correct that record directly",
    ),
    "import_number_repeated": (
        "Số giấy chứng nhận/thẻ trùng với dòng {row} trong tệp",
        "The certificate or card number repeats row {row} of the file",
    ),
    "import_result_invalid": ("Kết quả phải là Đạt hoặc Không đạt", "The result must be Pass or Fail"),
    "import_wrong_course": (
        "Tệp là danh sách của khóa huấn luyện số {found}, không phải khóa số {course}",
        "The file is the list of course {found}, not of course {course}",
    ),
    "rate_limited_detail": (
        "Quá nhiều lượt tra cứu. Thử lại sau {seconds} giây.",
        "Too many checks. Try again in {seconds} seconds.",
    ),
    "year_in_future": ("Năm thống kê chưa bắt đầu", "The year has not begun"),
    "occupation_unknown": ("Mã nghề nghiệp không có trong danh mục", "Unknown occupation code"),
    "cause_unknown": ("Mã nguyên nhân phải từ 1 đến 9", "The cause code must be 1 to 9"),
    "injury_factor_unknown": ("Mã yếu tố gây chấn thương không có trong danh mục", "Unknown injury factor code"),
    "occurred_in_future": ("Thời điểm xảy ra không được ở tương lai", "The accident cannot be in the future"),
    "notified_before_occurred": (
        "Thời điểm khai báo không được trước thời điểm xảy ra",
        "The notification cannot be before the accident",
    ),
    "notified_in_future": ("Thời điểm khai báo không được ở tương lai", "The notification cannot be in the future"),
    "victims_required": ("Vụ tai nạn phải có ít nhất một người bị nạn", "An accident has at least one victim"),
    "record_before_notified": (
        "Ngày biên bản điều tra không được trước ngày khai báo",
        "The investigation record cannot be dated before the notification",
    ),
    "record_date_invalid": (
        "Ngày biên bản điều tra phải từ ngày khai báo đến hôm nay",
        "The investigation record date must be between the notification and today",
    ),
    "capacity_loss_for_fatal": (
        "Không ghi tỷ lệ suy giảm khả năng lao động cho người chết",
        "No work-capacity loss for a fatal victim",
    ),
    "birth_after_accident": ("Năm sinh sau năm xảy ra tai nạn", "Birth year after the accident"),
    "enterprise_required_for_contract": (
        "Tai nạn khu vực có quan hệ lao động cần chọn doanh nghiệp",
        "An accident in the contract sector needs its enterprise",
    ),
    "enterprise_not_for_non_contract": (
        "Tai nạn của người làm việc không theo hợp đồng lao động không gắn với doanh nghiệp",
        "An accident of workers without a labour contract has no enterprise",
    ),
    "sector_not_allowed": (
        "Phạm vi của bạn không được báo cáo tai nạn thuộc khu vực này",
        "Your scope cannot report accidents of this sector",
    ),
    "accident_closed": ("Vụ tai nạn đã đóng hồ sơ, không thể sửa", "The accident is closed and cannot change"),
    "investigation_field_forbidden": (
        "Chỉ cơ quan điều tra được ghi thông tin điều tra",
        "Only investigators may record the investigation",
    ),
    "extension_already_granted": (
        "Thời hạn điều tra chỉ được gia hạn một lần",
        "The investigation may be extended once only",
    ),
    "extension_not_allowed": (
        "Chỉ gia hạn điều tra cho tai nạn nặng hoặc chết người",
        "Only serious or fatal accidents may have an extension",
    ),
    "extension_too_long": (
        "Thời gian gia hạn không được vượt thời hạn điều tra ban đầu",
        "The extension cannot exceed the original time limit",
    ),
    "extension_reason_required": ("Cần nêu lý do gia hạn", "Give the reason for the extension"),
    "victim_unknown": ("Không có người bị nạn này trong vụ tai nạn", "No such victim in this accident"),
    "victim_repeated": ("Người bị nạn này đã có trong danh sách", "This victim is already in the list"),
    "record_date_not_concluding": (
        "Chỉ ghi ngày biên bản điều tra khi kết thúc điều tra",
        "A record date goes only with concluding the investigation",
    ),
    "status_move_invalid": (
        "Không thể chuyển trạng thái từ {current} sang {target}",
        "Cannot move the status from {current} to {target}",
    ),
    "reopen_note_required": ("Cần ghi lý do mở lại điều tra", "Give the reason for reopening the investigation"),
    "attachment_type": ("Chỉ nhận tệp PDF, JPEG hoặc PNG", "Only PDF, JPEG or PNG files are accepted"),
    "unsupported_media_type": ("Loại tệp không được hỗ trợ", "Unsupported file type"),
    "period_ambiguous": ("Chọn năm hoặc khoảng ngày, không chọn cả hai", "Give a year or a date range, not both"),
    "period_reversed": ("Ngày kết thúc phải sau ngày bắt đầu", "The end date must not be before the start date"),
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
