"""Training compliance of one enterprise and the training figures of a scope: SQL aggregates.

What counts:
- Only passed training gives a document; a failed attempt neither counts nor voids an earlier document.
  Soft-deleted records never count.
- A document is in force on a day when it was issued on or before it and its `valid_until` (the expiry, or the
  refresher due date of a log-book entry) is that day or later. In force, it is `expiring` when `valid_until`
  falls within the warning window (rules.EXPIRING_WITHIN_DAYS, the last day included), else `valid`; after
  `valid_until` it is `expired`.
- Compliance of an enterprise counts people, not records: a person is one citizen id, or, for records without
  one, one folded name with one birth year. In each trainee group the person's latest passed record decides
  (latest issue, then latest entry), so a renewal supersedes the document it renews.
- Province figures: the high-risk shares compare active, not deleted, high-risk enterprises of the caller's
  scope with those of them holding at least one group-2 (group-1) document in force on the day; the group-3
  share compares the people with a safety card in force at the active enterprises of the scope with the sum of
  those enterprises' `employees_hazardous`. The day is 31 December of the year, or today in the current year.
- Program courses count when funded by the program, not deleted, starting in the year, and either held in the
  caller's scope (their commune, or the enterprise of an in-house course) or attended by someone the caller
  may see; their participants are the records of them in the caller's scope.
- Records by group and state: the records in scope issued by the day, each in its state on that day.
"""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, cast, exists, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.access.gate import Places
from osh.auth.principal import Principal
from osh.core.calendar import today
from osh.core.errors import field_error
from osh.enterprises import service as enterprises
from osh.enterprises.models import Enterprise
from osh.training import rules, service
from osh.training.models import TrainingCourse, TrainingRecord
from osh.training.schemas import (
    Audience,
    CompliancePerson,
    GroupCompliance,
    GroupStates,
    ProgramFigures,
    ProgramRow,
    ProgramTotal,
    Share,
    StateCounts,
    TrainingCompliance,
    TrainingStats,
)

LIST_LIMIT = 500
STATES = ("valid", "expiring", "expired", "failed")
OSH_OFFICERS, MANAGERS, STRICT_OSH_WORKERS = 2, 1, 3

# Where a course is held, for the program figures: its commune, and for an in-house course its enterprise
# (with that enterprise's zone).
COURSE_PLACES = Places(
    admin_unit=TrainingCourse.admin_unit_code,
    zone=select(Enterprise.zone_code).where(Enterprise.id == TrainingCourse.enterprise_id).scalar_subquery(),
    enterprise=TrainingCourse.enterprise_id,
)


def share(numerator: int, denominator: int) -> Share:
    percent = None
    if denominator:
        percent = float((Decimal(numerator * 100) / Decimal(denominator)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    return Share(numerator=numerator, denominator=denominator, percent=percent)


def person_key() -> ColumnElement[str]:
    """Who a record is about: its citizen id when given, else its folded name and birth year."""
    record = TrainingRecord
    birth_year = func.coalesce(cast(record.birth_year, String), "")
    by_name = literal("n:") + record.worker_name_folded + literal("|") + birth_year
    return func.coalesce(literal("c:") + record.citizen_id, by_name)


def state_of(result: Any, valid_until: Any, on: date) -> ColumnElement[str]:
    """The state on `on`, as rules.state computes it for one record."""
    soon = on + timedelta(days=rules.EXPIRING_WITHIN_DAYS)
    return case(
        (result != "pass", "failed"),
        (valid_until.is_(None), "valid"),
        (valid_until < on, "expired"),
        (valid_until <= soon, "expiring"),
        else_="valid",
    )


def in_force(on: date) -> ColumnElement[bool]:
    record = TrainingRecord
    return and_(
        record.result == "pass",
        record.deleted_at.is_(None),
        record.issued_on <= on,
        or_(record.valid_until.is_(None), record.valid_until >= on),
    )


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


# Compliance of one enterprise


def latest_documents(enterprise_id: int, on: date) -> Any:
    """Each person's latest passed record per group at the enterprise, with its state on `on`. The filter on
    the enterprise is served by the (enterprise_id, trainee_group, valid_until) index."""
    record = TrainingRecord
    rank = func.row_number().over(
        partition_by=(person_key(), record.trainee_group),
        order_by=(record.issued_on.desc(), record.id.desc()),
    )
    return (
        select(
            record.id,
            record.worker_name,
            record.birth_year,
            record.trainee_group,
            record.document_kind,
            record.document_number,
            record.valid_until,
            state_of(record.result, record.valid_until, on).label("state"),
            rank.label("rank"),
        )
        .where(
            record.enterprise_id == enterprise_id,
            record.deleted_at.is_(None),
            record.result == "pass",
            record.issued_on <= on,
        )
        .subquery("latest")
    )


def compliance_counts(enterprise_id: int, on: date) -> Any:
    latest = latest_documents(enterprise_id, on)
    return (
        select(latest.c.trainee_group, latest.c.state, func.count())
        .where(latest.c.rank == 1)
        .group_by(latest.c.trainee_group, latest.c.state)
    )


def _people(latest: Any, state: str) -> Any:
    order = latest.c.valid_until.asc() if state == "expiring" else latest.c.valid_until.desc()
    return (
        select(latest).where(latest.c.rank == 1, latest.c.state == state).order_by(order, latest.c.id).limit(LIST_LIMIT)
    )


async def compliance(session: AsyncSession, principal: Principal, enterprise_id: int) -> TrainingCompliance:
    enterprise = await enterprises.get(session, principal, enterprise_id)
    on = today()
    counts: dict[int, dict[str, int]] = {group: dict.fromkeys(STATES, 0) for group in rules.GROUPS}
    for group, state, count in await session.execute(compliance_counts(enterprise.id, on)):
        counts[int(group)][str(state)] = int(count)
    latest = latest_documents(enterprise.id, on)
    lists: dict[str, list[CompliancePerson]] = {}
    for state in ("expiring", "expired"):
        rows = await session.execute(_people(latest, state))
        lists[state] = [
            CompliancePerson(
                record_id=row.id,
                worker_name=row.worker_name,
                birth_year=row.birth_year,
                trainee_group=row.trainee_group,
                document_kind=row.document_kind,
                document_number=row.document_number,
                valid_until=row.valid_until,
            )
            for row in rows
        ]

    def held(group: int) -> int:
        return counts[group]["valid"] + counts[group]["expiring"]

    return TrainingCompliance(
        enterprise_id=enterprise.id,
        enterprise_name=enterprise.name,
        on=on,
        expiring_within_days=rules.EXPIRING_WITHIN_DAYS,
        groups=[
            GroupCompliance(
                trainee_group=group,
                valid=counts[group]["valid"],
                expiring=counts[group]["expiring"],
                expired=counts[group]["expired"],
            )
            for group in rules.GROUPS
        ],
        expiring=lists["expiring"],
        expired=lists["expired"],
        osh_officer_trained=held(OSH_OFFICERS) > 0,
        managers_trained=held(MANAGERS),
        strict_osh_workers_with_card=share(held(STRICT_OSH_WORKERS), enterprise.employees_hazardous),
    )


# Figures of a scope for a year


def reference_day(year: int) -> date:
    current = today()
    if year > current.year:
        raise field_error("year", "year_in_future")
    return current if year == current.year else date(year, 12, 31)


def _holds(group: int, on: date) -> ColumnElement[bool]:
    """The enterprise has a document of the group in force on the day."""
    return exists().where(
        TrainingRecord.enterprise_id == Enterprise.id, TrainingRecord.trainee_group == group, in_force(on)
    )


async def _high_risk_shares(session: AsyncSession, principal: Principal, on: date) -> tuple[Share, Share]:
    stmt = (
        enterprises.visible(principal)
        .where(Enterprise.high_risk.is_(True), Enterprise.status == "active")
        .with_only_columns(
            func.count(Enterprise.id), _count_if(_holds(OSH_OFFICERS, on)), _count_if(_holds(MANAGERS, on))
        )
        .order_by(None)
    )
    total, officers, managers = (await session.execute(stmt)).one()
    return share(int(officers), int(total)), share(int(managers), int(total))


async def _strict_osh_share(session: AsyncSession, principal: Principal, on: date) -> Share:
    active = enterprises.visible(principal).where(Enterprise.status == "active")
    hazardous = await session.scalar(
        active.with_only_columns(func.coalesce(func.sum(Enterprise.employees_hazardous), 0)).order_by(None)
    )
    # DISTINCT rather than GROUP BY: PostgreSQL does not match a grouped expression holding bound parameters.
    people = (
        select(TrainingRecord.enterprise_id, person_key().label("person"))
        .where(
            TrainingRecord.enterprise_id.in_(active.with_only_columns(Enterprise.id).order_by(None)),
            TrainingRecord.trainee_group == STRICT_OSH_WORKERS,
            in_force(on),
        )
        .distinct()
        .subquery()
    )
    holders = await session.scalar(select(func.count()).select_from(people))
    return share(int(holders or 0), int(hazardous or 0))


async def _program(session: AsyncSession, principal: Principal, year: int) -> dict[str | None, ProgramFigures]:
    courses = select(TrainingCourse.id).where(
        TrainingCourse.funded_by_program.is_(True),
        TrainingCourse.deleted_at.is_(None),
        TrainingCourse.start_on >= date(year, 1, 1),
        TrainingCourse.start_on <= date(year, 12, 31),
    )
    attended = (
        service.visible_records(principal)
        .where(TrainingRecord.course_id.in_(courses))
        .with_only_columns(TrainingRecord.course_id.label("course_id"), func.count().label("people"))
        .group_by(TrainingRecord.course_id)
        .order_by(None)
        .subquery()
    )
    stmt = (
        select(
            TrainingCourse.audience,
            func.count(TrainingCourse.id),
            func.coalesce(func.sum(attended.c.people), 0),
            func.coalesce(func.sum(TrainingCourse.program_funding_vnd), 0),
        )
        .outerjoin(attended, attended.c.course_id == TrainingCourse.id)
        .where(
            TrainingCourse.id.in_(courses),
            or_(gate.condition(principal, COURSE_PLACES), attended.c.people > 0),
        )
        .group_by(TrainingCourse.audience)
    )
    return {
        audience: ProgramFigures(courses=int(count), participants=int(people), funding_vnd=int(funding))
        for audience, count, people, funding in await session.execute(stmt)
    }


def _sum(figures: list[ProgramFigures]) -> ProgramFigures:
    return ProgramFigures(
        courses=sum(f.courses for f in figures),
        participants=sum(f.participants for f in figures),
        funding_vnd=sum(f.funding_vnd for f in figures),
    )


async def _records_by_group(session: AsyncSession, principal: Principal, on: date) -> dict[int, dict[str, int]]:
    states = (
        service.visible_records(principal)
        .where(TrainingRecord.issued_on <= on)
        .with_only_columns(
            TrainingRecord.trainee_group.label("trainee_group"),
            state_of(TrainingRecord.result, TrainingRecord.valid_until, on).label("state"),
        )
        .order_by(None)
        .subquery()
    )
    stmt = select(states.c.trainee_group, states.c.state, func.count()).group_by(states.c.trainee_group, states.c.state)
    counts: dict[int, dict[str, int]] = {group: dict.fromkeys(STATES, 0) for group in rules.GROUPS}
    for group, state, count in await session.execute(stmt):
        counts[int(group)][str(state)] = int(count)
    return counts


def _states(values: dict[str, int]) -> dict[str, int]:
    return {**values, "total": sum(values.values())}


async def training_stats(session: AsyncSession, principal: Principal, year: int) -> TrainingStats:
    on = reference_day(year)
    officers, managers = await _high_risk_shares(session, principal, on)
    strict = await _strict_osh_share(session, principal, on)
    this_year = await _program(session, principal, year)
    last_year = await _program(session, principal, year - 1)
    empty = ProgramFigures(courses=0, participants=0, funding_vnd=0)
    audiences: list[str | None] = [audience.value for audience in Audience]
    if None in this_year or None in last_year:
        audiences.append(None)
    rows = [
        ProgramRow.model_validate(
            {
                "audience": audience,
                "year": this_year.get(audience, empty),
                "previous_year": last_year.get(audience, empty),
            }
        )
        for audience in audiences
    ]
    total = ProgramTotal(
        year=_sum([row.year for row in rows]),
        previous_year=_sum([row.previous_year for row in rows]),
    )
    counts = await _records_by_group(session, principal, on)
    by_group = [GroupStates(trainee_group=group, **_states(counts[group])) for group in rules.GROUPS]
    all_groups = {state: sum(counts[group][state] for group in rules.GROUPS) for state in STATES}
    return TrainingStats(
        year=year,
        on=on,
        high_risk_enterprises_with_osh_officer=officers,
        high_risk_enterprises_with_managers=managers,
        strict_osh_workers_with_card=strict,
        program_by_audience=rows,
        program_total=total,
        records_by_group=by_group,
        records_total=StateCounts(**_states(all_groups)),
    )
