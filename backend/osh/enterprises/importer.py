"""Spreadsheet import: every row checked, every bad row reported with its row, column and reason; a file
with errors writes nothing unless asked to skip the bad rows. Rows upsert by tax code, so importing the
same file twice changes nothing the second time."""

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from python_calamine import CalamineWorkbook
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit import service as audit
from osh.auth.principal import Principal
from osh.core.errors import ApiError, validation_errors
from osh.core.i18n import translate
from osh.core.text import fold
from osh.enterprises import service
from osh.enterprises.excel import IMPORT_COLUMNS, Column
from osh.enterprises.models import PLACES, Enterprise
from osh.enterprises.schemas import NOT_NULL_FIELDS, EnterpriseCreate, ImportReport, ImportRowError

ZIP_MAGIC = b"PK\x03\x04"
_TRUE = {"true", "1", "co", "x", "yes", "y", "dung"}
_FALSE = {"false", "0", "khong", "no", "n", "sai"}


@dataclass
class RowResult:
    row: int
    values: dict[str, Any] | None
    errors: list[ImportRowError] = field(default_factory=list)


class CellError(ValueError):
    pass


def _header_index(header: list[Any]) -> dict[str, int]:
    """Match header cells to columns by key, Vietnamese or English title, ignoring case and diacritics."""
    names: dict[str, str] = {}
    for column in IMPORT_COLUMNS:
        for alias in (column.key, column.vi, column.en):
            names[fold(alias)] = column.key
    index: dict[str, int] = {}
    for position, cell in enumerate(header):
        text = fold(str(cell)) if cell is not None else ""
        match = re.search(r"\(([a-z_]+)\)\s*$", text)
        key = names.get(text) or (names.get(match.group(1)) if match else None)
        if key and key not in index:
            index[key] = position
    return index


def _number(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError("field_not_int")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError("field_not_int")
        return int(value)
    text = str(value).strip().replace(" ", "")
    # "1.234" or "1,234" could mean a thousand or one point two: refuse rather than guess.
    if not re.fullmatch(r"-?\d+", text):
        raise CellError("field_not_int")
    return int(text)


def _convert(column: Column, value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = column.kind
    if kind in ("int", "money"):
        return _number(value)
    if kind == "code":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).strip()
        if column.key == "tax_code" and re.fullmatch(r"\d{9}", text):
            text = "0" + text  # typed as a number, Excel dropped the leading zero
        if column.key == "admin_unit_code" and re.fullmatch(r"\d{1,5}", text):
            text = text.zfill(5)
        return text
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = fold(str(value))
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise CellError("field_not_bool")
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value).strip()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise CellError("field_date")
    if kind == "choice" and column.labels:
        text = fold(str(value))
        for code, (vi, en) in column.labels.items():
            if text in (code, fold(vi), fold(en)):
                return code
        return str(value).strip()  # left to validation, which names the allowed values
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_rows(content: bytes, max_rows: int, lang: str) -> tuple[dict[str, int], list[RowResult]]:
    if not content.startswith(ZIP_MAGIC):
        raise ApiError(415, "unsupported_media", detail_code="unsupported_media_detail")
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        sheet = book.get_sheet_by_index(0)
        data = sheet.to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - calamine raises several kinds for a damaged file
        raise ApiError(415, "unsupported_media", detail_code="import_file_invalid") from None
    if not data:
        raise ApiError(422, "validation_error", detail_code="import_empty")
    header = _header_index(list(data[0]))
    missing = [c.vi for c in IMPORT_COLUMNS if c.required and c.key not in header]
    if missing:
        raise ApiError(422, "validation_error", detail_code="import_bad_header", params={"columns": ", ".join(missing)})
    body = data[1:]
    while body and all(cell is None or str(cell).strip() == "" for cell in body[-1]):
        body.pop()
    if len(body) > max_rows:
        raise ApiError(413, "too_large", detail_code="import_too_many_rows", params={"limit": max_rows})
    titles = {c.key: c.vi if lang != "en" else c.en for c in IMPORT_COLUMNS}
    results = []
    for offset, cells in enumerate(body):
        row_number = offset + 2
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue
        values: dict[str, Any] = {}
        errors: list[ImportRowError] = []
        for column in IMPORT_COLUMNS:
            position = header.get(column.key)
            if position is None:
                continue
            raw = cells[position] if position < len(cells) else None
            try:
                converted = _convert(column, raw)
            except CellError as exc:
                errors.append(_error(row_number, column.key, titles, str(exc), lang))
                continue
            if converted is not None:
                values[column.key] = converted
        results.append(RowResult(row_number, values, errors))
    if not results:
        raise ApiError(422, "validation_error", detail_code="import_empty")
    return header, results


def _error(
    row: int, key: str | None, titles: dict[str, str], code: str, lang: str, message: str | None = None
) -> ImportRowError:
    return ImportRowError(
        row=row,
        column=titles.get(key) if key else None,
        field=key,
        message=message or translate(code, lang),
        code=code,
    )


async def run(
    session: AsyncSession,
    principal: Principal,
    province_code: str,
    content: bytes,
    *,
    dry_run: bool,
    skip_invalid: bool,
    max_rows: int,
    lang: str,
) -> ImportReport:
    """Checks every row, then writes in the caller's transaction (the router commits or rolls back)."""
    header, rows = read_rows(content, max_rows, lang)
    titles = {c.key: c.vi if lang != "en" else c.en for c in IMPORT_COLUMNS}
    communes = set(
        await session.scalars(
            select(AdminUnit.code).where(AdminUnit.level == "commune", AdminUnit.parent_code == province_code)
        )
    )
    zones = set(await session.scalars(select(IndustrialZone.code)))
    tax_codes = [r.values["tax_code"] for r in rows if r.values and isinstance(r.values.get("tax_code"), str)]
    existing: dict[str, Enterprise] = {}
    for start in range(0, len(tax_codes), 500):
        chunk = tax_codes[start : start + 500]
        for enterprise in await session.scalars(select(Enterprise).where(Enterprise.tax_code.in_(chunk))):
            existing[enterprise.tax_code] = enterprise
    visible_ids: set[int] = set()
    if existing:
        ids = [e.id for e in existing.values()]
        for start in range(0, len(ids), 500):
            stmt = gate.scoped(select(Enterprise.id), principal, PLACES).where(
                Enterprise.id.in_(ids[start : start + 500])
            )
            visible_ids.update(await session.scalars(stmt))

    seen: dict[str, int] = {}
    planned: list[tuple[RowResult, Enterprise | None, dict[str, Any]]] = []
    for result in rows:
        values = result.values or {}
        try:
            model = EnterpriseCreate.model_validate(values)
        except ValidationError as exc:
            for err in validation_errors(list(exc.errors()), lang):
                key = err["field"].split(".")[0]
                result.errors.append(
                    ImportRowError(
                        row=result.row,
                        column=titles.get(key),
                        field=key if key in titles else None,
                        message=err["message"],
                        code=err["code"],
                    )
                )
            continue
        if result.errors:
            continue
        clean = model.model_dump(include=set(header) | {"tax_code"}, exclude_unset=False)
        clean = {k: v for k, v in clean.items() if k in header}
        tax_code = clean["tax_code"]
        if tax_code in seen:
            result.errors.append(
                _error(
                    result.row,
                    "tax_code",
                    titles,
                    "import_duplicate_in_file",
                    lang,
                    translate("import_duplicate_in_file", lang, row=seen[tax_code]),
                )
            )
            continue
        seen[tax_code] = result.row
        for field_name, code in service.check_record({**model.model_dump(), **clean}):
            result.errors.append(_error(result.row, field_name, titles, code, lang))
        if clean.get("admin_unit_code") not in communes:
            result.errors.append(_error(result.row, "admin_unit_code", titles, "admin_unit_unknown", lang))
        if clean.get("zone_code") is not None and clean["zone_code"] not in zones:
            result.errors.append(_error(result.row, "zone_code", titles, "zone_unknown", lang))
        current = existing.get(tax_code)
        if current is not None and current.id not in visible_ids:
            result.errors.append(_error(result.row, "tax_code", titles, "import_not_allowed", lang))
        elif current is None and not principal.can("enterprises:create"):
            result.errors.append(_error(result.row, None, titles, "forbidden_detail", lang))
        elif not gate.allows_place(
            principal, clean["admin_unit_code"], clean.get("zone_code"), current.id if current else None
        ):
            field_name = gate.deciding_field(principal)
            result.errors.append(_error(result.row, field_name, titles, "out_of_scope_detail", lang))
        if not result.errors:
            planned.append((result, current, model.model_dump(mode="python") | clean))

    errors = [e for r in rows for e in r.errors]
    report = ImportReport(
        dry_run=dry_run,
        rows=len(rows),
        created=0,
        updated=0,
        unchanged=0,
        skipped=len({e.row for e in errors}) if skip_invalid else 0,
        written=False,
        errors=errors,
    )
    if errors and not skip_invalid:
        return report
    for row, current, values in planned:
        if current is None:
            await service.create(session, principal, province_code, values)
            report.created += 1
            continue
        changes = {
            k: v
            for k, v in values.items()
            if k != "tax_code"
            and k in header
            and (k in (row.values or {}) or k not in NOT_NULL_FIELDS)
            and getattr(current, k) != v
        }
        if current.deleted_at is not None:
            current.deleted_at = None
            audit.record(session, principal.actor, "restore", "enterprise", current.id)
            await service.update(session, principal, province_code, current, changes)
            report.updated += 1
        elif changes:
            await service.update(session, principal, province_code, current, changes)
            report.updated += 1
        else:
            report.unchanged += 1
    report.written = not dry_run and (report.created + report.updated) > 0
    return report
