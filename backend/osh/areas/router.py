from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from osh.access import gate
from osh.areas import service
from osh.areas.models import AdminUnit, IndustrialZone
from osh.areas.schemas import AdminUnitOut, ZoneCreate, ZoneKind, ZoneOut, ZoneUpdate
from osh.audit import service as audit
from osh.auth.deps import require
from osh.auth.permissions import AREAS_READ, ZONES_WRITE
from osh.auth.principal import Principal
from osh.core.database import get_or_404, get_session
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, WRITE_ERRORS, ApiError, field_error, not_found
from osh.core.idempotency import run_once
from osh.core.pagination import Cursor, Limit, Page, keyset, next_cursor
from osh.core.text import fold, search_terms
from osh.core.versioning import require_if_match, set_etag

router = APIRouter(tags=["areas"], responses=COMMON_ERRORS)

Search = Annotated[str | None, Query(max_length=200, description="Name; case and diacritics ignored")]


@router.get("/admin-units", summary="Administrative units (provinces, communes; former districts as expired)")
async def list_admin_units(
    request: Request,
    level: Literal["province", "district", "commune"] | None = None,
    parent: Annotated[
        str | None, Query(max_length=8, description="Parent unit code; `province` for the deployment's")
    ] = None,
    q: Search = None,
    include_expired: bool = False,
    limit: Limit = 50,
    cursor: Cursor = None,
    _: Principal = Depends(require(AREAS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[AdminUnitOut]:
    stmt = select(AdminUnit)
    if level:
        stmt = stmt.where(AdminUnit.level == level)
    if parent:
        stmt = stmt.where(
            AdminUnit.parent_code == (request.app.state.settings.province_code if parent == "province" else parent)
        )
    for term in search_terms(q):
        stmt = stmt.where(AdminUnit.name_folded.contains(term, autoescape=True))
    if not include_expired:
        stmt = stmt.where(AdminUnit.valid_to.is_(None))
    total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = list(await session.scalars(_keyset_by_code(stmt, cursor, limit)))
    rows, cursor_out = _trim(rows, limit)
    return Page(items=[AdminUnitOut.model_validate(r) for r in rows], next_cursor=cursor_out, total=total)


def _keyset_by_code(stmt: Select[AdminUnit], cursor: str | None, limit: int) -> Select[AdminUnit]:
    if cursor:
        stmt = stmt.where(AdminUnit.code > cursor)
    return stmt.order_by(AdminUnit.code).limit(limit + 1)


def _trim(rows: list[AdminUnit], limit: int) -> tuple[list[AdminUnit], str | None]:
    if len(rows) <= limit:
        return rows, None
    return rows[:limit], rows[limit - 1].code


@router.get("/admin-units/{code}", summary="One administrative unit", responses=NOT_FOUND)
async def get_admin_unit(
    code: Annotated[str, Path(max_length=5)],
    _: Principal = Depends(require(AREAS_READ)),
    session: AsyncSession = Depends(get_session),
) -> AdminUnitOut:
    unit = await session.get(AdminUnit, code)
    if unit is None:
        raise not_found()
    return AdminUnitOut.model_validate(unit)


@router.get("/industrial-zones", summary="Industrial zones, economic zones and industrial clusters")
async def list_zones(
    q: Search = None,
    kind: ZoneKind | None = None,
    admin_unit: Annotated[str | None, Query(max_length=5)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    _: Principal = Depends(require(AREAS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[ZoneOut]:
    stmt = select(IndustrialZone)
    for term in search_terms(q):
        stmt = stmt.where(IndustrialZone.name_folded.contains(term, autoescape=True))
    if kind:
        stmt = stmt.where(IndustrialZone.kind == kind.value)
    if admin_unit:
        stmt = stmt.where(IndustrialZone.admin_unit_code == admin_unit)
    total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = list(
        await session.scalars(keyset(stmt, IndustrialZone.name_folded, IndustrialZone.id, False, cursor, limit))
    )
    rows, cursor_out = next_cursor(rows, limit, "name_folded")
    return Page(items=[ZoneOut.model_validate(r) for r in rows], next_cursor=cursor_out, total=total)


@router.get("/industrial-zones/{zone_id}", summary="One industrial zone", responses=NOT_FOUND)
async def get_zone(
    zone_id: int,
    response: Response,
    _: Principal = Depends(require(AREAS_READ)),
    session: AsyncSession = Depends(get_session),
) -> ZoneOut:
    zone = await get_or_404(session, IndustrialZone, zone_id)
    set_etag(response, zone.version)
    return ZoneOut.model_validate(zone)


async def _check_commune(request: Request, session: AsyncSession, code: str) -> None:
    if await service.commune_in_province(session, code, request.app.state.settings.province_code) is None:
        raise field_error("admin_unit_code", "admin_unit_unknown")


def _snapshot(zone: IndustrialZone) -> dict[str, object]:
    return {"code": zone.code, "name": zone.name, "kind": zone.kind, "admin_unit_code": zone.admin_unit_code}


@router.post(
    "/industrial-zones",
    status_code=201,
    summary="Register an industrial zone",
    responses={201: {"model": ZoneOut}, **WRITE_ERRORS},
)
async def create_zone(
    request: Request,
    body: ZoneCreate,
    principal: Principal = Depends(require(ZONES_WRITE)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        gate.ensure_place(principal, body.admin_unit_code, body.code, None)
        await _check_commune(request, session, body.admin_unit_code)
        if await service.zone_by_code(session, body.code) is not None:
            raise ApiError(409, "conflict", errors=[("code", "zone_code_taken", None)])
        zone = IndustrialZone(
            code=body.code,
            name=body.name,
            name_folded=fold(body.name),
            kind=body.kind.value,
            admin_unit_code=body.admin_unit_code,
        )
        session.add(zone)
        await session.flush()
        audit.record(session, principal.actor, "create", "industrial_zone", zone.id, after=_snapshot(zone))
        out = ZoneOut.model_validate(zone).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/industrial-zones/{zone.id}", "ETag": f'"{zone.version}"'}

    return await run_once(
        request,
        session,
        principal.key,
        work,
        on_conflict=lambda _: ApiError(409, "conflict", errors=[("code", "zone_code_taken", None)]),
    )


@router.patch(
    "/industrial-zones/{zone_id}",
    summary="Change an industrial zone (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_zone(
    request: Request,
    response: Response,
    zone_id: int,
    body: ZoneUpdate,
    principal: Principal = Depends(require(ZONES_WRITE)),
    session: AsyncSession = Depends(get_session),
) -> ZoneOut:
    zone = await get_or_404(session, IndustrialZone, zone_id)
    require_if_match(request, zone.version)
    before = _snapshot(zone)
    changes = body.model_dump(exclude_unset=True)
    if "admin_unit_code" in changes:
        await _check_commune(request, session, changes["admin_unit_code"])
    gate.ensure_place(principal, changes.get("admin_unit_code", zone.admin_unit_code), zone.code, None)
    for name, value in changes.items():
        setattr(zone, name, value.value if isinstance(value, ZoneKind) else value)
    if "name" in changes:
        zone.name_folded = fold(zone.name)
    audit.record(session, principal.actor, "update", "industrial_zone", zone.id, before, _snapshot(zone))
    await session.commit()
    set_etag(response, zone.version)
    return ZoneOut.model_validate(zone)


@router.delete(
    "/industrial-zones/{zone_id}",
    status_code=204,
    summary="Remove an industrial zone that no enterprise belongs to (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_zone(
    request: Request,
    zone_id: int,
    principal: Principal = Depends(require(ZONES_WRITE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    zone = await get_or_404(session, IndustrialZone, zone_id)
    require_if_match(request, zone.version)
    gate.ensure_place(principal, zone.admin_unit_code, zone.code, None)
    audit.record(session, principal.actor, "delete", "industrial_zone", zone.id, before=_snapshot(zone))
    await session.delete(zone)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise ApiError(409, "conflict", detail_code="zone_in_use") from None
    return Response(status_code=204)
