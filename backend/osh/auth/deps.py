"""Authentication and permission dependencies. Every route declares one of them."""

from collections.abc import Awaitable, Callable

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from osh.auth.models import ApiClient, User
from osh.auth.permissions import Role
from osh.auth.principal import Principal
from osh.auth.scope import Scope
from osh.auth.security import decode_access_token
from osh.core.database import get_session
from osh.core.errors import ApiError, forbidden

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)
SCOPE_ADAPTER: TypeAdapter[Scope] = TypeAdapter(Scope)


def unauthorized(detail_code: str = "unauthorized_detail") -> ApiError:
    return ApiError(401, "unauthorized", detail_code=detail_code, headers={"WWW-Authenticate": 'Bearer realm="osh"'})


async def authenticated(
    request: Request,
    token: str | None = Depends(oauth2_scheme),
    session: AsyncSession = Depends(get_session),
) -> Principal:
    """The caller behind a valid access token. The account is read on every request, so deactivation
    and role changes take effect at once, not when the token expires."""
    if not token:
        raise unauthorized()
    subject = decode_access_token(request.app.state.settings, token)
    if subject is None:
        raise unauthorized()
    kind, _, raw_id = subject.partition(":")
    if not (raw_id.isascii() and raw_id.isdigit()) or int(raw_id) >= 2**31:
        raise unauthorized()
    account: User | ApiClient | None
    if kind == "user":
        account = await session.get(User, int(raw_id))
        label = account.email if account else ""
    elif kind == "client":
        account = await session.get(ApiClient, int(raw_id))
        label = f"{account.name} ({account.client_id})" if account else ""
    else:
        raise unauthorized()
    if account is None or not account.is_active:
        raise unauthorized()
    try:
        scope = SCOPE_ADAPTER.validate_python(account.scope)
        role = Role(account.role)
    except (ValidationError, ValueError):
        raise unauthorized() from None
    principal = Principal(kind, account.id, label, role, scope, getattr(request.state, "request_id", None))
    request.state.principal = principal
    return principal


def require(permission: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency giving the principal when its role holds `permission`, else 403."""

    async def dependency(principal: Principal = Depends(authenticated)) -> Principal:
        if not principal.can(permission):
            raise forbidden()
        return principal

    dependency.permission = permission  # type: ignore[attr-defined]  # read by the route-table tests
    return dependency
