"""OSH training: providers, courses and training records, with the rules of Decree 44/2016 applied on every write."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.areas import service as areas
from osh.audit import service as audit
from osh.auth.principal import Principal
from osh.core.calendar import today
from osh.core.database import MAX_ID, utcnow
from osh.core.errors import ApiError, field_error, not_found, raise_problems
from osh.core.pagination import keyset, next_cursor, parse_sort
from osh.core.text import fold, search_terms
from osh.enterprises import service as enterprises
from osh.enterprises.models import Enterprise
from osh.training import rules
from osh.training.models import RECORD_PLACES, TrainingCourse, TrainingProvider, TrainingRecord

PROVIDER_FIELDS = (
    "kind",
    "name",
    "license_number",
    "org_class",
    "license_issued_on",
    "license_expires_on",
    "enterprise_id",
    "admin_unit_code",
    "address",
    "phone",
)
COURSE_FIELDS = (
    "provider_id",
    "title",
    "trainee_group",
    "kind",
    "start_on",
    "end_on",
    "hours",
    "place",
    "admin_unit_code",
    "enterprise_id",
    "funded_by_program",
    "program_funding_vnd",
    "audience",
)
RECORD_FIELDS = (
    "worker_name",
    "birth_year",
    "citizen_id",
    "occupation",
    "enterprise_id",
    "admin_unit_code",
    "zone_code",
    "provider_id",
    "course_id",
    "trainee_group",
    "kind",
    "hours",
    "result",
    "document_kind",
    "document_number",
    "issued_on",
    "expires_on",
    "refresher_due_on",
    "notes",
)
RECORD_SORTS = {
    "issued_on": TrainingRecord.issued_on,
    "worker_name": TrainingRecord.worker_name_folded,
    "created_at": TrainingRecord.created_at,
}
RECORD_SORT_ATTRS = {"worker_name": "worker_name_folded"}


def _valid_id(row_id: int) -> None:
    if not 0 < row_id <= MAX_ID:
        raise not_found()


def snapshot(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in fields}


# Providers: the province's register of licensed organisations, readable by everyone with training access.


def visible_providers() -> Select[TrainingProvider]:
    return select(TrainingProvider).where(TrainingProvider.deleted_at.is_(None))


async def list_providers(
    session: AsyncSession, q: str | None, org_class: str | None, licence_valid: bool | None
) -> list[TrainingProvider]:
    stmt = visible_providers()
    for term in search_terms(q):
        stmt = stmt.where(TrainingProvider.name_folded.contains(term, autoescape=True))
    if org_class:
        stmt = stmt.where(TrainingProvider.org_class == org_class)
    if licence_valid is not None:
        in_force = (TrainingProvider.license_issued_on <= today()) & (TrainingProvider.license_expires_on >= today())
        stmt = stmt.where(in_force if licence_valid else ~in_force)
    return list(await session.scalars(stmt.order_by(TrainingProvider.name_folded, TrainingProvider.id).limit(1000)))


async def get_provider(session: AsyncSession, provider_id: int) -> TrainingProvider:
    _valid_id(provider_id)
    provider = await session.scalar(visible_providers().where(TrainingProvider.id == provider_id))
    if provider is None:
        raise not_found()
    return provider


def licence_in_force(provider: TrainingProvider, on: date) -> bool:
    return provider.license_issued_on <= on <= provider.license_expires_on


def _provider_problems(values: dict[str, Any]) -> list[tuple[str, str]]:
    problems = []
    if values["license_expires_on"] < values["license_issued_on"]:
        problems.append(("license_expires_on", "licence_expiry_before_issue"))
    if values["kind"] == "self_training_employer" and values.get("enterprise_id") is None:
        problems.append(("enterprise_id", "self_training_needs_enterprise"))
    if values["kind"] == "organisation" and values.get("enterprise_id") is not None:
        problems.append(("enterprise_id", "organisation_without_enterprise"))
    return problems


def licence_taken() -> ApiError:
    return ApiError(409, "conflict", errors=[("license_number", "licence_number_taken", None)])


async def create_provider(
    session: AsyncSession, principal: Principal, province_code: str, values: dict[str, Any]
) -> TrainingProvider:
    raise_problems(_provider_problems(values))
    raise_problems(await areas.place_problems(session, province_code, values.get("admin_unit_code")))
    if values.get("enterprise_id") is not None:
        await enterprises.referenced(session, principal, values["enterprise_id"])
    taken = await session.scalar(
        select(TrainingProvider.id).where(TrainingProvider.license_number == values["license_number"])
    )
    if taken is not None:
        raise licence_taken()
    provider = TrainingProvider(**values, name_folded=fold(values["name"])[:300])
    session.add(provider)
    await session.flush()
    audit.record(
        session, principal.actor, "create", "training_provider", provider.id, after=snapshot(provider, PROVIDER_FIELDS)
    )
    return provider


async def update_provider(
    session: AsyncSession, principal: Principal, province_code: str, provider: TrainingProvider, changes: dict[str, Any]
) -> None:
    before = snapshot(provider, PROVIDER_FIELDS)
    raise_problems(_provider_problems({**before, **changes}))
    raise_problems(await areas.place_problems(session, province_code, changes.get("admin_unit_code")))
    for name, value in changes.items():
        setattr(provider, name, value)
    provider.name_folded = fold(provider.name)[:300]
    audit.record(
        session,
        principal.actor,
        "update",
        "training_provider",
        provider.id,
        before,
        snapshot(provider, PROVIDER_FIELDS),
    )
    await session.flush()


async def soft_delete(
    session: AsyncSession, principal: Principal, row: Any, entity: str, fields: tuple[str, ...]
) -> None:
    row.deleted_at = utcnow()
    audit.record(session, principal.actor, "delete", entity, row.id, before=snapshot(row, fields))
    await session.flush()


# Courses


@dataclass
class CourseFilters:
    provider_id: int | None = None
    trainee_group: int | None = None
    year: int | None = None
    funded_by_program: bool | None = None
    audience: str | None = None
    admin_unit: str | None = None
    enterprise_id: int | None = None


def visible_courses() -> Select[TrainingCourse]:
    return select(TrainingCourse).where(TrainingCourse.deleted_at.is_(None))


async def list_courses(
    session: AsyncSession, filters: CourseFilters, cursor: str | None, limit: int
) -> tuple[list[TrainingCourse], str | None, int]:
    stmt = visible_courses()
    for column, value in (
        (TrainingCourse.provider_id, filters.provider_id),
        (TrainingCourse.trainee_group, filters.trainee_group),
        (TrainingCourse.audience, filters.audience),
        (TrainingCourse.admin_unit_code, filters.admin_unit),
        (TrainingCourse.enterprise_id, filters.enterprise_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if filters.funded_by_program is not None:
        stmt = stmt.where(TrainingCourse.funded_by_program.is_(filters.funded_by_program))
    if filters.year is not None:
        stmt = stmt.where(TrainingCourse.start_on.between(date(filters.year, 1, 1), date(filters.year, 12, 31)))
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = list(await session.scalars(keyset(stmt, TrainingCourse.start_on, TrainingCourse.id, True, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "start_on")
    return rows, cursor_out, total


async def get_course(session: AsyncSession, course_id: int) -> TrainingCourse:
    _valid_id(course_id)
    course = await session.scalar(visible_courses().where(TrainingCourse.id == course_id))
    if course is None:
        raise not_found()
    return course


async def participants(session: AsyncSession, course_ids: list[int]) -> dict[int, int]:
    if not course_ids:
        return {}
    rows = await session.execute(
        select(TrainingRecord.course_id, func.count())
        .where(TrainingRecord.course_id.in_(course_ids), TrainingRecord.deleted_at.is_(None))
        .group_by(TrainingRecord.course_id)
    )
    return {int(course_id or 0): int(count) for course_id, count in rows}


def course_hours_below_minimum(course: TrainingCourse) -> bool:
    return course.kind == "first" and course.hours < rules.group_rules()[course.trainee_group].first_training_min_hours


def _course_problems(values: dict[str, Any], provider: TrainingProvider) -> list[tuple[str, str]]:
    problems = []
    if values["end_on"] < values["start_on"]:
        problems.append(("end_on", "end_before_start"))
    if not rules.class_covers(provider.org_class, values["trainee_group"]):
        problems.append(("trainee_group", "group_not_covered_by_class"))
    if not (licence_in_force(provider, values["start_on"]) and licence_in_force(provider, values["end_on"])):
        problems.append(("provider_id", "provider_licence_not_in_force"))
    if values.get("audience") is not None and not values["funded_by_program"]:
        problems.append(("audience", "audience_for_program_courses"))
    if values.get("program_funding_vnd") and not values["funded_by_program"]:
        problems.append(("program_funding_vnd", "funding_for_program_courses"))
    return problems


async def create_course(
    session: AsyncSession, principal: Principal, province_code: str, values: dict[str, Any]
) -> TrainingCourse:
    try:
        provider = await get_provider(session, values["provider_id"])
    except ApiError:
        raise field_error("provider_id", "provider_unknown") from None
    raise_problems(_course_problems(values, provider))
    raise_problems(await areas.place_problems(session, province_code, values["admin_unit_code"]))
    if values.get("enterprise_id") is not None:
        await enterprises.referenced(session, principal, values["enterprise_id"])
    course = TrainingCourse(**values)
    session.add(course)
    await session.flush()
    audit.record(
        session, principal.actor, "create", "training_course", course.id, after=snapshot(course, COURSE_FIELDS)
    )
    return course


async def update_course(
    session: AsyncSession, principal: Principal, province_code: str, course: TrainingCourse, changes: dict[str, Any]
) -> None:
    before = snapshot(course, COURSE_FIELDS)
    provider = await session.get(TrainingProvider, course.provider_id)
    assert provider is not None
    raise_problems(_course_problems({**before, **changes}, provider))
    raise_problems(await areas.place_problems(session, province_code, changes.get("admin_unit_code")))
    for name, value in changes.items():
        setattr(course, name, value)
    audit.record(
        session, principal.actor, "update", "training_course", course.id, before, snapshot(course, COURSE_FIELDS)
    )
    await session.flush()


# Records: scoped like the enterprises they belong to.


@dataclass
class RecordFilters:
    q: str | None = None
    enterprise_id: int | None = None
    provider_id: int | None = None
    course_id: int | None = None
    trainee_group: list[int] | None = None
    state: list[str] | None = None
    admin_unit: list[str] | None = None
    zone: list[str] | None = None
    valid_until_to: date | None = None


def visible_records(principal: Principal) -> Select[TrainingRecord]:
    return gate.scoped(select(TrainingRecord).where(TrainingRecord.deleted_at.is_(None)), principal, RECORD_PLACES)


def state_condition(state: str, on: date) -> Any:
    passed = TrainingRecord.result == "pass"
    until = TrainingRecord.valid_until
    soon = on + timedelta(days=rules.EXPIRING_WITHIN_DAYS)
    if state == "failed":
        return TrainingRecord.result != "pass"
    if state == "expired":
        return passed & (until < on)
    if state == "expiring":
        return passed & (until >= on) & (until <= soon)
    return passed & (until.is_(None) | (until > soon))


def filtered_records(principal: Principal, filters: RecordFilters, on: date | None = None) -> Select[TrainingRecord]:
    on = on or today()
    stmt = visible_records(principal)
    for term in search_terms(filters.q):
        stmt = stmt.where(TrainingRecord.worker_name_folded.contains(term, autoescape=True))
    for column, value in (
        (TrainingRecord.enterprise_id, filters.enterprise_id),
        (TrainingRecord.provider_id, filters.provider_id),
        (TrainingRecord.course_id, filters.course_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if filters.trainee_group:
        stmt = stmt.where(TrainingRecord.trainee_group.in_(filters.trainee_group))
    if filters.admin_unit:
        stmt = stmt.where(TrainingRecord.admin_unit_code.in_(filters.admin_unit))
    if filters.zone:
        stmt = stmt.where(TrainingRecord.zone_code.in_(filters.zone))
    if filters.state:
        stmt = stmt.where(or_(*(state_condition(s, on) for s in filters.state)))
    if filters.valid_until_to is not None:
        stmt = stmt.where(TrainingRecord.valid_until <= filters.valid_until_to)
    return stmt


async def list_records(
    session: AsyncSession,
    principal: Principal,
    filters: RecordFilters,
    sort: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[TrainingRecord], str | None, int]:
    name, descending = parse_sort(sort, RECORD_SORTS, "-issued_on")
    stmt = filtered_records(principal, filters)
    total = int(await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
    rows = list(await session.scalars(keyset(stmt, RECORD_SORTS[name], TrainingRecord.id, descending, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, RECORD_SORT_ATTRS.get(name, name))
    return rows, cursor_out, total


async def get_record(session: AsyncSession, principal: Principal, record_id: int) -> TrainingRecord:
    _valid_id(record_id)
    record = await session.scalar(visible_records(principal).where(TrainingRecord.id == record_id))
    if record is None:
        raise not_found()
    return record


def derive_record(record: TrainingRecord) -> None:
    derived = rules.derive(record.trainee_group, record.kind, record.hours, record.result, record.issued_on)
    for name, value in derived.__dict__.items():
        setattr(record, name, value)
    record.worker_name_folded = fold(record.worker_name)[:200]
    if rules.group_rules()[record.trainee_group].document == "log_book_entry":
        record.document_number = None  # a log-book entry has no number
    # A failed result keeps a number it was given (e.g. a card withdrawn after a failed test), so that a check
    # of that number answers "failed" rather than "unknown", and the number is not given to someone else.


def record_problems(values: dict[str, Any], provider: TrainingProvider) -> list[tuple[str, str]]:
    """Rules on a whole record: the provider's class covers the group, its licence is in force on the day of issue,
    a self-training employer trains only its own workers, a certificate or card has a number."""
    problems = []
    if not rules.class_covers(provider.org_class, values["trainee_group"]):
        problems.append(("trainee_group", "group_not_covered_by_class"))
    if not licence_in_force(provider, values["issued_on"]):
        problems.append(("issued_on", "provider_licence_not_in_force"))
    if provider.kind == "self_training_employer" and values.get("enterprise_id") != provider.enterprise_id:
        problems.append(("enterprise_id", "self_training_other_enterprise"))
    document = rules.group_rules()[values["trainee_group"]].document
    if values["result"] == "pass" and document != "log_book_entry" and not values.get("document_number"):
        problems.append(("document_number", "document_number_required"))
    if values["issued_on"] > today():
        problems.append(("issued_on", "issued_in_future"))
    return problems


def document_number_taken() -> ApiError:
    return ApiError(409, "conflict", errors=[("document_number", "document_number_taken", None)])


async def _number_taken(session: AsyncSession, provider_id: int, number: str | None, record_id: int | None) -> bool:
    if not number:
        return False
    stmt = select(TrainingRecord.id).where(
        TrainingRecord.provider_id == provider_id, TrainingRecord.document_number == number
    )
    if record_id is not None:
        stmt = stmt.where(TrainingRecord.id != record_id)
    return await session.scalar(stmt) is not None


async def create_record(
    session: AsyncSession, principal: Principal, province_code: str, values: dict[str, Any]
) -> TrainingRecord:
    course = None
    if values.get("course_id") is not None:
        try:
            course = await get_course(session, values["course_id"])
        except ApiError:
            raise field_error("course_id", "course_unknown") from None
        if values.get("provider_id") not in (None, course.provider_id):
            raise field_error("provider_id", "provider_not_course_provider")
        values["provider_id"] = course.provider_id
        if values.get("trainee_group") not in (None, course.trainee_group):
            raise field_error("trainee_group", "group_not_course_group")
        values["trainee_group"] = course.trainee_group
        values["kind"] = values.get("kind") or course.kind
        values["hours"] = values.get("hours") or course.hours
        values["issued_on"] = values.get("issued_on") or course.end_on
    missing = [name for name in ("provider_id", "trainee_group", "hours", "issued_on") if values.get(name) is None]
    if missing:
        raise ApiError(
            422,
            "validation_error",
            detail_code="validation_detail",
            errors=[(name, "field_required_without_course", None) for name in missing],
        )
    values["kind"] = values.get("kind") or "first"
    try:
        provider = await get_provider(session, values["provider_id"])
    except ApiError:
        raise field_error("provider_id", "provider_unknown") from None
    if values.get("enterprise_id") is not None:
        enterprise = await enterprises.referenced(session, principal, values["enterprise_id"])
        values["admin_unit_code"] = enterprise.admin_unit_code
        values["zone_code"] = enterprise.zone_code
    else:
        values["zone_code"] = None
        if values.get("admin_unit_code") is None:
            values["admin_unit_code"] = course.admin_unit_code if course else provider.admin_unit_code
        if values.get("admin_unit_code") is None:
            raise field_error("admin_unit_code", "field_required")
        raise_problems(await areas.place_problems(session, province_code, values["admin_unit_code"]))
        gate.ensure_place(principal, values["admin_unit_code"], None, None, "admin_unit_code")
    if rules.group_rules()[values["trainee_group"]].document == "log_book_entry":
        values["document_number"] = None  # a log-book entry has no number: one sent is neither kept nor checked
    raise_problems(record_problems(values, provider))
    if await _number_taken(session, provider.id, values.get("document_number"), None):
        raise document_number_taken()
    record = TrainingRecord(**values)
    derive_record(record)
    session.add(record)
    await session.flush()
    audit.record(
        session, principal.actor, "create", "training_record", record.id, after=snapshot(record, RECORD_FIELDS)
    )
    return record


async def update_record(
    session: AsyncSession, principal: Principal, record: TrainingRecord, changes: dict[str, Any]
) -> None:
    before = snapshot(record, RECORD_FIELDS)
    provider = await session.get(TrainingProvider, record.provider_id)
    assert provider is not None
    merged = {**before, **changes}
    raise_problems(record_problems(merged, provider))
    if rules.group_rules()[record.trainee_group].document == "log_book_entry":
        changes.pop("document_number", None)  # a log-book entry has no number
    if "document_number" in changes and await _number_taken(
        session, provider.id, changes["document_number"], record.id
    ):
        raise document_number_taken()
    for name, value in changes.items():
        setattr(record, name, value)
    derive_record(record)
    audit.record(
        session, principal.actor, "update", "training_record", record.id, before, snapshot(record, RECORD_FIELDS)
    )
    await session.flush()


def record_state(record: TrainingRecord, on: date | None = None) -> str:
    return rules.state(record.valid_until, record.result, on or today())


async def provider_names(session: AsyncSession, ids: set[int]) -> dict[int, str]:
    """id -> name of these providers, for answers that show the name beside the id."""
    if not ids:
        return {}
    rows = await session.execute(select(TrainingProvider.id, TrainingProvider.name).where(TrainingProvider.id.in_(ids)))
    return {row.id: row.name for row in rows}


# The certificate check for inspectors in the field, and the export of the records list.


def initials(name: str) -> str:
    """'Nguyễn Văn Đức' -> 'N. V. Đ.': enough to compare with the card in hand, not to name the person."""
    letters = (next((ch for ch in word if ch.isalpha()), "") for word in unicodedata.normalize("NFC", name).split())
    return " ".join(f"{letter.upper()}." for letter in letters if letter)


async def verify(session: AsyncSession, provider: str, number: str) -> tuple[TrainingRecord, str] | None:
    """The record holding document `number` of the provider given by id or licence number, with the provider's
    name. Not scoped: any certificate of the province can be checked. A removed record is unknown; a provider
    removed from the register still answers for the documents it issued."""
    provider, number = provider.strip(), number.strip()
    by_licence = func.upper(TrainingProvider.license_number) == provider.upper()
    matches = [by_licence]
    if re.fullmatch(r"[0-9]{1,10}", provider) and 0 < int(provider) <= MAX_ID:
        matches.append(TrainingProvider.id == int(provider))
    row = (
        await session.execute(
            select(TrainingRecord, TrainingProvider.name)
            .join(TrainingProvider, TrainingProvider.id == TrainingRecord.provider_id)
            .where(or_(*matches), TrainingRecord.document_number == number, TrainingRecord.deleted_at.is_(None))
            # A licence number made of digits that is also another provider's id: the licence wins.
            .order_by(case((by_licence, 0), else_=1), TrainingRecord.id)
            .limit(1)
        )
    ).first()
    return None if row is None else (row[0], str(row[1]))


EXPORT_ORDER = (TrainingRecord.valid_until.asc().nulls_last(), TrainingRecord.id.asc())


async def export_rows(
    session: AsyncSession, principal: Principal, filters: RecordFilters, sort: str | None, limit: int
) -> list[dict[str, Any]]:
    """The records of the list's filters as plain rows with the enterprise's and provider's names; by default
    the soonest to stop counting first (the "expiring soon" list)."""
    on = today()
    stmt = (
        filtered_records(principal, filters, on)
        .with_only_columns(
            TrainingRecord.worker_name,
            TrainingRecord.birth_year,
            TrainingRecord.trainee_group,
            TrainingRecord.document_kind,
            TrainingRecord.document_number,
            TrainingRecord.issued_on,
            TrainingRecord.expires_on,
            TrainingRecord.refresher_due_on,
            TrainingRecord.valid_until,
            TrainingRecord.result,
            Enterprise.name.label("enterprise_name"),
            TrainingProvider.name.label("provider_name"),
        )
        .join_from(TrainingRecord, TrainingProvider, TrainingProvider.id == TrainingRecord.provider_id)
        .outerjoin_from(TrainingRecord, Enterprise, Enterprise.id == TrainingRecord.enterprise_id)
    )
    if sort:
        name, descending = parse_sort(sort, RECORD_SORTS, "-issued_on")
        column = RECORD_SORTS[name]
        stmt = stmt.order_by(column.desc() if descending else column.asc(), TrainingRecord.id)
    else:
        stmt = stmt.order_by(*EXPORT_ORDER)
    rows = await session.execute(stmt.limit(limit))
    return [{**row._asdict(), "state": rules.state(row.valid_until, row.result, on)} for row in rows]
