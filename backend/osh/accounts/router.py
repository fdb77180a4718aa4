import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.accounts.schemas import (
    ApiClientCreate,
    ApiClientCreated,
    ApiClientOut,
    ApiClientUpdate,
    PasswordResetIn,
    UserCreate,
    UserOut,
    UserUpdate,
)
from osh.accounts.service import check_scope
from osh.audit import service as audit
from osh.auth import service as auth_service
from osh.auth.deps import SCOPE_ADAPTER, require
from osh.auth.models import ApiClient, User
from osh.auth.permissions import CLIENT_ROLES, USERS_MANAGE, Role
from osh.auth.principal import Principal
from osh.auth.security import password_problem, token_digest
from osh.core.database import get_or_404, get_session
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, WRITE_ERRORS, ApiError, field_error
from osh.core.idempotency import run_once
from osh.core.pagination import Cursor, Limit, Page, keyset, next_cursor
from osh.core.text import search_terms
from osh.core.versioning import etag, require_if_match, set_etag

router = APIRouter(tags=["administration"], responses=COMMON_ERRORS)
Admin = Depends(require(USERS_MANAGE))


def _user_snapshot(user: User) -> dict[str, object]:
    return {
        "email": user.email,
        "full_name": user.full_name,
        "role": user.role,
        "scope": user.scope,
        "is_active": user.is_active,
    }


def _client_snapshot(client: ApiClient) -> dict[str, object]:
    return {
        "client_id": client.client_id,
        "name": client.name,
        "role": client.role,
        "scope": client.scope,
        "is_active": client.is_active,
    }


@router.get("/users", summary="User accounts")
async def list_users(
    q: Annotated[str | None, Query(max_length=200, description="E-mail or name")] = None,
    role: Role | None = None,
    is_active: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    _: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> Page[UserOut]:
    stmt = select(User)
    for term in search_terms(q):
        stmt = stmt.where(User.search_text.contains(term, autoescape=True))
    if role:
        stmt = stmt.where(User.role == role.value)
    if is_active is not None:
        stmt = stmt.where(User.is_active.is_(is_active))
    total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = list(await session.scalars(keyset(stmt, User.email, User.id, False, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "email")
    return Page(items=[UserOut.model_validate(r) for r in rows], next_cursor=cursor_out, total=total)


@router.post(
    "/users", status_code=201, summary="Create a user account", responses={201: {"model": UserOut}, **WRITE_ERRORS}
)
async def create_user(
    request: Request,
    body: UserCreate,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        await check_scope(session, request.app.state.settings.province_code, body.role, body.scope)
        if password_problem(body.password, body.email):
            raise field_error("password", "password_weak")
        if await session.scalar(select(User.id).where(User.email == body.email)) is not None:
            raise ApiError(409, "conflict", errors=[("email", "email_taken", None)])
        user = User(
            email=body.email,
            full_name=body.full_name,
            password_hash=await request.app.state.hasher.hash(body.password),
            role=body.role.value,
            scope=body.scope.model_dump(),
            is_active=True,
        )
        session.add(user)
        await session.flush()
        audit.record(session, principal.actor, "create", "user", user.id, after=_user_snapshot(user))
        return (
            201,
            UserOut.model_validate(user).model_dump(mode="json"),
            {"Location": f"/api/v1/users/{user.id}", "ETag": etag(user.version)},
        )

    return await run_once(
        request,
        session,
        principal.key,
        work,
        on_conflict=lambda _: ApiError(409, "conflict", errors=[("email", "email_taken", None)]),
    )


@router.get("/users/{user_id}", summary="One user account", responses=NOT_FOUND)
async def get_user(
    user_id: int, response: Response, _: Principal = Admin, session: AsyncSession = Depends(get_session)
) -> UserOut:
    user = await get_or_404(session, User, user_id)
    set_etag(response, user.version)
    return UserOut.model_validate(user)


@router.patch(
    "/users/{user_id}", summary="Change a user account (If-Match required)", responses={**NOT_FOUND, **WRITE_ERRORS}
)
async def update_user(
    request: Request,
    response: Response,
    user_id: int,
    body: UserUpdate,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> UserOut:
    user = await get_or_404(session, User, user_id)
    require_if_match(request, user.version)
    before = _user_snapshot(user)
    changes = body.model_dump(exclude_unset=True)
    role = body.role or Role(user.role)
    if "role" in changes or "scope" in changes:
        scope = body.scope or SCOPE_ADAPTER.validate_python(user.scope)
        await check_scope(session, request.app.state.settings.province_code, role, scope)
        user.role, user.scope = role.value, scope.model_dump()
    if body.full_name is not None:
        user.full_name = body.full_name
    if body.is_active is not None:
        user.is_active = body.is_active
        if not body.is_active:
            await auth_service.revoke_all(session, user.id)
        else:
            user.locked_until, user.failed_logins = None, 0
    audit.record(session, principal.actor, "update", "user", user.id, before, _user_snapshot(user))
    await session.commit()
    set_etag(response, user.version)
    return UserOut.model_validate(user)


@router.delete(
    "/users/{user_id}",
    status_code=204,
    summary="Deactivate a user account: its sessions end at once (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def deactivate_user(
    request: Request, user_id: int, principal: Principal = Admin, session: AsyncSession = Depends(get_session)
) -> Response:
    user = await get_or_404(session, User, user_id)
    require_if_match(request, user.version)
    if user.is_active:
        before = _user_snapshot(user)
        user.is_active = False
        await auth_service.revoke_all(session, user.id)
        audit.record(session, principal.actor, "deactivate", "user", user.id, before, _user_snapshot(user))
        await session.commit()
    return Response(status_code=204)


@router.post(
    "/users/{user_id}/password",
    status_code=204,
    summary="Set a new password for a user (unlocks; ends its sessions)",
    responses=NOT_FOUND,
)
async def reset_password(
    request: Request,
    user_id: int,
    body: PasswordResetIn,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> Response:
    user = await get_or_404(session, User, user_id)
    if password_problem(body.password, user.email):
        raise field_error("password", "password_weak")
    user.password_hash = await request.app.state.hasher.hash(body.password)
    user.locked_until, user.failed_logins = None, 0
    await auth_service.revoke_all(session, user.id)
    audit.record(session, principal.actor, "password_reset", "user", user.id)
    await session.commit()
    return Response(status_code=204)


@router.get("/api-clients", summary="API clients of integrators")
async def list_clients(
    limit: Limit = 50,
    cursor: Cursor = None,
    _: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> Page[ApiClientOut]:
    stmt = select(ApiClient)
    total = await session.scalar(select(func.count()).select_from(ApiClient))
    rows = list(await session.scalars(keyset(stmt, ApiClient.id, ApiClient.id, False, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "id")
    return Page(items=[ApiClientOut.model_validate(r) for r in rows], next_cursor=cursor_out, total=total)


def _client_role(role: Role) -> None:
    if role not in CLIENT_ROLES:
        raise field_error("role", "field_enum", expected=", ".join(r.value for r in CLIENT_ROLES))


@router.post(
    "/api-clients",
    status_code=201,
    summary="Create an API client; the secret is shown once, in this answer",
    responses={201: {"model": ApiClientCreated}, **WRITE_ERRORS},
)
async def create_client(
    request: Request,
    body: ApiClientCreate,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        _client_role(body.role)
        await check_scope(session, request.app.state.settings.province_code, body.role, body.scope)
        secret = secrets.token_urlsafe(32)
        client = ApiClient(
            client_id="osh_" + secrets.token_hex(12),
            name=body.name,
            secret_hash=token_digest(secret),
            role=body.role.value,
            scope=body.scope.model_dump(),
            is_active=True,
        )
        session.add(client)
        await session.flush()
        audit.record(session, principal.actor, "create", "api_client", client.id, after=_client_snapshot(client))
        out = ApiClientCreated.model_validate(
            {**ApiClientOut.model_validate(client).model_dump(), "client_secret": secret}
        )
        return (
            201,
            out.model_dump(mode="json"),
            {"Location": f"/api/v1/api-clients/{client.id}", "ETag": etag(client.version)},
        )

    return await run_once(request, session, principal.key, work, secret_fields=("client_secret",))


@router.post(
    "/api-clients/{client_id}/secret",
    summary="Issue a new secret for an API client; the old one stops working (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def rotate_client_secret(
    request: Request,
    response: Response,
    client_id: int,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> ApiClientCreated:
    client = await get_or_404(session, ApiClient, client_id)
    require_if_match(request, client.version)
    secret = secrets.token_urlsafe(32)
    client.secret_hash = token_digest(secret)
    audit.record(session, principal.actor, "rotate_secret", "api_client", client.id)
    await session.commit()
    set_etag(response, client.version)
    out = ApiClientOut.model_validate(client).model_dump()
    return ApiClientCreated.model_validate({**out, "client_secret": secret})


@router.get("/api-clients/{client_id}", summary="One API client", responses=NOT_FOUND)
async def get_client(
    client_id: int, response: Response, _: Principal = Admin, session: AsyncSession = Depends(get_session)
) -> ApiClientOut:
    client = await get_or_404(session, ApiClient, client_id)
    set_etag(response, client.version)
    return ApiClientOut.model_validate(client)


@router.patch(
    "/api-clients/{client_id}",
    summary="Change an API client (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_client(
    request: Request,
    response: Response,
    client_id: int,
    body: ApiClientUpdate,
    principal: Principal = Admin,
    session: AsyncSession = Depends(get_session),
) -> ApiClientOut:
    client = await get_or_404(session, ApiClient, client_id)
    require_if_match(request, client.version)
    before = _client_snapshot(client)
    if body.role is not None or body.scope is not None:
        role = body.role or Role(client.role)
        _client_role(role)
        scope = body.scope or SCOPE_ADAPTER.validate_python(client.scope)
        await check_scope(session, request.app.state.settings.province_code, role, scope)
        client.role, client.scope = role.value, scope.model_dump()
    if body.name is not None:
        client.name = body.name
    if body.is_active is not None:
        client.is_active = body.is_active
    audit.record(session, principal.actor, "update", "api_client", client.id, before, _client_snapshot(client))
    await session.commit()
    set_etag(response, client.version)
    return ApiClientOut.model_validate(client)


@router.delete(
    "/api-clients/{client_id}",
    status_code=204,
    summary="Deactivate an API client (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def deactivate_client(
    request: Request, client_id: int, principal: Principal = Admin, session: AsyncSession = Depends(get_session)
) -> Response:
    client = await get_or_404(session, ApiClient, client_id)
    require_if_match(request, client.version)
    if client.is_active:
        before = _client_snapshot(client)
        client.is_active = False
        audit.record(session, principal.actor, "deactivate", "api_client", client.id, before, _client_snapshot(client))
        await session.commit()
    return Response(status_code=204)
