"""The enterprise registry: scoped queries, derived fields, writes with audit."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.areas import service as areas
from osh.audit import service as audit
from osh.auth.principal import Principal
from osh.core.database import MAX_ID, utcnow
from osh.core.errors import ApiError, field_error, not_found, raise_problems
from osh.core.pagination import keyset, next_cursor, parse_sort
from osh.core.text import fold, search_terms
from osh.enterprises.models import PLACES, Enterprise
from osh.reference import service as reference

SORTS = {
    "name": Enterprise.name_folded,
    "tax_code": Enterprise.tax_code,
    "employees_total": Enterprise.employees_total,
    "created_at": Enterprise.created_at,
    "updated_at": Enterprise.updated_at,
}
SORT_ATTRS = {"name": "name_folded"}

# Fields a client writes; the rest are derived or kept by the system.
WRITABLE = (
    "tax_code",
    "name",
    "legal_form",
    "ownership",
    "vsic_code",
    "admin_unit_code",
    "address",
    "zone_code",
    "employees_total",
    "employees_female",
    "employees_hazardous",
    "annual_revenue_vnd",
    "total_capital_vnd",
    "high_risk_override",
    "high_risk_reason",
    "osh_officer_name",
    "osh_officer_phone",
    "osh_officer_email",
    "phone",
    "email",
    "founded_on",
    "status",
)
DERIVED = ("vsic_section", "size_class", "high_risk")


@dataclass
class Filters:
    q: str | None = None
    admin_unit: list[str] | None = None
    zone: list[str] | None = None
    vsic_section: list[str] | None = None
    size_class: list[str] | None = None
    high_risk: bool | None = None
    legal_form: list[str] | None = None
    status: list[str] | None = None


def visible(principal: Principal) -> Select[Enterprise]:
    """Every enterprise query starts here: not deleted, inside the caller's scope."""
    return gate.scoped(select(Enterprise).where(Enterprise.deleted_at.is_(None)), principal, PLACES)


def filtered(principal: Principal, filters: Filters) -> Select[Enterprise]:
    stmt = visible(principal)
    for term in search_terms(filters.q):
        stmt = stmt.where(Enterprise.search_text.contains(term, autoescape=True))
    for column, values in (
        (Enterprise.admin_unit_code, filters.admin_unit),
        (Enterprise.zone_code, filters.zone),
        (Enterprise.vsic_section, filters.vsic_section),
        (Enterprise.size_class, filters.size_class),
        (Enterprise.legal_form, filters.legal_form),
        (Enterprise.status, filters.status),
    ):
        if values:
            stmt = stmt.where(column.in_(values))
    if filters.high_risk is not None:
        stmt = stmt.where(Enterprise.high_risk.is_(filters.high_risk))
    return stmt


async def list_page(
    session: AsyncSession, principal: Principal, filters: Filters, sort: str | None, cursor: str | None, limit: int
) -> tuple[list[Enterprise], str | None, int]:
    name, descending = parse_sort(sort, SORTS, "name")
    stmt = filtered(principal, filters)
    total = int(await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
    rows = list(await session.scalars(keyset(stmt, SORTS[name], Enterprise.id, descending, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, SORT_ATTRS.get(name, name))
    return rows, cursor_out, total


async def get(session: AsyncSession, principal: Principal, enterprise_id: int) -> Enterprise:
    if not 0 < enterprise_id <= MAX_ID:
        raise not_found()
    enterprise = await session.scalar(visible(principal).where(Enterprise.id == enterprise_id))
    if enterprise is None:
        raise not_found()
    return enterprise


async def referenced(session: AsyncSession, principal: Principal, enterprise_id: int) -> Enterprise:
    """The enterprise a record refers to (an accident, a training record...); one outside the caller's scope is
    refused as an unknown `enterprise_id`, as one that does not exist."""
    try:
        return await get(session, principal, enterprise_id)
    except ApiError as error:
        if error.status == 404:
            raise field_error("enterprise_id", "enterprise_unknown") from None
        raise


async def names(session: AsyncSession, ids: set[int]) -> dict[int, str]:
    """id -> name of these enterprises, for answers that show the name beside the id."""
    if not ids:
        return {}
    rows = await session.execute(select(Enterprise.id, Enterprise.name).where(Enterprise.id.in_(ids)))
    return {row.id: row.name for row in rows}


async def exists(session: AsyncSession, enterprise_id: int) -> bool:
    found = await session.scalar(
        select(Enterprise.id).where(Enterprise.id == enterprise_id, Enterprise.deleted_at.is_(None))
    )
    return found is not None


def snapshot(enterprise: Enterprise) -> dict[str, Any]:
    return {name: getattr(enterprise, name) for name in WRITABLE + DERIVED}


def derive(enterprise: Enterprise) -> None:
    """Recompute what is never typed in: section, size class (Decree 80/2021), high-risk flag, search text."""
    enterprise.vsic_section = reference.vsic_section(enterprise.vsic_code) or "?"
    enterprise.size_class = reference.size_class(
        enterprise.vsic_code, enterprise.employees_total, enterprise.annual_revenue_vnd, enterprise.total_capital_vnd
    )
    derived_risk = reference.is_high_risk_industry(enterprise.vsic_code)
    enterprise.high_risk = derived_risk if enterprise.high_risk_override is None else enterprise.high_risk_override
    if enterprise.high_risk_override is None:
        enterprise.high_risk_reason = None
    enterprise.name_folded = fold(enterprise.name)[:300]
    enterprise.search_text = " ".join((fold(enterprise.name), enterprise.tax_code, fold(enterprise.address)))


def check_record(values: dict[str, Any]) -> list[tuple[str, str]]:
    """Cross-field rules on the whole record (after a patch is applied): [(field, message code)]."""
    problems = []
    total = values.get("employees_total") or 0
    if (values.get("employees_female") or 0) > total:
        problems.append(("employees_female", "employees_female_over_total"))
    if (values.get("employees_hazardous") or 0) > total:
        problems.append(("employees_hazardous", "employees_hazardous_over_total"))
    if values.get("high_risk_override") is not None and not values.get("high_risk_reason"):
        problems.append(("high_risk_reason", "high_risk_reason_required"))
    if values.get("high_risk_override") is None and values.get("high_risk_reason"):
        problems.append(("high_risk_reason", "high_risk_reason_without_override"))
    return problems


def tax_code_taken() -> ApiError:
    return ApiError(409, "conflict", errors=[("tax_code", "tax_code_taken", None)])


async def create(session: AsyncSession, principal: Principal, province_code: str, values: dict[str, Any]) -> Enterprise:
    gate.ensure_place(principal, values["admin_unit_code"], values.get("zone_code"), None)
    raise_problems(
        check_record(values)
        + await areas.place_problems(session, province_code, values["admin_unit_code"], values.get("zone_code"))
    )
    if await session.scalar(select(Enterprise.id).where(Enterprise.tax_code == values["tax_code"])) is not None:
        raise tax_code_taken()
    enterprise = Enterprise(**values)
    derive(enterprise)
    session.add(enterprise)
    await session.flush()
    audit.record(session, principal.actor, "create", "enterprise", enterprise.id, after=snapshot(enterprise))
    return enterprise


async def update(
    session: AsyncSession, principal: Principal, province_code: str, enterprise: Enterprise, changes: dict[str, Any]
) -> Enterprise:
    before = snapshot(enterprise)
    if "high_risk_override" in changes and changes["high_risk_override"] is None:
        changes = {"high_risk_reason": None, **changes}  # back to the derived flag: the reason goes too
    merged = {**before, **changes}
    if "admin_unit_code" in changes or "zone_code" in changes:
        gate.ensure_place(principal, merged["admin_unit_code"], merged["zone_code"], enterprise.id)
    raise_problems(
        check_record(merged)
        + await areas.place_problems(
            session,
            province_code,
            changes.get("admin_unit_code"),
            changes.get("zone_code"),
        )
    )
    for name, value in changes.items():
        setattr(enterprise, name, value)
    derive(enterprise)
    audit.record(session, principal.actor, "update", "enterprise", enterprise.id, before, snapshot(enterprise))
    return enterprise


async def soft_delete(session: AsyncSession, principal: Principal, enterprise: Enterprise) -> None:
    enterprise.deleted_at = utcnow()
    audit.record(session, principal.actor, "delete", "enterprise", enterprise.id, before=snapshot(enterprise))
