"""A course's attendance list from .xlsx: every row checked against the training rules, every bad row reported
with its row, column and reason; a file with errors writes nothing unless asked to skip the bad rows.

A row names a person on the course by citizen ID when given, else by folded name and birth year; the record
keeps that identity as its import key, so importing the same file again, or a corrected one, updates the
records already made instead of adding new ones."""

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from pydantic import ValidationError
from python_calamine import CalamineWorkbook
from sqlalchemy import Table, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.audit import service as audit
from osh.auth.principal import Principal
from osh.core.errors import ApiError, validation_errors
from osh.core.i18n import translate
from osh.core.text import fold
from osh.enterprises.models import PLACES, Enterprise
from osh.enterprises.schemas import ImportReport, ImportRowError
from osh.training import rules, service
from osh.training.excel import ATTENDANCE_COLUMNS, COURSE_ID_LABEL, RESULT_LABELS
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord
from osh.training.schemas import AttendanceRow

ZIP_MAGIC = b"PK\x03\x04"
HEADER_SEARCH_ROWS = 50  # the header is looked for below a title block of at most this many rows
AUDIT_FIELDS = (*service.RECORD_FIELDS, "import_key")
# The record field a rule names -> the column that holds it
FIELD_COLUMNS = {"enterprise_id": "tax_code", "issued_on": "issued_on", "document_number": "document_number"}
_RESULTS = {
    "pass": {"pass", "dat", "d", "passed"},
    "fail": {"fail", "khong dat", "kd", "failed", "khong"},
}
for _result, _labels in RESULT_LABELS.items():
    _RESULTS[_result] |= {fold(label) for label in _labels}


class CellError(ValueError):
    pass


@dataclass
class Row:
    number: int
    cells: dict[str, Any]
    errors: list[ImportRowError] = field(default_factory=list)


@dataclass
class Plan:
    row: Row
    values: dict[str, Any]
    key: str
    record: TrainingRecord | None


def import_key(course_id: int, citizen_id: str | None, name: str, birth_year: int | None) -> str:
    identity = f"cccd:{citizen_id}" if citizen_id else f"name:{fold(name)}:{birth_year or ''}"
    return hashlib.sha256(f"{course_id}|{identity}".encode()).hexdigest()


# Reading cells


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError("field_not_int")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError("field_not_int")
        return int(value)
    text = str(value).strip().replace(" ", "")
    # "1.234" could be a thousand or one point two: refused rather than guessed.
    if not re.fullmatch(r"-?\d+", text):
        raise CellError("field_not_int")
    return int(text)


def _code(value: Any, digits: int, zeros: int) -> str:
    """A code typed as a number loses its leading zeros in Excel: put back up to `zeros` of them."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"\s+", "", str(value))
    if isinstance(value, int) and digits - zeros <= len(text) < digits:
        text = text.zfill(digits)
    return text


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError("field_date")


def _convert(key: str, value: Any) -> Any:
    if _blank(value):
        return None
    if key in ("birth_year", "hours"):
        if key == "birth_year" and isinstance(value, (date, datetime)):
            return value.year  # a birth date typed where the year goes
        return _integer(value)
    if key == "citizen_id":
        return _code(value, 12, 2)  # the first three digits are the province code, 001 to 096
    if key == "tax_code":
        return _code(value, 10, 1)
    if key == "issued_on":
        return _date(value)
    if key == "result":
        folded = fold(str(value))
        for code, names in _RESULTS.items():
            if folded in names:
                return code
        raise CellError("import_result_invalid")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text


def _header_index(cells: list[Any]) -> dict[str, int]:
    """Header cells matched to columns by key, Vietnamese or English title, ignoring case and diacritics."""
    names = {fold(alias): column.key for column in ATTENDANCE_COLUMNS for alias in (column.key, column.vi, column.en)}
    index: dict[str, int] = {}
    for position, cell in enumerate(cells):
        key = names.get(fold(str(cell))) if cell is not None else None
        if key and key not in index:
            index[key] = position
    return index


def _file_course(rows: list[list[Any]]) -> int | None:
    """The course id written in the title block, if any."""
    labels = {fold(COURSE_ID_LABEL.vi), fold(COURSE_ID_LABEL.en)}
    for cells in rows:
        filled = [cell for cell in cells if not _blank(cell)]
        if len(filled) >= 2 and fold(str(filled[0])) in labels:
            try:
                return _integer(filled[1])
            except CellError:
                return None
    return None


def read_rows(content: bytes, course_id: int, max_rows: int) -> tuple[dict[str, int], list[Row]]:
    if not content.startswith(ZIP_MAGIC):
        raise ApiError(415, "unsupported_media", detail_code="unsupported_media_detail")
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        data: list[list[Any]] = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - calamine raises several kinds for a damaged file
        raise ApiError(415, "unsupported_media", detail_code="import_file_invalid") from None
    if not data:
        raise ApiError(422, "validation_error", detail_code="import_empty")
    header_at, header = 0, _header_index(list(data[0]))
    for position, cells in enumerate(data[:HEADER_SEARCH_ROWS]):
        found = _header_index(list(cells))
        if "worker_name" in found:
            header_at, header = position, found
            break
    missing = [c.vi for c in ATTENDANCE_COLUMNS if c.required and c.key not in header]
    if missing:
        raise ApiError(422, "validation_error", detail_code="import_bad_header", params={"columns": ", ".join(missing)})
    named = _file_course(data[:header_at])
    if named is not None and named != course_id:
        raise ApiError(
            422, "validation_error", detail_code="import_wrong_course", params={"found": named, "course": course_id}
        )
    body = data[header_at + 1 :]
    counted = [position for key, position in header.items() if key != "row_no"]

    def empty(cells: list[Any]) -> bool:  # a row with only its number is a blank line of the template
        return all(_blank(cells[p]) for p in counted if p < len(cells))

    while body and empty(body[-1]):
        body.pop()
    if len(body) > max_rows:
        raise ApiError(413, "too_large", detail_code="import_too_many_rows", params={"limit": max_rows})
    rows = [
        Row(header_at + 2 + offset, {key: cells[p] if p < len(cells) else None for key, p in header.items()})
        for offset, cells in enumerate(body)
        if not empty(cells)
    ]
    if not rows:
        raise ApiError(422, "validation_error", detail_code="import_empty")
    return header, rows


# Checking and writing


class Importer:
    def __init__(
        self,
        session: AsyncSession,
        principal: Principal,
        course: TrainingCourse,
        provider: TrainingProvider,
        lang: str,
    ) -> None:
        self.session = session
        self.principal = principal
        self.course = course
        self.provider = provider
        self.lang = lang
        self.titles = {c.key: c.title(lang) for c in ATTENDANCE_COLUMNS}
        self.document = rules.group_rules()[course.trainee_group].document

    def error(self, target: Row, key: str | None, code: str, **params: Any) -> None:
        target.errors.append(
            ImportRowError(
                row=target.number,
                column=self.titles.get(key) if key else None,
                field=key,
                message=translate(code, self.lang, **params),
                code=code,
            )
        )

    def parse(self, row: Row) -> AttendanceRow | None:
        cells: dict[str, Any] = {}
        for key, raw in row.cells.items():
            if key == "row_no":
                continue
            try:
                value = _convert(key, raw)
            except CellError as exc:
                self.error(row, key, str(exc))
                continue
            if value is not None:
                cells[key] = value
        try:
            parsed = AttendanceRow.model_validate(cells)
        except ValidationError as exc:
            for err in validation_errors(list(exc.errors()), self.lang):
                key = err["field"].split(".")[0]
                if key in self.titles and any(e.field == key for e in row.errors):
                    continue  # the cell was already reported unreadable
                row.errors.append(
                    ImportRowError(
                        row=row.number,
                        column=self.titles.get(key),
                        field=key if key in self.titles else None,
                        message=err["message"],
                        code=err["code"],
                    )
                )
            return None
        return None if row.errors else parsed

    async def enterprises(self, tax_codes: set[str]) -> dict[str, Enterprise]:
        """The enterprises of these tax codes that the caller may see; others count as unknown."""
        found: dict[str, Enterprise] = {}
        codes = sorted(tax_codes)
        for start in range(0, len(codes), 500):
            stmt = gate.scoped(select(Enterprise), self.principal, PLACES).where(
                Enterprise.tax_code.in_(codes[start : start + 500]), Enterprise.deleted_at.is_(None)
            )
            for enterprise in await self.session.scalars(stmt):
                found[enterprise.tax_code] = enterprise
        return found

    async def number_holders(self, numbers: set[str]) -> dict[str, int]:
        """document number -> the record of this provider that holds it (removed records keep theirs)."""
        holders: dict[str, int] = {}
        ordered = sorted(numbers)
        for start in range(0, len(ordered), 500):
            rows = await self.session.execute(
                select(TrainingRecord.document_number, TrainingRecord.id).where(
                    TrainingRecord.provider_id == self.provider.id,
                    TrainingRecord.document_number.in_(ordered[start : start + 500]),
                )
            )
            holders.update({str(number): int(record_id) for number, record_id in rows})
        return holders

    async def default_enterprise(self) -> Enterprise | None:
        """An in-house course's enterprise, or the self-training employer's, for rows without a tax code."""
        enterprise_id = self.course.enterprise_id
        if enterprise_id is None and self.provider.kind == "self_training_employer":
            enterprise_id = self.provider.enterprise_id
        return None if enterprise_id is None else await self.session.get(Enterprise, enterprise_id)

    def values(self, parsed: AttendanceRow, enterprise: Enterprise | None) -> dict[str, Any]:
        """The record a row stands for, with the course's defaults."""
        course = self.course
        return {
            "worker_name": parsed.worker_name,
            "birth_year": parsed.birth_year,
            "citizen_id": parsed.citizen_id,
            "occupation": parsed.occupation,
            "enterprise_id": enterprise.id if enterprise else None,
            "admin_unit_code": enterprise.admin_unit_code if enterprise else course.admin_unit_code,
            "zone_code": enterprise.zone_code if enterprise else None,
            "provider_id": course.provider_id,
            "course_id": course.id,
            "trainee_group": course.trainee_group,
            "kind": course.kind,
            "hours": parsed.hours or course.hours,
            "result": parsed.result,
            # A log-book entry has no number.
            "document_number": None if self.document == "log_book_entry" else parsed.document_number,
            "issued_on": parsed.issued_on or course.end_on,
            "notes": parsed.notes,
        }


def _same_person(record: TrainingRecord, values: dict[str, Any]) -> bool:
    """A record made without this import (or before the row was corrected) that stands for the row's person:
    the same citizen ID, or, where either lacks one, the same name and no conflicting birth year."""
    if record.citizen_id and values["citizen_id"]:
        return bool(record.citizen_id == values["citizen_id"])
    years = (record.birth_year, values["birth_year"])
    return record.worker_name_folded == fold(values["worker_name"])[:200] and (None in years or years[0] == years[1])


class People:
    """The people of the rows read so far, to find a person listed twice by the rule of `_same_person`."""

    def __init__(self) -> None:
        self.by_citizen_id: dict[str, int] = {}
        self.by_name: dict[str, list[tuple[int | None, bool, int]]] = {}  # name -> (birth year, has ID, row)

    def add(self, values: dict[str, Any], row: int) -> int | None:
        """The earlier row of the same person, else None after noting this one."""
        citizen_id, year, name = values["citizen_id"], values["birth_year"], fold(values["worker_name"])
        if citizen_id and citizen_id in self.by_citizen_id:
            return self.by_citizen_id[citizen_id]
        for other_year, has_id, other_row in self.by_name.get(name, []):
            if (not citizen_id or not has_id) and (None in (year, other_year) or year == other_year):
                return other_row
        if citizen_id:
            self.by_citizen_id[citizen_id] = row
        self.by_name.setdefault(name, []).append((year, bool(citizen_id), row))
        return None


async def run(
    session: AsyncSession,
    principal: Principal,
    course: TrainingCourse,
    content: bytes,
    *,
    dry_run: bool,
    skip_invalid: bool,
    max_rows: int,
    lang: str,
) -> ImportReport:
    """Checks every row, then writes in the caller's transaction (the router commits or rolls back)."""
    header, rows = read_rows(content, course.id, max_rows)
    provider = await session.get(TrainingProvider, course.provider_id)
    assert provider is not None
    work = Importer(session, principal, course, provider, lang)
    parsed = [(row, work.parse(row)) for row in rows]
    good = [(row, p) for row, p in parsed if p is not None]

    companies = await work.enterprises({p.tax_code for _, p in good if p.tax_code})
    default = await work.default_enterprise()
    holders = await work.number_holders({p.document_number for _, p in good if p.document_number})
    existing = list(await session.scalars(select(TrainingRecord).where(TrainingRecord.course_id == course.id)))
    by_key = {r.import_key: r for r in existing if r.import_key}
    # Records of the course by citizen ID and by name, to find the person of a row not known by its key.
    by_citizen_id: dict[str, list[TrainingRecord]] = {}
    by_name: dict[str, list[TrainingRecord]] = {}
    for r in existing:
        if r.deleted_at is None:
            if r.citizen_id:
                by_citizen_id.setdefault(r.citizen_id, []).append(r)
            by_name.setdefault(r.worker_name_folded, []).append(r)
    claimed: dict[int, int] = {}  # record id -> the row that stands for it
    people = People()
    finals: dict[str, int] = {}  # the key the record will keep -> its row
    numbers: dict[str, int] = {}
    plans: list[Plan] = []
    for row, attendance in good:
        enterprise = default
        if attendance.tax_code:
            enterprise = companies.get(attendance.tax_code)
            if enterprise is None:
                work.error(row, "tax_code", "enterprise_unknown")
                continue
        values = work.values(attendance, enterprise)
        identity = "citizen_id" if values["citizen_id"] else "worker_name"
        own_key = import_key(course.id, values["citizen_id"], values["worker_name"], values["birth_year"])
        earlier = people.add(values, row.number)
        if earlier is not None:
            work.error(row, identity, "import_person_repeated", row=earlier)
            continue
        record = by_key.get(own_key)
        if record is not None and record.id in claimed:
            work.error(row, identity, "import_person_repeated", row=claimed[record.id])
            continue
        if record is None:
            candidates = by_citizen_id.get(values["citizen_id"] or "", []) + by_name.get(
                fold(values["worker_name"])[:200], []
            )
            record = next((r for r in candidates if r.id not in claimed and _same_person(r, values)), None)
        if record is not None:
            claimed[record.id] = row.number
            if not values["citizen_id"]:
                values["citizen_id"] = record.citizen_id  # a blank ID cell does not erase a known one
        key = import_key(course.id, values["citizen_id"], values["worker_name"], values["birth_year"])
        holder = by_key.get(key)
        if key in finals:
            work.error(row, identity, "import_person_repeated", row=finals[key])
        elif holder is not None and holder is not record:
            work.error(row, identity, "import_person_recorded")
        finals.setdefault(key, row.number)

        number = values["document_number"]
        if number and number in numbers:
            work.error(row, "document_number", "import_number_repeated", row=numbers[number])
        elif number:
            numbers[number] = row.number
            taken_by = holders.get(number)
            if taken_by is not None and taken_by != (record.id if record else None):
                work.error(row, "document_number", "document_number_taken")
        if values["birth_year"] is not None and values["birth_year"] > values["issued_on"].year:
            work.error(row, "birth_year", "born_after_issue")
        for name, code in service.record_problems(values, provider):
            work.error(row, FIELD_COLUMNS.get(name), code)
        if not gate.allows_place(principal, values["admin_unit_code"], values["zone_code"], values["enterprise_id"]):
            work.error(row, "tax_code", "out_of_scope_detail")
        if not row.errors:
            plans.append(Plan(row, values, key, record))

    errors = [e for row in rows for e in row.errors]
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
    await _write(session, principal, header, plans, report)
    report.written = not dry_run and (report.created + report.updated) > 0
    return report


async def _write(
    session: AsyncSession, principal: Principal, header: dict[str, int], plans: list[Plan], report: ImportReport
) -> None:
    # Columns left out of the file leave those fields of existing records alone.
    optional = {"birth_year", "occupation", "notes", "hours", "issued_on", "document_number"}
    kept = {name for name in optional if name not in header}
    if "tax_code" not in header:
        kept |= {"enterprise_id", "admin_unit_code", "zone_code"}
    # A record whose key changes (matched by person, not by key) lets go of its old key first, so that keys
    # moving between records never meet in the unique index.
    moving = {p.record.id for p in plans if p.record is not None and p.record.import_key != p.key}
    if moving:
        table = cast(Table, TrainingRecord.__table__)
        await session.execute(update(table).where(table.c.id.in_(moving)).values(import_key=None))
    created: list[TrainingRecord] = []
    for plan in plans:
        record = plan.record
        if record is None:
            continue
        before = service.snapshot(record, AUDIT_FIELDS)
        changes = {k: v for k, v in plan.values.items() if k not in kept and getattr(record, k) != v}
        if record.id in moving:
            changes["import_key"] = plan.key
        if not changes and record.deleted_at is None:
            report.unchanged += 1
            continue
        if record.deleted_at is not None:
            record.deleted_at = None
            audit.record(session, principal.actor, "restore", "training_record", record.id)
        for name, value in changes.items():
            setattr(record, name, value)
        service.derive_record(record)
        after = service.snapshot(record, AUDIT_FIELDS)
        audit.record(session, principal.actor, "update", "training_record", record.id, before, after)
        report.updated += 1
    await session.flush()
    for plan in plans:
        if plan.record is not None:
            continue
        record = TrainingRecord(**plan.values, import_key=plan.key)
        service.derive_record(record)
        session.add(record)
        created.append(record)
    await session.flush()
    for record in created:
        after = service.snapshot(record, AUDIT_FIELDS)
        audit.record(session, principal.actor, "create", "training_record", record.id, after=after)
    report.created += len(created)
