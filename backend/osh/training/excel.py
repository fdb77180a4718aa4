"""Spreadsheets of the training domain: a course's attendance list (the template the importer reads back) and
the export of training records, e.g. the documents expiring soon."""

import io
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import xlsxwriter

from osh.reference import service as reference
from osh.training import rules
from osh.training.models import TrainingCourse, TrainingProvider


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    required: bool = False
    width: int = 16

    def title(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


ATTENDANCE_COLUMNS = (
    Column("row_no", "STT", "No.", width=6),
    Column("worker_name", "Họ và tên", "Full name", True, 28),
    Column("birth_year", "Năm sinh", "Birth year", width=10),
    Column("citizen_id", "Số CCCD", "Citizen ID", width=16),
    Column("tax_code", "Mã số thuế doanh nghiệp", "Enterprise tax code", width=18),
    Column("occupation", "Nghề nghiệp/công việc", "Occupation/job", width=24),
    Column("hours", "Số giờ", "Hours", width=8),
    Column("result", "Kết quả", "Result", True, 12),
    Column("document_number", "Số giấy chứng nhận/thẻ", "Certificate/card number", width=22),
    Column("issued_on", "Ngày cấp", "Issued on", width=12),
    Column("notes", "Ghi chú", "Notes", width=30),
)
# The label in the title block that names the course, so that a list is not imported into another course.
COURSE_ID_LABEL = Column("course_id", "Mã khóa huấn luyện", "Course id")
TEMPLATE_ROWS = 1000  # rows given the drop-down lists and number checks

RESULT_LABELS = {"pass": ("Đạt", "Pass"), "fail": ("Không đạt", "Fail")}
KIND_LABELS = {
    "first": ("Huấn luyện lần đầu", "First training"),
    "refresher": ("Huấn luyện định kỳ", "Refresher training"),
    "retraining": ("Huấn luyện lại", "Retraining"),
}
DOCUMENT_LABELS = {
    "certificate": ("Giấy chứng nhận huấn luyện", "Training certificate"),
    "safety_card": ("Thẻ an toàn", "Safety card"),
    "log_book_entry": ("Sổ theo dõi công tác huấn luyện", "Training log-book entry"),
}
STATE_LABELS = {
    "valid": ("Còn hiệu lực", "Valid"),
    "expiring": ("Sắp hết hạn", "Expiring soon"),
    "expired": ("Hết hạn", "Expired"),
    "failed": ("Không đạt", "Failed"),
}


def pick(labels: tuple[str, str], lang: str) -> str:
    return labels[1] if lang == "en" else labels[0]


def group_label(group: int, lang: str) -> str:
    for item in reference.load("training_groups")["items"]:
        if int(item["group"]) == group:
            return f"{'Group' if lang == 'en' else 'Nhóm'} {group}: {item['en' if lang == 'en' else 'vi']}"
    return str(group)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _guide(course: TrainingCourse, document: str, enterprise: str | None, lang: str) -> str:
    numbered = document != "log_book_entry"
    if lang == "en":
        parts = [
            "One trainee per row. Required: Full name, Result (Pass or Fail)"
            + (", and the certificate/card number of those who passed." if numbered else "."),
            f"Blank Hours: the course's {course.hours}; blank Issued on: the course's last day {_day(course.end_on)}.",
            "Enterprise tax code: the trainee's employer"
            + (f" (blank: {enterprise})." if enterprise else " (optional)."),
            "Importing the file again, or a corrected one, updates the trainees already recorded: found by citizen "
            "ID, else by full name and birth year.",
        ]
        if not numbered:
            parts.insert(1, "This group's training is entered in the training log book: no document number.")
        return " ".join(parts)
    parts = [
        "Mỗi dòng một học viên. Bắt buộc: Họ và tên, Kết quả (Đạt hoặc Không đạt)"
        + (", và Số giấy chứng nhận/thẻ của người Đạt." if numbered else "."),
        f"Để trống Số giờ: lấy {course.hours} giờ của khóa; để trống Ngày cấp: lấy ngày kết thúc khóa "
        f"{_day(course.end_on)}.",
        "Mã số thuế doanh nghiệp: đơn vị sử dụng lao động của học viên"
        + (f" (để trống: {enterprise})." if enterprise else " (không bắt buộc)."),
        "Nhập lại tệp, hoặc tệp đã sửa, sẽ cập nhật học viên đã có: nhận theo Số CCCD, nếu không có thì theo "
        "Họ và tên và Năm sinh.",
    ]
    if not numbered:
        parts.insert(1, "Nhóm này được ghi vào Sổ theo dõi công tác huấn luyện: không có số giấy tờ.")
    return " ".join(parts)


def attendance_template(course: TrainingCourse, provider: TrainingProvider, enterprise: str | None, lang: str) -> bytes:
    """The attendance list of one course: a title block describing the course, then the header row and empty
    rows with drop-down lists and checks."""
    rule = rules.group_rules()[course.trainee_group]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    heading = book.add_format({"bold": True, "font_size": 14, "align": "center", "valign": "vcenter"})
    label = book.add_format({"bold": True, "valign": "top"})
    value = book.add_format({"text_wrap": True, "valign": "top"})
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
    required = book.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True, "valign": "top"})
    text = book.add_format({"num_format": "@"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})

    sheet = book.add_worksheet("Danh sach" if lang != "en" else "Attendance")
    last = len(ATTENDANCE_COLUMNS) - 1
    sheet.merge_range(
        0,
        0,
        0,
        last,
        "Attendance list of an OSH training course"
        if lang == "en"
        else "DANH SÁCH HỌC VIÊN KHÓA HUẤN LUYỆN AN TOÀN, VỆ SINH LAO ĐỘNG",
        heading,
    )
    sheet.set_row(0, 24)
    licence = f"{provider.license_number}, {'class' if lang == 'en' else 'hạng'} {provider.org_class}"
    document = pick(DOCUMENT_LABELS[rule.document], lang)
    if rule.document != "log_book_entry":
        months = rule.validity_months
        document += f" ({months} {'months' if lang == 'en' else 'tháng'})" if months else ""
    block: list[tuple[tuple[str, str], Any]] = [
        (("Khóa huấn luyện", "Course"), course.title),
        ((COURSE_ID_LABEL.vi, COURSE_ID_LABEL.en), course.id),
        (("Tổ chức huấn luyện", "Training provider"), f"{provider.name} ({licence})"),
        (("Nhóm huấn luyện", "Trainee group"), group_label(course.trainee_group, lang)),
        (("Loại huấn luyện", "Kind"), pick(KIND_LABELS.get(course.kind, (course.kind, course.kind)), lang)),
        (("Thời gian", "Dates"), f"{_day(course.start_on)} - {_day(course.end_on)}"),
        (("Số giờ", "Hours"), course.hours),
        (("Địa điểm", "Place"), course.place),
        (("Giấy tờ cấp", "Document"), document),
    ]
    if enterprise:
        block.append((("Doanh nghiệp", "Enterprise"), enterprise))
    row = 1
    for labels, content in block:
        sheet.merge_range(row, 0, row, 1, pick(labels, lang), label)
        sheet.merge_range(row, 2, row, last, "", value)
        if isinstance(content, int):
            sheet.write_number(row, 2, content, value)
        else:
            sheet.write_string(row, 2, str(content), value)
        row += 1
    sheet.merge_range(row, 0, row, 1, "Guide" if lang == "en" else "Hướng dẫn", label)
    sheet.merge_range(row, 2, row, last, _guide(course, rule.document, enterprise, lang), value)
    sheet.set_row(row, 64)
    header_row = row + 2

    for index, column in enumerate(ATTENDANCE_COLUMNS):
        form = text if column.key in ("citizen_id", "tax_code", "document_number") else None
        sheet.set_column(index, index, column.width, day if column.key == "issued_on" else form)
        sheet.write_string(header_row, index, column.title(lang), required if column.required else header)
    sheet.freeze_panes(header_row + 1, 0)

    first, end = header_row + 1, header_row + TEMPLATE_ROWS
    position = {column.key: index for index, column in enumerate(ATTENDANCE_COLUMNS)}
    results = [pick(labels, lang) for labels in RESULT_LABELS.values()]
    checks: dict[str, dict[str, Any]] = {
        "result": {"validate": "list", "source": results},
        "birth_year": {"validate": "integer", "criteria": "between", "minimum": 1900, "maximum": 2100},
        "hours": {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": 1000},
        "citizen_id": {"validate": "length", "criteria": "==", "value": 12},
        "tax_code": {"validate": "length", "criteria": "between", "minimum": 10, "maximum": 14},
        "issued_on": {"validate": "date", "criteria": ">=", "value": course.start_on},
    }
    for key, check in checks.items():
        sheet.data_validation(first, position[key], end, position[key], {**check, "error_type": "warning"})
    book.close()
    return buffer.getvalue()


RECORD_EXPORT_COLUMNS = (
    Column("worker_name", "Họ và tên", "Full name", width=28),
    Column("birth_year", "Năm sinh", "Birth year", width=10),
    Column("enterprise_name", "Doanh nghiệp", "Enterprise", width=36),
    Column("trainee_group", "Nhóm huấn luyện", "Trainee group", width=10),
    Column("document_kind", "Loại giấy tờ", "Document", width=26),
    Column("document_number", "Số giấy chứng nhận/thẻ", "Document number", width=22),
    Column("provider_name", "Tổ chức huấn luyện", "Training provider", width=32),
    Column("issued_on", "Ngày cấp", "Issued on", width=12),
    Column("expires_on", "Ngày hết hạn", "Expires on", width=12),
    Column("refresher_due_on", "Hạn huấn luyện định kỳ", "Refresher due", width=14),
    Column("state", "Trạng thái", "State", width=14),
)


def _export_value(key: str, value: Any, lang: str) -> Any:
    if value is None:
        return None
    if key == "document_kind":
        return pick(DOCUMENT_LABELS.get(value, (value, value)), lang)
    if key == "state":
        return pick(STATE_LABELS.get(value, (value, value)), lang)
    return value


def records_workbook(rows: Iterable[Mapping[str, Any]], lang: str) -> bytes:
    """Training records as a table with one header row, dates as Excel dates; streamed to disk by xlsxwriter."""
    with tempfile.TemporaryFile() as handle:
        book = xlsxwriter.Workbook(
            handle, {"constant_memory": True, "in_memory": False, "tmpdir": tempfile.gettempdir()}
        )
        sheet = book.add_worksheet("Training records" if lang == "en" else "Huan luyen")
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
        day = book.add_format({"num_format": "dd/mm/yyyy"})
        for index, column in enumerate(RECORD_EXPORT_COLUMNS):
            sheet.set_column(index, index, column.width)
            sheet.write_string(0, index, column.title(lang), bold)
        sheet.freeze_panes(1, 0)
        row_number = 0
        for row_number, row in enumerate(rows, start=1):
            for index, column in enumerate(RECORD_EXPORT_COLUMNS):
                cell = _export_value(column.key, row.get(column.key), lang)
                if cell is None:
                    continue
                if isinstance(cell, date):
                    sheet.write_datetime(row_number, index, cell, day)
                elif isinstance(cell, int):
                    sheet.write_number(row_number, index, cell)
                else:
                    sheet.write_string(row_number, index, str(cell))
        sheet.autofilter(0, 0, max(row_number, 1), len(RECORD_EXPORT_COLUMNS) - 1)
        book.close()
        handle.seek(0)
        return handle.read()
