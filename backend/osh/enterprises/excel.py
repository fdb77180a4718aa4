"""Spreadsheet columns of the registry, shared by the export, the import template and the importer."""

import io
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import xlsxwriter

from osh.enterprises.schemas import LEGAL_FORM_LABELS, OWNERSHIP_LABELS, SIZE_LABELS, STATUS_LABELS


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    kind: str = "text"  # text | code | int | money | bool | date | choice
    required: bool = False
    width: int = 18
    labels: dict[str, tuple[str, str]] | None = None


IMPORT_COLUMNS = (
    Column("tax_code", "Mã số thuế", "Tax code", "code", True, 16),
    Column("name", "Tên doanh nghiệp/cơ sở", "Name", "text", True, 40),
    Column("legal_form", "Loại hình", "Legal form", "choice", True, 26, LEGAL_FORM_LABELS),
    Column("ownership", "Sở hữu", "Ownership", "choice", False, 20, OWNERSHIP_LABELS),
    Column("vsic_code", "Mã ngành VSIC", "VSIC code", "code", True, 12),
    Column("admin_unit_code", "Mã xã/phường", "Commune code", "code", True, 12),
    Column("address", "Địa chỉ", "Address", "text", True, 40),
    Column("zone_code", "Mã khu/cụm công nghiệp", "Industrial zone code", "code", False, 14),
    Column("employees_total", "Tổng số lao động", "Employees", "int", False, 12),
    Column("employees_female", "Lao động nữ", "Female employees", "int", False, 12),
    Column("employees_hazardous", "Lao động nặng nhọc, độc hại", "Employees in hazardous work", "int", False, 14),
    Column("annual_revenue_vnd", "Doanh thu năm (đồng)", "Annual revenue (VND)", "money", False, 18),
    Column("total_capital_vnd", "Tổng nguồn vốn (đồng)", "Total capital (VND)", "money", False, 18),
    Column("high_risk_override", "Nguy cơ cao (ghi đè)", "High risk (override)", "bool", False, 12),
    Column("high_risk_reason", "Lý do ghi đè", "Override reason", "text", False, 30),
    Column("osh_officer_name", "Cán bộ ATVSLĐ", "OSH officer", "text", False, 24),
    Column("osh_officer_phone", "Điện thoại cán bộ ATVSLĐ", "OSH officer phone", "code", False, 16),
    Column("osh_officer_email", "Email cán bộ ATVSLĐ", "OSH officer e-mail", "text", False, 24),
    Column("phone", "Điện thoại", "Phone", "code", False, 16),
    Column("email", "Email", "E-mail", "text", False, 24),
    Column("founded_on", "Ngày thành lập", "Founded on", "date", False, 14),
    Column("status", "Trạng thái", "Status", "choice", False, 16, STATUS_LABELS),
)

EXPORT_EXTRA = (
    Column("id", "Mã hệ thống", "Id", "int", width=10),
    Column("vsic_section", "Ngành cấp 1", "VSIC section", "code", width=8),
    Column("size_class", "Quy mô", "Size class", "choice", width=10, labels=SIZE_LABELS),
    Column("high_risk", "Nguy cơ cao", "High risk", "bool", width=10),
    Column("updated_at", "Cập nhật lúc", "Updated at", "text", width=22),
)


def _title(column: Column, lang: str) -> str:
    return column.en if lang == "en" else column.vi


def _cell(column: Column, value: Any, lang: str) -> Any:
    if value is None:
        return None
    if column.kind == "bool":
        return ("Yes" if value else "No") if lang == "en" else ("Có" if value else "Không")
    if isinstance(value, date):  # dates and datetimes alike
        return value.isoformat()
    return value


def write_workbook(rows: Iterable[Any], lang: str) -> bytes:
    """The export: every import column (so the file can be edited and imported back) and the derived ones.
    Choices are written as their codes, which the importer reads back; xlsxwriter streams rows to disk."""
    columns = IMPORT_COLUMNS + EXPORT_EXTRA
    with tempfile.TemporaryFile() as handle:
        book = xlsxwriter.Workbook(
            handle, {"constant_memory": True, "in_memory": False, "tmpdir": tempfile.gettempdir()}
        )
        sheet = book.add_worksheet("Doanh nghiep" if lang != "en" else "Enterprises")
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
        for index, column in enumerate(columns):
            sheet.set_column(index, index, column.width)
            sheet.write_string(0, index, _title(column, lang), bold)
        sheet.freeze_panes(1, 0)
        row_number = 0
        for row_number, row in enumerate(rows, start=1):
            for index, column in enumerate(columns):
                value = _cell(column, getattr(row, column.key), lang)
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_string(row_number, index, str(value))
                elif isinstance(value, (int, float)):
                    sheet.write_number(row_number, index, value)
                else:
                    sheet.write_string(row_number, index, str(value))
        sheet.autofilter(0, 0, max(row_number, 1), len(columns) - 1)
        book.close()
        handle.seek(0)
        return handle.read()


def template_workbook(communes: list[tuple[str, str]], zones: list[tuple[str, str]]) -> bytes:
    """The import template: the header row, a guide, and the code lists to pick from."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    text = book.add_format({"num_format": "@"})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    required = book.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True})
    sheet = book.add_worksheet("Doanh nghiep")
    for index, column in enumerate(IMPORT_COLUMNS):
        # Codes are text: a tax code or commune code typed as a number would lose its leading zeros.
        sheet.set_column(index, index, column.width, text if column.kind in ("code", "text") else None)
        sheet.write_string(0, index, column.vi, required if column.required else bold)
    sheet.freeze_panes(1, 0)

    guide = book.add_worksheet("Huong dan")
    guide.set_column(0, 0, 30)
    guide.set_column(1, 3, 60)
    guide.write_row(0, 0, ["Cột / Column", "Mô tả", "Description", "Bắt buộc / Required"], bold)
    for index, column in enumerate(IMPORT_COLUMNS, start=1):
        choices = ""
        if column.labels:
            choices = "; ".join(f"{code} = {vi}" for code, (vi, _) in column.labels.items())
        guide.write_row(
            index,
            0,
            [column.vi, choices or column.vi, f"{column.en} ({column.key})", "x" if column.required else ""],
        )
    note_row = len(IMPORT_COLUMNS) + 2
    guide.write_string(note_row, 0, "Ghi chú", bold)
    guide.write_string(
        note_row,
        1,
        "Mỗi dòng là một doanh nghiệp; nhập lại cùng mã số thuế sẽ cập nhật doanh nghiệp đó. "
        "Số không dùng dấu phân cách hàng nghìn. Ngày theo dạng YYYY-MM-DD hoặc DD/MM/YYYY.",
    )

    codes = book.add_worksheet("Danh muc")
    codes.write_row(0, 0, ["Mã xã/phường", "Tên xã/phường", "", "Mã KCN/CCN", "Tên KCN/CCN"], bold)
    codes.set_column(0, 0, 14)
    codes.set_column(1, 1, 36)
    codes.set_column(3, 3, 16)
    codes.set_column(4, 4, 40)
    for index, (code, name) in enumerate(communes, start=1):
        codes.write_string(index, 0, code)
        codes.write_string(index, 1, name)
    for index, (code, name) in enumerate(zones, start=1):
        codes.write_string(index, 3, code)
        codes.write_string(index, 4, name)
    book.close()
    return buffer.getvalue()
