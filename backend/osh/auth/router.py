from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from osh.audit import service as audit
from osh.auth import service
from osh.auth.deps import authenticated
from osh.auth.models import User
from osh.auth.principal import Principal
from osh.auth.schemas import LogoutIn, MeOut, PasswordChangeIn, TokenOut
from osh.auth.security import password_problem
from osh.core.database import get_session
from osh.core.errors import COMMON_ERRORS, field_error

router = APIRouter(prefix="/auth", tags=["auth"])

FormText = Annotated[str | None, Form(max_length=512)]


@router.post(
    "/token",
    summary="Get tokens (OAuth2: password, refresh_token, client_credentials)",
    responses=COMMON_ERRORS,
)
async def token(
    request: Request,
    grant_type: Annotated[Literal["password", "refresh_token", "client_credentials"], Form()],
    username: FormText = None,
    password: FormText = None,
    refresh_token: FormText = None,
    client_id: FormText = None,
    client_secret: FormText = None,
    scope: FormText = None,
    session: AsyncSession = Depends(get_session),
) -> TokenOut:
    """`password`: username is the e-mail. `refresh_token`: the refresh token is spent and a new one
    given; presenting a spent one revokes that login. `client_credentials`: for integrators; no refresh
    token. Repeated wrong passwords lock the account for a while (429 with Retry-After)."""
    settings = request.app.state.settings
    request_id = request.state.request_id
    if grant_type == "password":
        if not username:
            raise field_error("username", "field_required")
        if not password:
            raise field_error("password", "field_required")
        tokens = await service.password_grant(
            session, settings, request.app.state.hasher, username, password, request_id
        )
    elif grant_type == "refresh_token":
        if not refresh_token:
            raise field_error("refresh_token", "field_required")
        tokens = await service.refresh_grant(session, settings, refresh_token, request_id)
    else:
        if not client_id:
            raise field_error("client_id", "field_required")
        if not client_secret:
            raise field_error("client_secret", "field_required")
        tokens = await service.client_credentials_grant(session, settings, client_id, client_secret, request_id)
    return TokenOut(access_token=tokens.access_token, expires_in=tokens.expires_in, refresh_token=tokens.refresh_token)


@router.post("/logout", status_code=204, summary="Revoke a refresh token and its login", responses=COMMON_ERRORS)
async def logout(body: LogoutIn, session: AsyncSession = Depends(get_session)) -> Response:
    await service.logout(session, body.refresh_token, None)
    return Response(status_code=204)


@router.get("/me", summary="The caller: role, permissions and scope", responses=COMMON_ERRORS)
async def me(principal: Principal = Depends(authenticated), session: AsyncSession = Depends(get_session)) -> MeOut:
    out = MeOut(
        kind="user" if principal.kind == "user" else "client",
        id=principal.id,
        label=principal.label,
        role=principal.role,
        permissions=sorted(principal.permissions),
        scope=principal.scope,
    )
    if principal.kind == "user":
        user = await session.get(User, principal.id)
        if user is not None:
            out.email, out.full_name = user.email, user.full_name
    return out


@router.post("/password", status_code=204, summary="Change one's own password", responses=COMMON_ERRORS)
async def change_password(
    request: Request,
    body: PasswordChangeIn,
    principal: Principal = Depends(authenticated),
    session: AsyncSession = Depends(get_session),
) -> Response:
    user = await session.get(User, principal.id) if principal.kind == "user" else None
    if user is None:
        raise field_error("current_password", "password_wrong")
    hasher = request.app.state.hasher
    if not await hasher.verify(body.current_password, user.password_hash):
        raise field_error("current_password", "password_wrong")
    if password_problem(body.new_password, user.email):
        raise field_error("new_password", "password_weak")
    user.password_hash = await hasher.hash(body.new_password)
    await service.revoke_all(session, user.id)
    audit.record(session, principal.actor, "password_change", "user", user.id)
    await session.commit()
    return Response(status_code=204)
