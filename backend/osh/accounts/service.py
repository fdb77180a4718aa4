"""Creating and changing user accounts and API clients, with their scopes checked against real places."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from osh.areas import service as areas
from osh.auth.permissions import ROLE_SCOPE_KINDS, Role
from osh.auth.scope import CommunesScope, EnterpriseScope, Scope, ZonesScope
from osh.core.errors import ApiError
from osh.enterprises import service as enterprises


async def check_scope(session: AsyncSession, province_code: str, role: Role, scope: Scope) -> None:
    kinds = ROLE_SCOPE_KINDS[role]
    if scope.kind not in kinds:
        raise _scope_error("scope_role_mismatch", role=role.value, kinds=", ".join(kinds))
    unknown: list[Any] = []
    if isinstance(scope, CommunesScope):
        unknown = await areas.unknown_communes(session, scope.codes, province_code)
    elif isinstance(scope, ZonesScope):
        unknown = await areas.unknown_zones(session, scope.codes)
    elif isinstance(scope, EnterpriseScope) and not await enterprises.exists(session, scope.enterprise_id):
        unknown = [scope.enterprise_id]
    if unknown:
        raise _scope_error("scope_code_unknown", codes=", ".join(str(u) for u in unknown))


def _scope_error(code: str, **params: Any) -> ApiError:
    return ApiError(422, "validation_error", detail_code="validation_detail", errors=[("scope", code, params)])
