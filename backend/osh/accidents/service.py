"""Accidents: scoped queries, the rules applied on every write, status moves, attachments, with audit."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from osh.access import gate
from osh.accidents import rules
from osh.accidents.models import PLACES, Accident, AccidentAttachment, AccidentVictim
from osh.areas import service as areas
from osh.audit import service as audit
from osh.auth.permissions import ACCIDENTS_INVESTIGATE
from osh.auth.principal import Principal
from osh.auth.scope import CommunesScope, EnterpriseScope, ZonesScope
from osh.core.counters import next_value
from osh.core.database import MAX_ID, utcnow
from osh.core.errors import ApiError, field_error, forbidden, not_found, raise_problems
from osh.core.pagination import keyset, next_cursor, parse_sort
from osh.core.text import fold, search_terms
from osh.enterprises import service as enterprises

SORTS = {
    "occurred_at": Accident.occurred_at,
    "code": Accident.code,
    "created_at": Accident.created_at,
    "updated_at": Accident.updated_at,
}

VICTIM_FIELDS = (
    "full_name",
    "sex",
    "birth_year",
    "occupation_code",
    "citizen_id",
    "contract_status",
    "not_under_management",
    "severity",
    "injury_description",
    "days_off",
    "medical_cost_vnd",
    "wages_during_treatment_vnd",
    "compensation_vnd",
    "capacity_loss_pct",
)
ACCIDENT_FIELDS = (
    "code",
    "kind",
    "sector",
    "enterprise_id",
    "zone_code",
    "admin_unit_code",
    "occurred_at",
    "place",
    "cause_code",
    "injury_factor_code",
    "description",
    "notified_at",
    "notification_channel",
    "needs_examination",
    "investigation_level",
    "investigation_team",
    "investigation_record_date",
    "extension_days",
    "extension_reason",
    "property_damage_vnd",
    "status",
    "severity",
    "investigation_deadline",
)
# Fields only those who investigate may set.
INVESTIGATION_FIELDS = (
    "investigation_level",
    "investigation_team",
    "investigation_record_date",
    "extension_days",
    "extension_reason",
    "needs_examination",
)
# A clock a few minutes ahead on the reporter's phone is not a report from the future.
CLOCK_SKEW = timedelta(minutes=10)


@dataclass
class Filters:
    q: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    kind: list[str] | None = None
    sector: list[str] | None = None
    severity: list[str] | None = None
    status: list[str] | None = None
    admin_unit: list[str] | None = None
    zone: list[str] | None = None
    enterprise_id: int | None = None
    overdue: bool | None = None
    immediate_notification: bool | None = None


def visible(principal: Principal) -> Select[Accident]:
    """Every accident query starts here: not deleted, inside the caller's scope."""
    return gate.scoped(select(Accident).where(Accident.deleted_at.is_(None)), principal, PLACES)


def filtered(principal: Principal, filters: Filters, on: date | None = None) -> Select[Accident]:
    stmt = visible(principal)
    for term in search_terms(filters.q):
        stmt = stmt.where(Accident.search_text.contains(term, autoescape=True))
    if filters.date_from:
        stmt = stmt.where(Accident.occurred_on >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(Accident.occurred_on <= filters.date_to)
    for column, values in (
        (Accident.kind, filters.kind),
        (Accident.sector, filters.sector),
        (Accident.severity, filters.severity),
        (Accident.status, filters.status),
        (Accident.admin_unit_code, filters.admin_unit),
        (Accident.zone_code, filters.zone),
    ):
        if values:
            stmt = stmt.where(column.in_(values))
    if filters.enterprise_id is not None:
        stmt = stmt.where(Accident.enterprise_id == filters.enterprise_id)
    if filters.immediate_notification is not None:
        stmt = stmt.where(Accident.immediate_notification.is_(filters.immediate_notification))
    if filters.overdue is not None:
        overdue = Accident.status.in_(rules.OPEN_STATUSES) & (Accident.investigation_deadline < (on or rules.today()))
        stmt = stmt.where(overdue if filters.overdue else ~overdue | Accident.investigation_deadline.is_(None))
    return stmt


async def list_page(
    session: AsyncSession, principal: Principal, filters: Filters, sort: str | None, cursor: str | None, limit: int
) -> tuple[list[Accident], str | None, int]:
    name, descending = parse_sort(sort, SORTS, "-occurred_at")
    stmt = filtered(principal, filters)
    total = int(await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
    rows = list(await session.scalars(keyset(stmt, SORTS[name], Accident.id, descending, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, name)
    return rows, cursor_out, total


async def get(session: AsyncSession, principal: Principal, accident_id: int) -> Accident:
    if not 0 < accident_id <= MAX_ID:
        raise not_found()
    accident = await session.scalar(
        visible(principal).where(Accident.id == accident_id).options(selectinload(Accident.victims))
    )
    if accident is None:
        raise not_found()
    return accident


def snapshot(accident: Accident) -> dict[str, Any]:
    values = {name: getattr(accident, name) for name in ACCIDENT_FIELDS}
    values["victims"] = [{"id": v.id, **{n: getattr(v, n) for n in VICTIM_FIELDS}} for v in accident.victims]
    return values


def derive(accident: Accident, enterprise_name: str | None) -> None:
    """Recompute what is never typed in: severity, counts, deadlines, the local date, the search text."""
    facts = [rules.VictimFacts(v.severity, v.sex) for v in accident.victims]
    derived = rules.derive(
        facts, accident.occurred_at, accident.notified_at, accident.needs_examination, accident.extension_days
    )
    for name, value in derived.__dict__.items():
        setattr(accident, name, value)
    accident.occurred_on = rules.local_date(accident.occurred_at)
    words = [accident.code.lower(), fold(accident.place), fold(enterprise_name)]
    words += [fold(v.full_name) for v in accident.victims]
    accident.search_text = " ".join(w for w in words if w)


def check_record(values: dict[str, Any], victims: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Cross-field rules on the whole record (after a patch is applied): [(field, message code)]."""
    problems = []
    now = datetime.now(UTC)
    if values["occurred_at"] > now + CLOCK_SKEW:
        problems.append(("occurred_at", "occurred_in_future"))
    if values["notified_at"] < values["occurred_at"]:
        problems.append(("notified_at", "notified_before_occurred"))
    if values["notified_at"] > now + CLOCK_SKEW:
        problems.append(("notified_at", "notified_in_future"))
    if values["kind"] == "accident" and not victims:
        problems.append(("victims", "victims_required"))
    record_date = values.get("investigation_record_date")
    if record_date is not None and record_date < rules.local_date(values["notified_at"]):
        problems.append(("investigation_record_date", "record_before_notified"))
    elif record_date is not None and record_date > rules.today():
        problems.append(("investigation_record_date", "record_date_invalid"))
    for index, victim in enumerate(victims):
        if victim["severity"] == "fatal" and victim.get("capacity_loss_pct") is not None:
            problems.append((f"victims.{index}.capacity_loss_pct", "capacity_loss_for_fatal"))
        year = victim.get("birth_year")
        if year is not None and year > rules.local_date(values["occurred_at"]).year:
            problems.append((f"victims.{index}.birth_year", "birth_after_accident"))
    return problems


def check_sector(principal: Principal, sector: str, enterprise_id: int | None) -> None:
    """Who reports what (Law on OSH Art. 34): employers and zone boards the accidents of enterprises, commune
    officers those of workers without a labour contract."""
    if sector == "contract" and enterprise_id is None:
        raise field_error("enterprise_id", "enterprise_required_for_contract")
    if sector == "non_contract" and enterprise_id is not None:
        raise field_error("enterprise_id", "enterprise_not_for_non_contract")
    ensure_may_report(principal, sector)


def ensure_may_report(principal: Principal, sector: str) -> None:
    """The sector rule holds for every write of a report, not only its creation: a commune officer sees the
    enterprises' accidents that happened in the commune but does not edit the employer's report."""
    scope = principal.scope
    if isinstance(scope, (EnterpriseScope, ZonesScope)) and sector != "contract":
        raise field_error("sector", "sector_not_allowed", 403)
    if isinstance(scope, CommunesScope) and sector != "non_contract":
        raise field_error("sector", "sector_not_allowed", 403)


def ensure_open(accident: Accident) -> None:
    """A closed file is kept as it was closed."""
    if accident.status == "closed":
        raise ApiError(409, "conflict", errors=[("status", "accident_closed", None)])


def _victim(values: dict[str, Any]) -> AccidentVictim:
    return AccidentVictim(**{name: values[name] for name in VICTIM_FIELDS if name in values})


async def create(
    session: AsyncSession, principal: Principal, province_code: str, values: dict[str, Any]
) -> tuple[Accident, str | None]:
    victims = values.pop("victims")
    check_sector(principal, values["sector"], values.get("enterprise_id"))
    enterprise = None
    if values.get("enterprise_id") is not None:
        enterprise = await enterprises.referenced(session, principal, values["enterprise_id"])
        values["zone_code"] = enterprise.zone_code
        values["vsic_section"] = enterprise.vsic_section
        if values.get("admin_unit_code") is None:
            values["admin_unit_code"] = enterprise.admin_unit_code
    if values.get("admin_unit_code") is None:
        raise field_error("admin_unit_code", "field_required")
    problems = await areas.place_problems(session, province_code, values["admin_unit_code"])
    if enterprise is None and not problems:
        gate.ensure_place(principal, values["admin_unit_code"], None, None, "admin_unit_code")
    if values.get("notified_at") is None:
        # Received now; a reporter's clock a little ahead must not put the notification before the accident.
        values["notified_at"] = max(utcnow(), values["occurred_at"])
    raise_problems(problems + check_record(values, victims))
    deaths = sum(1 for v in victims if v["severity"] == "fatal")
    serious = sum(1 for v in victims if v["severity"] == "serious")
    if values.get("investigation_level") is None:
        values["investigation_level"] = rules.proposed_investigation_level(deaths, serious)
    year = rules.local_date(values["occurred_at"]).year
    # Accidents and technical incidents are numbered apart, each series from 1 every year.
    prefix = "TNLD" if values["kind"] == "accident" else "SCKT"
    values["code"] = f"{prefix}-{year}-{await next_value(session, f'accident:{prefix}:{year}'):05d}"
    accident = Accident(**values, status="notified", reported_by=principal.label)
    accident.victims = [_victim(v) for v in victims]
    derive(accident, enterprise.name if enterprise else None)
    session.add(accident)
    await session.flush()
    audit.record(session, principal.actor, "create", "accident", accident.id, after=snapshot(accident))
    return accident, enterprise.name if enterprise else None


async def update(
    session: AsyncSession, principal: Principal, province_code: str, accident: Accident, changes: dict[str, Any]
) -> None:
    ensure_open(accident)
    ensure_may_report(principal, accident.sector)
    if any(name in changes for name in INVESTIGATION_FIELDS) and not principal.can(ACCIDENTS_INVESTIGATE):
        field = next(name for name in INVESTIGATION_FIELDS if name in changes)
        raise field_error(field, "investigation_field_forbidden", 403)
    before = snapshot(accident)
    victims = changes.pop("victims", None)
    problems: list[tuple[str, str]] = []
    if "admin_unit_code" in changes:
        problems += await areas.place_problems(session, province_code, changes["admin_unit_code"])
        if not problems:
            # Where it happened may change, but not to a place that takes it out of the caller's scope.
            gate.ensure_place(
                principal, changes["admin_unit_code"], accident.zone_code, accident.enterprise_id, "admin_unit_code"
            )
    merged = {**before, **changes}
    merged_victims = victims if victims is not None else before["victims"]
    problems += check_record(merged, merged_victims)
    if victims is not None:
        problems += _victim_id_problems(accident, victims)
    if "extension_days" in changes or "extension_reason" in changes:
        problems += _extension_problems(accident, merged, merged_victims)
    raise_problems(problems)
    for name, value in changes.items():
        setattr(accident, name, value)
    if victims is not None:
        _replace_victims(accident, victims)
    names = await enterprises.names(session, {accident.enterprise_id} if accident.enterprise_id else set())
    derive(accident, names.get(accident.enterprise_id or 0))
    if snapshot(accident) == before:
        return
    # A change to a victim alone leaves the accident's row as it was: touch it, so that its version (the ETag)
    # moves with every change of the report.
    accident.updated_at = utcnow()
    await session.flush()  # new victims get their ids before the audit row records them
    audit.record(session, principal.actor, "update", "accident", accident.id, before, snapshot(accident))


def _victim_id_problems(accident: Accident, victims: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each victim sent with an id must be one of this accident's, and be sent once."""
    existing = {v.id for v in accident.victims}
    seen: set[int] = set()
    problems = []
    for index, values in enumerate(victims):
        victim_id = values.get("id")
        if victim_id is None:
            continue
        if victim_id not in existing:
            problems.append((f"victims.{index}.id", "victim_unknown"))
        elif victim_id in seen:
            problems.append((f"victims.{index}.id", "victim_repeated"))
        seen.add(victim_id)
    return problems


def _extension_problems(
    accident: Accident, merged: dict[str, Any], victims: list[dict[str, Any]]
) -> list[tuple[str, str]]:
    """One extension at most, for serious or fatal accidents, no longer than the original limit, with a reason."""
    days = merged.get("extension_days")
    if accident.extension_days is not None and days != accident.extension_days:
        return [("extension_days", "extension_already_granted")]
    if days is None:
        # A reason with no extension to give it for.
        return [("extension_days", "field_required")] if merged.get("extension_reason") else []
    severities = [v["severity"] for v in victims]
    severity = rules.worst_severity(severities)
    if not rules.extension_allowed(severity):
        return [("extension_days", "extension_not_allowed")]
    limit = rules.investigation_limit(severity, severities.count("serious"), merged["needs_examination"])
    if limit is not None and days > limit:
        return [("extension_days", "extension_too_long")]
    if not merged.get("extension_reason"):
        return [("extension_reason", "extension_reason_required")]
    return []


def _replace_victims(accident: Accident, victims: list[dict[str, Any]]) -> None:
    """The list sent becomes the victims: those sent with their id keep it, the others are new, the rest go.
    The ids were checked by _victim_id_problems."""
    existing = {v.id: v for v in accident.victims}
    kept: list[AccidentVictim] = []
    for values in victims:
        victim_id = values.get("id")
        if victim_id is None:
            kept.append(_victim(values))
            continue
        victim = existing[victim_id]
        for name in VICTIM_FIELDS:
            setattr(victim, name, values[name])
        kept.append(victim)
    accident.victims = kept


async def change_status(
    session: AsyncSession,
    principal: Principal,
    accident: Accident,
    target: str,
    note: str | None,
    record_date: date | None,
) -> None:
    if not principal.can(ACCIDENTS_INVESTIGATE):
        raise forbidden()
    current = accident.status
    if target == current or not rules.can_move(current, target):
        raise ApiError(
            409,
            "conflict",
            errors=[("status", "status_move_invalid", {"current": current, "target": target})],
        )
    if current == "concluded" and target == "investigating" and not note:
        raise field_error("note", "reopen_note_required")
    if record_date is not None and target != "concluded":
        raise field_error("record_date", "record_date_not_concluding")
    before = snapshot(accident)
    now = utcnow()
    accident.status = target
    if target == "investigating":
        accident.investigating_at, accident.investigating_by = now, principal.label
        accident.concluded_at = accident.concluded_by = None
        accident.investigation_record_date = None
    elif target == "concluded":
        chosen = record_date or rules.today()
        if chosen < rules.local_date(accident.notified_at) or chosen > rules.today():
            raise field_error("record_date", "record_date_invalid")
        accident.investigation_record_date = chosen
        accident.concluded_at, accident.concluded_by = now, principal.label
    else:
        accident.closed_at, accident.closed_by = now, principal.label
    after = snapshot(accident)
    after["note"] = note
    audit.record(session, principal.actor, "status", "accident", accident.id, before, after)
    await session.flush()


async def soft_delete(session: AsyncSession, principal: Principal, accident: Accident) -> None:
    accident.deleted_at = utcnow()
    audit.record(session, principal.actor, "delete", "accident", accident.id, before=snapshot(accident))
    await session.flush()


def is_overdue(accident: Accident, on: date | None = None) -> bool:
    return rules.is_overdue(accident.status, accident.investigation_deadline, on or rules.today())


def allowed_statuses(accident: Accident) -> list[str]:
    return list(rules.TRANSITIONS.get(accident.status, ()))


async def attachments(session: AsyncSession, accident: Accident) -> list[AccidentAttachment]:
    rows = await session.scalars(
        select(AccidentAttachment)
        .where(AccidentAttachment.accident_id == accident.id, AccidentAttachment.deleted_at.is_(None))
        .order_by(AccidentAttachment.id)
    )
    return list(rows)


async def attachment(session: AsyncSession, accident: Accident, attachment_id: int) -> AccidentAttachment:
    if not 0 < attachment_id <= MAX_ID:
        raise not_found()
    row = await session.scalar(
        select(AccidentAttachment).where(
            AccidentAttachment.id == attachment_id,
            AccidentAttachment.accident_id == accident.id,
            AccidentAttachment.deleted_at.is_(None),
        )
    )
    if row is None:
        raise not_found()
    return row
