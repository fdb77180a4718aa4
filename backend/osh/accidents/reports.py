"""The employer's report (Decree 39/2016 Annex XII) and the province's summary, as JSON and .xlsx.

Both count what the statistics count (see stats.py): occupational accidents of the period that the caller
can see. The employer's report takes the contract-sector accidents of one enterprise; the province's summary
takes all of them, split by sector. Money is in VND in the JSON and in thousand VND in the workbooks, as on
the form; a workbook's cost total is the sum of its rounded parts, so that the sheet adds up.
"""

import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.accidents import rules, stats
from osh.accidents.models import Accident, AccidentVictim
from osh.accidents.schemas import (
    EmployerReport,
    EmployerReportHeader,
    ProvinceReport,
    ProvinceReportRow,
    Rate,
    ReportFigures,
    ReportRow,
    SectorSplit,
)
from osh.accidents.stats import NOT_RECORDED, SECTOR_LABELS, Figures, Workforce, pick
from osh.areas.models import AdminUnit, IndustrialZone
from osh.auth.principal import Principal
from osh.auth.scope import CommunesScope, EnterpriseScope, ZonesScope
from osh.core.errors import field_error
from osh.enterprises.models import Enterprise
from osh.enterprises.schemas import LEGAL_FORM_LABELS, OWNERSHIP_LABELS
from osh.reference import service as reference

FIRST_YEAR, LAST_YEAR = 2000, 2100


def period_bounds(period: str) -> tuple[date, date]:
    """'2025' or '2025-H1' to its first and last day; a year out of range is refused as the period's error."""
    try:
        first, last = rules.period_bounds(period)
    except ValueError:
        raise field_error("period", "field_invalid") from None
    if not FIRST_YEAR <= first.year <= LAST_YEAR:
        raise field_error("period", "field_invalid")
    return first, last


def period_label(period: str, lang: str) -> str:
    year, _, half = period.partition("-")
    if half == "H1":
        return f"First half of {year}" if lang == "en" else f"6 tháng đầu năm {year}"
    if half == "H2":
        return f"Second half of {year}" if lang == "en" else f"6 tháng cuối năm {year}"
    return f"Year {year}" if lang == "en" else f"Năm {year}"


def report_figures(figures: Figures) -> ReportFigures:
    return ReportFigures.model_validate({**asdict(figures), "cost_vnd": figures.cost_vnd})


# --- the lines of the table --------------------------------------------------------------------------------

CAUSE_GROUPS = (
    ("a", "employer", ("Do người sử dụng lao động", "Caused by the employer")),
    ("b", "worker", ("Do người lao động", "Caused by the worker")),
    ("c", "objective", ("Khách quan khó tránh, nguyên nhân chưa kể đến", "Objective, or not listed elsewhere")),
)
HEADINGS = {
    "cause": ("1.1", ("Phân theo nguyên nhân xảy ra tai nạn lao động", "By cause")),
    "injury_factor": ("1.2", ("Phân theo yếu tố gây chấn thương", "By injury factor")),
    "occupation": ("1.3", ("Phân theo nghề nghiệp của người bị nạn", "By the victims' occupation")),
    "commune": ("1.4", ("Phân theo xã, phường nơi xảy ra tai nạn", "By commune where the accident happened")),
}
LINE_ACCIDENTS = ("Tai nạn lao động", "Occupational accidents")
LINE_TOTAL = ("Tổng số", "Total")


@dataclass(frozen=True)
class Line:
    """A line of the table; `key` finds its figures, headings have none."""

    section: str
    number: str | None
    code: str | None
    label: str
    level: int
    key: str | None = None
    heading: bool = False


def _heading(section: str, lang: str) -> Line:
    number, label = HEADINGS[section]
    return Line(section, number, None, pick(label, lang), 1, heading=True)


def _left_over(section: str, present: Iterable[str | None], listed: set[str], lang: str) -> list[Line]:
    """Codes found in the data but not in the list, then the figures without a code."""
    codes = sorted(code for code in present if code is not None and code not in listed)
    lines = [Line(section, None, code, code, 2, key=code) for code in codes]
    if None in present:
        lines.append(Line(section, None, None, pick(NOT_RECORDED, lang), 2, key=None))
    return lines


def cause_lines(present: set[str | None], lang: str) -> list[Line]:
    """Every cause code, under the form's three groups."""
    items = reference.load("accident_causes")["items"]
    lines = [_heading("cause", lang)]
    for letter, group, label in CAUSE_GROUPS:
        lines.append(Line("cause", letter, None, pick(label, lang), 2, heading=True))
        for item in items:
            if item["group"] == group:
                code = str(item["code"])
                lines.append(Line("cause", None, code, reference.label("accident_causes", code, lang), 3, key=code))
    return lines + _left_over("cause", present, {str(item["code"]) for item in items}, lang)


def factor_lines(present: set[str | None], lang: str) -> list[Line]:
    """Every injury factor code, sub-codes indented under theirs."""
    items = reference.load("injury_factors")["items"]
    lines = [_heading("injury_factor", lang)]
    for item in items:
        code = str(item["code"])
        level = 2 if item["parent"] is None else 3
        lines.append(Line("injury_factor", None, code, reference.label("injury_factors", code, lang), level, key=code))
    return lines + _left_over("injury_factor", present, {str(item["code"]) for item in items}, lang)


def occupation_lines(present: set[str | None], lang: str) -> list[Line]:
    """The occupations of the victims, in the list's order."""
    items = reference.load("occupations_vsco")["items"]
    lines = [_heading("occupation", lang)]
    for item in items:
        code = str(item["code"])
        if code in present:
            lines.append(Line("occupation", None, code, reference.label("occupations_vsco", code, lang), 2, key=code))
    return lines + _left_over("occupation", present, {str(item["code"]) for item in items}, lang)


def commune_lines(names: dict[str, str], lang: str) -> list[Line]:
    lines = [_heading("commune", lang)]
    for code in sorted(names):
        lines.append(Line("commune", None, code, names[code], 2, key=code))
    return lines


def rolled_up(by_factor: dict[str | None, Figures]) -> dict[str | None, Figures]:
    """A factor's line counts its sub-factors too (3 holds 3.1 and 3.2): each accident has one factor, so
    the sums do not overlap."""
    parents = {str(item["code"]): item["parent"] for item in reference.load("injury_factors")["items"]}
    result = dict(by_factor)
    for code, figures in by_factor.items():
        parent = parents.get(code) if code is not None else None
        if parent is not None:
            result[parent] = result.get(parent, Figures()) + figures
    return result


def _one_key(grouped: dict[stats.Key, Figures]) -> dict[str | None, Figures]:
    return {key[0]: figures for key, figures in grouped.items()}


# --- queries -------------------------------------------------------------------------------------------------


async def _units(session: AsyncSession, codes: set[str]) -> dict[str, AdminUnit]:
    if not codes:
        return {}
    return {unit.code: unit for unit in await session.scalars(select(AdminUnit).where(AdminUnit.code.in_(codes)))}


async def employer_report(
    session: AsyncSession, principal: Principal, enterprise: Enterprise, period: str, lang: str
) -> EmployerReport:
    """Annex XII for one enterprise the caller may see: its contract-sector accidents in the period."""
    date_from, date_to = period_bounds(period)
    accidents = stats.accidents_in(principal, date_from, date_to).where(
        Accident.enterprise_id == enterprise.id, Accident.sector == "contract"
    )
    by_cause = _one_key(await stats.figures_by(session, accidents, (Accident.cause_code,)))
    by_factor = rolled_up(_one_key(await stats.figures_by(session, accidents, (Accident.injury_factor_code,))))
    by_occupation = _one_key(await stats.figures_by(session, accidents, (), AccidentVictim.occupation_code))
    total = (await stats.figures_by(session, accidents)).get((), Figures())
    figures = {"cause": by_cause, "injury_factor": by_factor, "occupation": by_occupation}
    lines = (
        cause_lines(set(by_cause), lang)
        + factor_lines(set(by_factor), lang)
        + occupation_lines(set(by_occupation), lang)
    )
    rows = [
        ReportRow(
            section=line.section,
            number=line.number,
            code=line.code,
            label=line.label,
            level=line.level,
            figures=None if line.heading else report_figures(figures[line.section].get(line.key, Figures())),
        )
        for line in lines
    ]

    commune = await session.get(AdminUnit, enterprise.admin_unit_code)
    province = await session.get(AdminUnit, commune.parent_code) if commune and commune.parent_code else None
    section = enterprise.vsic_section
    header = EmployerReportHeader(
        enterprise_id=enterprise.id,
        reporting_unit=enterprise.name,
        tax_code=enterprise.tax_code,
        address=enterprise.address,
        admin_unit_code=enterprise.admin_unit_code,
        commune=commune.name if commune else enterprise.admin_unit_code,
        province=province.name if province else "",
        legal_form=enterprise.legal_form,
        legal_form_label=pick(LEGAL_FORM_LABELS.get(enterprise.legal_form, NOT_RECORDED), lang),
        ownership=enterprise.ownership,
        ownership_label=pick(OWNERSHIP_LABELS.get(enterprise.ownership, NOT_RECORDED), lang),
        vsic_code=enterprise.vsic_code,
        main_industry=f"{section} - {reference.label('vsic_sections', section, lang)}",
        employees_total=enterprise.employees_total,
        employees_female=enterprise.employees_female,
    )
    return EmployerReport(
        period=period,
        period_label=period_label(period, lang),
        date_from=date_from,
        date_to=date_to,
        header=header,
        rows=rows,
        total=report_figures(total),
    )


SectorFigures = dict[str | None, dict[str, Figures]]


def _by_sector(grouped: dict[stats.Key, Figures]) -> SectorFigures:
    """{(sector, code): figures} to {code: {sector: figures}}."""
    result: SectorFigures = {}
    for (sector, code), figures in grouped.items():
        result.setdefault(code, {})[sector] = figures
    return result


def sector_split(by_sector: dict[str, Figures]) -> SectorSplit:
    contract = by_sector.get("contract", Figures())
    non_contract = by_sector.get("non_contract", Figures())
    return SectorSplit(
        contract=report_figures(contract),
        non_contract=report_figures(non_contract),
        total=report_figures(contract + non_contract),
    )


async def scope_label(session: AsyncSession, principal: Principal, lang: str) -> str:
    """What a report covers, in words: the province, or the caller's communes, zones or enterprise."""
    scope = principal.scope
    if isinstance(scope, CommunesScope):
        units = await _units(session, set(scope.codes))
        return ", ".join(units[code].name if code in units else code for code in scope.codes)
    if isinstance(scope, ZonesScope):
        rows = await session.execute(
            select(IndustrialZone.code, IndustrialZone.name).where(IndustrialZone.code.in_(scope.codes))
        )
        names = {row.code: row.name for row in rows}
        return ", ".join(names.get(code, code) for code in scope.codes)
    if isinstance(scope, EnterpriseScope):
        name = await session.scalar(select(Enterprise.name).where(Enterprise.id == scope.enterprise_id))
        return name or str(scope.enterprise_id)
    return pick(("Toàn tỉnh", "The whole province"), lang)


async def province_report(
    session: AsyncSession, principal: Principal, period: str, lang: str, province_code: str
) -> ProvinceReport:
    """The same lines for every accident the caller can see, each split by sector; K on commune lines."""
    date_from, date_to = period_bounds(period)
    accidents = stats.accidents_in(principal, date_from, date_to)
    sector = Accident.sector
    by_cause = _by_sector(await stats.figures_by(session, accidents, (sector, Accident.cause_code)))
    by_factor_raw = _by_sector(await stats.figures_by(session, accidents, (sector, Accident.injury_factor_code)))
    by_occupation = _by_sector(await stats.figures_by(session, accidents, (sector,), AccidentVictim.occupation_code))
    by_commune = _by_sector(await stats.figures_by(session, accidents, (sector, Accident.admin_unit_code)))
    total = {key[0]: figures for key, figures in (await stats.figures_by(session, accidents, (sector,))).items()}
    by_factor: SectorFigures = {}
    for name in stats.SECTOR_ORDER:
        flat = {code: split[name] for code, split in by_factor_raw.items() if name in split}
        for code, figures in rolled_up(flat).items():
            by_factor.setdefault(code, {})[name] = figures

    total_workforce = (await stats.workforce_by(session, principal, accidents)).get((), Workforce())
    workforce = {
        key[0]: value
        for key, value in (await stats.workforce_by(session, principal, accidents, Enterprise.admin_unit_code)).items()
    }
    communes = {code for code in by_commune if code is not None}
    communes |= {code for code, value in workforce.items() if value.victims and code is not None}
    units = await _units(session, communes | {province_code})

    by_section = {"cause": by_cause, "injury_factor": by_factor, "occupation": by_occupation, "commune": by_commune}
    lines = (
        cause_lines(set(by_cause), lang)
        + factor_lines(set(by_factor), lang)
        + occupation_lines(set(by_occupation), lang)
        + commune_lines({code: units[code].name if code in units else code for code in communes}, lang)
    )
    rows = []
    for line in lines:
        k: tuple[Rate | None, Rate | None] = (None, None)
        if line.section == "commune" and not line.heading:
            k = workforce.get(line.key, Workforce()).rates()
        rows.append(
            ProvinceReportRow(
                section=line.section,
                number=line.number,
                code=line.code,
                label=line.label,
                level=line.level,
                figures=None if line.heading else sector_split(by_section[line.section].get(line.key, {})),
                k=k[0],
                k_fatal=k[1],
            )
        )
    k_total, k_fatal_total = total_workforce.rates()
    return ProvinceReport(
        period=period,
        period_label=period_label(period, lang),
        date_from=date_from,
        date_to=date_to,
        province_code=province_code,
        province=units[province_code].name if province_code in units else province_code,
        scope=await scope_label(session, principal, lang),
        rows=rows,
        total=sector_split(total),
        k=k_total,
        k_fatal=k_fatal_total,
    )


# --- workbooks -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A column heading; one with children spans theirs and sits above them (merged cells)."""

    vi: str
    en: str
    children: tuple["Head", ...] = ()
    width: float = 11

    def leaves(self) -> int:
        return sum(child.leaves() for child in self.children) or 1

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children), default=0)


def _split_heads(total: tuple[str, str]) -> tuple[Head, Head]:
    return Head(*total), Head("Nạn nhân không thuộc quyền quản lý", "Not under the employer's management")


COLUMN_LABEL = Head("Tên chỉ tiêu thống kê", "Item", width=46)
COLUMN_CODE = Head("Mã số", "Code", width=8)
COLUMN_ACCIDENTS = Head(
    "Số vụ tai nạn lao động",
    "Accidents",
    (
        Head("Tổng số", "Total"),
        Head("Số vụ có người chết", "With deaths"),
        Head("Số vụ có từ 2 người bị nạn trở lên", "With 2 or more victims"),
    ),
)
COLUMN_DAYS_OFF = Head(
    "Tổng số ngày nghỉ vì tai nạn lao động (kể cả ngày nghỉ chế độ)", "Days off because of the accidents", width=13
)
COLUMN_PROPERTY = Head("Thiệt hại tài sản (1.000 đồng)", "Property damage (thousand VND)", width=13)
COST_PARTS = (
    Head("Y tế", "Medical care", width=12),
    Head("Trả lương trong thời gian điều trị", "Wages during treatment", width=12),
    Head("Bồi thường, trợ cấp", "Compensation, allowance", width=12),
)

EMPLOYER_COLUMNS = (
    COLUMN_LABEL,
    COLUMN_CODE,
    COLUMN_ACCIDENTS,
    Head(
        "Số người bị nạn",
        "Victims",
        (
            Head("Tổng số", "Total", _split_heads(("Tổng số", "Total"))),
            Head("Số lao động nữ", "Female", _split_heads(("Tổng số", "Total"))),
            Head("Số người chết", "Deaths", _split_heads(("Tổng số", "Total"))),
            Head("Số người bị thương nặng", "Seriously injured", _split_heads(("Tổng số", "Total"))),
        ),
    ),
    COLUMN_DAYS_OFF,
    Head(
        "Chi phí tính bằng tiền (1.000 đồng)",
        "Costs (thousand VND)",
        (
            Head("Tổng số", "Total", width=12),
            Head("Trong đó, khoản chi cụ thể của cơ sở", "Of which the employer's spending on", COST_PARTS),
        ),
    ),
    COLUMN_PROPERTY,
)

PROVINCE_FIGURE_COLUMNS = (
    COLUMN_LABEL,
    COLUMN_CODE,
    COLUMN_ACCIDENTS,
    Head(
        "Số người bị nạn",
        "Victims",
        (
            Head("Tổng số", "Total"),
            Head("Số lao động nữ", "Female"),
            Head("Số người chết", "Deaths"),
            Head("Số người bị thương nặng", "Seriously injured"),
        ),
    ),
    COLUMN_DAYS_OFF,
    Head("Chi phí tính bằng tiền (1.000 đồng)", "Costs (thousand VND)", (Head("Tổng số", "Total"), *COST_PARTS)),
    COLUMN_PROPERTY,
)
COLUMN_RATES = Head(
    "Tần suất tai nạn lao động (khu vực có quan hệ lao động)",
    "Frequency rates (workers with a labour contract)",
    (
        Head("Số lao động", "Workers", width=12),
        Head("Số người bị nạn", "Victims"),
        Head("K (trên 1.000 lao động)", "K (per 1,000 workers)"),
        Head("Số người chết", "Deaths"),
        Head("K chết (trên 1.000 lao động)", "K-fatal (per 1,000 workers)"),
    ),
)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
MONEY_NOTE = ("Tiền: nghìn đồng (1.000 đồng); ngày nghỉ: ngày", "Money: thousand VND; days off: days")
NATION = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
MOTTO = ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
TITLE = ("BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG", "OCCUPATIONAL ACCIDENT REPORT")
TITLE_PROVINCE = ("BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG TRÊN ĐỊA BÀN", "OCCUPATIONAL ACCIDENTS SUMMARY")


def thousand(vnd: int) -> int:
    return (vnd + 500) // 1000


def _cost_cells(figures: ReportFigures) -> list[int]:
    parts = [thousand(figures.medical_cost_vnd), thousand(figures.wages_during_treatment_vnd)]
    parts.append(thousand(figures.compensation_vnd))
    return [sum(parts), *parts]


def employer_cells(figures: ReportFigures) -> list[Any]:
    return [
        figures.accidents,
        figures.fatal_accidents,
        figures.multi_victim_accidents,
        figures.victims,
        figures.victims_not_managed,
        figures.female_victims,
        figures.female_victims_not_managed,
        figures.deaths,
        figures.deaths_not_managed,
        figures.serious_injuries,
        figures.serious_injuries_not_managed,
        figures.days_off,
        *_cost_cells(figures),
        thousand(figures.property_damage_vnd),
    ]


def province_cells(figures: ReportFigures, k: Rate | None, k_fatal: Rate | None, rates: bool) -> list[Any]:
    cells: list[Any] = [
        figures.accidents,
        figures.fatal_accidents,
        figures.multi_victim_accidents,
        figures.victims,
        figures.female_victims,
        figures.deaths,
        figures.serious_injuries,
        figures.days_off,
        *_cost_cells(figures),
        thousand(figures.property_damage_vnd),
    ]
    if rates:
        if k is None or k_fatal is None:
            cells += [None] * 5
        else:
            cells += [k.denominator, k.numerator, k.value, k_fatal.numerator, k_fatal.value]
    return cells


class SheetWriter:
    """Writes a form: a title block, header fields, a table with a merged multi-level heading, signatures."""

    def __init__(self, sheet: Worksheet, columns: tuple[Head, ...], lang: str) -> None:
        self.sheet = sheet
        self.columns = columns
        self.lang = lang
        self.width = sum(column.leaves() for column in columns)
        self.row = 1

    def text(self, labels: tuple[str, str]) -> str:
        return pick(labels, self.lang)

    def merged(
        self, row: int, first: int, last: int, value: Any, font: Font | None = None, align: str = "left"
    ) -> None:
        cell = self.sheet.cell(row=row, column=first, value=value)
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if font is not None:
            cell.font = font

    def title_block(self, unit: str, annex: str | None, title: tuple[str, str], subtitle: str) -> None:
        half = self.width // 2
        self.merged(1, 1, half - 1, unit.upper(), BOLD, "center")
        self.merged(1, half, self.width, self.text(NATION), BOLD, "center")
        self.merged(2, half, self.width, self.text(MOTTO), Font(bold=True, underline="single"), "center")
        if annex:
            self.merged(3, half, self.width, annex, Font(italic=True), "center")
        self.merged(5, 1, self.width, self.text(title), Font(bold=True, size=14), "center")
        self.merged(6, 1, self.width, subtitle, Font(bold=True), "center")
        self.row = 8

    def fields(self, items: list[tuple[tuple[str, str], Any]]) -> None:
        for label, value in items:
            self.sheet.cell(row=self.row, column=1, value=self.text(label)).font = BOLD
            self.merged(self.row, 2, self.width, value)
            self.row += 1
        self.row += 1

    def table_heading(self) -> None:
        top = self.row
        depth = max(column.depth() for column in self.columns)
        for row in range(top, top + depth + 1):
            for column in range(1, self.width + 1):
                cell = self.sheet.cell(row=row, column=column)
                cell.border, cell.fill, cell.font, cell.alignment = BOX, HEADER_FILL, BOLD, CENTER

        def place(head: Head, row: int, column: int) -> None:
            self.sheet.cell(row=row, column=column, value=self.text((head.vi, head.en)))
            if head.children:
                if head.leaves() > 1:
                    self.sheet.merge_cells(
                        start_row=row, start_column=column, end_row=row, end_column=column + head.leaves() - 1
                    )
                for child in head.children:
                    place(child, row + 1, column)
                    column += child.leaves()
                return
            self.sheet.column_dimensions[get_column_letter(column)].width = head.width
            if row < top + depth - 1:
                self.sheet.merge_cells(start_row=row, start_column=column, end_row=top + depth - 1, end_column=column)

        column = 1
        for head in self.columns:
            place(head, top, column)
            column += head.leaves()
        # The form numbers its columns under the heading: A, B, then 1, 2, 3...
        for index in range(1, self.width + 1):
            self.sheet.cell(row=top + depth, column=index, value="AB"[index - 1] if index <= 2 else index - 2)
        self.row = top + depth + 1
        self.sheet.freeze_panes = self.sheet.cell(row=self.row, column=3)

    def line(self, label: str, code: str | None, level: int, cells: list[Any] | None, bold: bool = False) -> None:
        font = BOLD if bold or cells is None else None
        values: list[Any] = [label, code, *(cells or [None] * (self.width - 2))]
        for index, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=self.row, column=index, value=value)
            cell.border = BOX
            if font is not None:
                cell.font = font
            if index == 1:
                cell.alignment = Alignment(indent=level, vertical="center", wrap_text=True)
            elif index == 2:
                cell.alignment = Alignment(horizontal="center", vertical="center")
            elif isinstance(value, float):
                cell.number_format = "0.00"
            else:
                cell.number_format = "#,##0"
        self.row += 1

    def signatures(self, left: tuple[str, str], right: tuple[str, str]) -> None:
        row = self.row + 1
        half = self.width // 2
        self.merged(row, 1, half - 1, self.text(left), BOLD, "center")
        self.merged(row, half, self.width, self.text(right), BOLD, "center")
        note = ("(Ký, ghi rõ họ tên)", "(Signature, full name)")
        self.merged(row + 1, 1, half - 1, self.text(note), Font(italic=True), "center")
        self.merged(row + 1, half, self.width, self.text(note), Font(italic=True), "center")
        self.row = row + 2

    def landscape(self) -> None:
        self.sheet.page_setup.orientation = "landscape"
        self.sheet.page_setup.fitToWidth = 1
        self.sheet.page_setup.fitToHeight = 0
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _dates(report: EmployerReport | ProvinceReport, lang: str) -> str:
    first, last = report.date_from.strftime("%d/%m/%Y"), report.date_to.strftime("%d/%m/%Y")
    return (
        f"{report.period_label} ({first} - {last})"
        if lang == "en"
        else f"{report.period_label} (từ {first} đến {last})"
    )


def employer_workbook(report: EmployerReport, lang: str) -> bytes:
    """The report laid out like the Annex XII form, in one sheet."""
    header = report.header
    book = Workbook()
    sheet = book.active
    sheet.title = "Bao cao TNLD" if lang != "en" else "Accident report"
    writer = SheetWriter(sheet, EMPLOYER_COLUMNS, lang)
    annex = "Annex XII, Decree 39/2016/ND-CP" if lang == "en" else "Phụ lục XII - Nghị định số 39/2016/NĐ-CP"
    writer.title_block(header.reporting_unit, annex, TITLE, _dates(report, lang))
    writer.fields(
        [
            (("Tên cơ sở báo cáo", "Reporting unit"), header.reporting_unit),
            (("Mã số thuế", "Tax code"), header.tax_code),
            (("Địa chỉ", "Address"), header.address),
            (("Xã, phường", "Commune"), f"{header.commune} ({header.admin_unit_code})"),
            (("Tỉnh, thành phố", "Province"), header.province),
            (("Loại hình cơ sở", "Legal form"), header.legal_form_label),
            (("Loại hình sở hữu", "Ownership"), header.ownership_label),
            (
                ("Ngành nghề sản xuất, kinh doanh chính", "Main industry"),
                f"{header.vsic_code} ({header.main_industry})",
            ),
            (("Tổng số lao động", "Workers"), header.employees_total),
            (("Trong đó lao động nữ", "Of whom women"), header.employees_female),
            (("Kỳ báo cáo", "Period"), report.period_label),
            (("Đơn vị tính", "Units"), writer.text(MONEY_NOTE)),
        ]
    )
    writer.table_heading()
    writer.line(f"1. {writer.text(LINE_ACCIDENTS)}", None, 0, employer_cells(report.total), bold=True)
    for row in report.rows:
        label = f"{row.number}. {row.label}" if row.number else f"- {row.label}"
        writer.line(label, row.code, row.level, None if row.figures is None else employer_cells(row.figures))
    writer.line(writer.text(LINE_TOTAL), None, 0, employer_cells(report.total), bold=True)
    writer.signatures(
        ("Người lập báo cáo", "Prepared by"), ("Người đại diện theo pháp luật của cơ sở", "Legal representative")
    )
    writer.landscape()
    return _bytes(book)


PROVINCE_SHEETS = (
    ("total", ("Tong hop", "All"), ("Tất cả các khu vực", "All sectors")),
    ("contract", ("Co HDLD", "Contract"), SECTOR_LABELS["contract"]),
    ("non_contract", ("Khong HDLD", "Non-contract"), SECTOR_LABELS["non_contract"]),
)


def province_workbook(report: ProvinceReport, lang: str) -> bytes:
    """The summary in three sheets laid out alike: all sectors, the contract sector (with K), and workers
    without a labour contract."""
    book = Workbook()
    book.remove(book.active)
    for sector, names, subtitle in PROVINCE_SHEETS:
        _province_sheet(book.create_sheet(pick(names, lang)), report, sector, pick(subtitle, lang), lang)
    return _bytes(book)


def _province_sheet(sheet: Worksheet, report: ProvinceReport, sector: str, subtitle: str, lang: str) -> None:
    rates = sector != "non_contract"
    writer = SheetWriter(sheet, PROVINCE_FIGURE_COLUMNS + ((COLUMN_RATES,) if rates else ()), lang)
    writer.title_block(report.province, None, TITLE_PROVINCE, _dates(report, lang))
    writer.fields(
        [
            (("Tỉnh, thành phố", "Province"), f"{report.province} ({report.province_code})"),
            (("Phạm vi số liệu", "Covering"), report.scope),
            (("Khu vực", "Sector"), subtitle),
            (("Kỳ báo cáo", "Period"), report.period_label),
            (("Đơn vị tính", "Units"), writer.text(MONEY_NOTE)),
        ]
    )
    writer.table_heading()

    def cells(split: SectorSplit, k: Rate | None = None, k_fatal: Rate | None = None) -> list[Any]:
        return province_cells(getattr(split, sector), k, k_fatal, rates)

    total_k = (report.k, report.k_fatal)
    writer.line(f"1. {writer.text(LINE_ACCIDENTS)}", None, 0, cells(report.total, *total_k), bold=True)
    if sector == "total":
        # The share of each sector, as on the form's lines by type of establishment.
        for name in stats.SECTOR_ORDER:
            k, k_fatal = total_k if name == "contract" else (None, None)
            figures = getattr(report.total, name)
            writer.line(f"- {pick(SECTOR_LABELS[name], lang)}", None, 1, province_cells(figures, k, k_fatal, rates))
    for row in report.rows:
        label = f"{row.number}. {row.label}" if row.number else f"- {row.label}"
        writer.line(label, row.code, row.level, None if row.figures is None else cells(row.figures, row.k, row.k_fatal))
    writer.line(writer.text(LINE_TOTAL), None, 0, cells(report.total, *total_k), bold=True)
    writer.signatures(("Người lập biểu", "Prepared by"), ("Thủ trưởng cơ quan", "Head of the agency"))
    writer.landscape()
