"""The scoping gate: the one place that turns (principal, query) into a scoped query and checks write targets.

Each domain names the columns that place its rows (commune, industrial zone, enterprise); the gate knows
what each scope kind may see. Rows outside the scope are filtered out of every query, so reads of them
answer 404; writes that would put a row in a place outside the scope are refused.
"""

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, false, true

from osh.auth.principal import Principal
from osh.auth.scope import CommunesScope, EnterpriseScope, ProvinceScope, ZonesScope
from osh.core.errors import out_of_scope

S = TypeVar("S", bound=Select[Any])


@dataclass(frozen=True)
class Places:
    """The columns of a table that say where a row is."""

    admin_unit: Any
    zone: Any
    enterprise: Any


def condition(principal: Principal, places: Places) -> ColumnElement[bool]:
    scope = principal.scope
    if isinstance(scope, ProvinceScope):
        return true()
    if isinstance(scope, CommunesScope):
        return places.admin_unit.in_(scope.codes)  # type: ignore[no-any-return]
    if isinstance(scope, ZonesScope):
        return places.zone.in_(scope.codes)  # type: ignore[no-any-return]
    if isinstance(scope, EnterpriseScope):
        return places.enterprise == scope.enterprise_id  # type: ignore[no-any-return]
    return false()  # an unknown scope kind sees nothing


def scoped(stmt: S, principal: Principal, places: Places) -> S:
    return stmt.where(condition(principal, places))


def allows_place(
    principal: Principal, admin_unit_code: str | None, zone_code: str | None, enterprise_id: int | None
) -> bool:
    scope = principal.scope
    if isinstance(scope, ProvinceScope):
        return True
    if isinstance(scope, CommunesScope):
        return admin_unit_code in scope.codes
    if isinstance(scope, ZonesScope):
        return zone_code in scope.codes
    if isinstance(scope, EnterpriseScope):
        return enterprise_id is not None and enterprise_id == scope.enterprise_id
    return False


def ensure_place(
    principal: Principal,
    admin_unit_code: str | None,
    zone_code: str | None,
    enterprise_id: int | None,
    field: str | None = None,
) -> None:
    """Refuse a write whose target place is outside the principal's scope, naming the field that decides it
    unless told: the zone for a principal scoped to zones, else the commune."""
    if not allows_place(principal, admin_unit_code, zone_code, enterprise_id):
        raise out_of_scope(field or deciding_field(principal))


def deciding_field(principal: Principal) -> str:
    """The field whose value puts a row inside or outside the principal's scope."""
    return "zone_code" if isinstance(principal.scope, ZonesScope) else "admin_unit_code"
