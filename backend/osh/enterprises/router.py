import hashlib
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit import service as audit
from osh.audit.models import AuditEvent
from osh.audit.schemas import AuditEventOut
from osh.auth.deps import require
from osh.auth.permissions import (
    ENTERPRISES_CREATE,
    ENTERPRISES_DELETE,
    ENTERPRISES_EXPORT,
    ENTERPRISES_IMPORT,
    ENTERPRISES_READ,
    ENTERPRISES_WRITE,
)
from osh.auth.principal import Principal
from osh.core.database import get_session
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, WRITE_ERRORS, ApiError, Responses, problem
from osh.core.i18n import language
from osh.core.idempotency import run_once
from osh.core.pagination import Cursor, Limit, Page, keyset, next_cursor, parse_sort
from osh.core.versioning import require_if_match, set_etag
from osh.enterprises import excel, importer, service
from osh.enterprises.models import Enterprise
from osh.enterprises.schemas import (
    EnterpriseCreate,
    EnterpriseOut,
    EnterpriseStatus,
    EnterpriseUpdate,
    ImportReport,
    LegalForm,
    SizeClass,
)

router = APIRouter(prefix="/enterprises", tags=["enterprises"], responses=COMMON_ERRORS)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_RESPONSE: Responses = {
    200: {"content": {XLSX: {"schema": {"type": "string", "format": "binary"}}}, "description": "Excel workbook"}
}
Codes = Annotated[list[Annotated[str, Query(max_length=32)]] | None, Query(max_length=100)]


def filters(
    q: Annotated[
        str | None, Query(max_length=200, description="Name, tax code or address; case and diacritics ignored")
    ] = None,
    admin_unit: Annotated[
        list[Annotated[str, Query(pattern=r"^\d{5}$")]] | None, Query(max_length=100, description="Commune codes")
    ] = None,
    zone: Codes = None,
    vsic_section: Annotated[list[Annotated[str, Query(pattern=r"^[A-U]$")]] | None, Query(max_length=21)] = None,
    size_class: Annotated[list[SizeClass] | None, Query(max_length=4)] = None,
    high_risk: bool | None = None,
    legal_form: Annotated[list[LegalForm] | None, Query(max_length=20)] = None,
    status: Annotated[list[EnterpriseStatus] | None, Query(max_length=3)] = None,
) -> service.Filters:
    return service.Filters(
        q=q,
        admin_unit=admin_unit,
        zone=zone,
        vsic_section=vsic_section,
        size_class=[s.value for s in size_class] if size_class else None,
        high_risk=high_risk,
        legal_form=[f.value for f in legal_form] if legal_form else None,
        status=[s.value for s in status] if status else None,
    )


SortParam = Annotated[
    str | None,
    Query(
        pattern=r"^-?(name|tax_code|employees_total|created_at|updated_at)$",
        description="Sort field, `-` first for descending: name, tax_code, employees_total, created_at, updated_at",
    ),
]


@router.get("", summary="List enterprises in the caller's scope")
async def list_enterprises(
    f: service.Filters = Depends(filters),
    sort: SortParam = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    principal: Principal = Depends(require(ENTERPRISES_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[EnterpriseOut]:
    rows, cursor_out, total = await service.list_page(session, principal, f, sort, cursor, limit)
    return Page(items=[EnterpriseOut.model_validate(r) for r in rows], next_cursor=cursor_out, total=total)


@router.get(
    "/export",
    summary="Excel export of the enterprises matching the filters",
    responses=XLSX_RESPONSE,
    response_class=Response,
)
async def export_enterprises(
    request: Request,
    format: Annotated[str, Query(pattern="^xlsx$")] = "xlsx",
    f: service.Filters = Depends(filters),
    sort: SortParam = None,
    principal: Principal = Depends(require(ENTERPRISES_EXPORT)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    name, descending = parse_sort(sort, service.SORTS, "name")
    column = service.SORTS[name]
    stmt = service.filtered(principal, f).order_by(column.desc() if descending else column.asc(), Enterprise.id)
    stmt = stmt.limit(request.app.state.settings.export_max_rows)
    rows = await session.stream_scalars(stmt.execution_options(yield_per=1000))
    collected = [row async for row in rows]
    content = excel.write_workbook(collected, language(request))
    filename = f"doanh-nghiep-{date.today().isoformat()}.xlsx"
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get(
    "/import-template", summary="The Excel template for imports", responses=XLSX_RESPONSE, response_class=Response
)
async def import_template(
    request: Request,
    _: Principal = Depends(require(ENTERPRISES_IMPORT)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    province = request.app.state.settings.province_code
    communes = list(
        await session.execute(
            select(AdminUnit.code, AdminUnit.name)
            .where(AdminUnit.level == "commune", AdminUnit.parent_code == province, AdminUnit.valid_to.is_(None))
            .order_by(AdminUnit.name_folded)
        )
    )
    zones = list(await session.execute(select(IndustrialZone.code, IndustrialZone.name).order_by(IndustrialZone.code)))
    content = excel.template_workbook([tuple(r) for r in communes], [tuple(r) for r in zones])  # type: ignore[misc]
    return Response(
        content, media_type=XLSX, headers={"Content-Disposition": 'attachment; filename="mau-nhap-doanh-nghiep.xlsx"'}
    )


@router.post(
    "/import",
    summary="Import enterprises from an .xlsx file (upsert by tax code)",
    responses={**WRITE_ERRORS, 415: problem("Not an Excel workbook")},
)
async def import_enterprises(
    request: Request,
    file: Annotated[UploadFile, File(description=".xlsx in the template's layout")],
    dry_run: Annotated[bool, Query(description="Check and report without writing")] = False,
    skip_invalid: Annotated[bool, Query(description="Write the good rows even if some rows have errors")] = False,
    principal: Principal = Depends(require(ENTERPRISES_IMPORT)),
    session: AsyncSession = Depends(get_session),
) -> ImportReport:
    settings = request.app.state.settings
    content = await file.read(settings.max_upload_bytes + 1)
    if len(content) > settings.max_upload_bytes:
        raise ApiError(413, "too_large", detail_code="too_large_detail", params={"limit": settings.max_upload_bytes})

    async def work() -> tuple[int, object, dict[str, str]]:
        report = await importer.run(
            session,
            principal,
            settings.province_code,
            content,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            max_rows=settings.import_max_rows,
            lang=language(request),
        )
        if not report.written:
            await session.rollback()
        return 200, report.model_dump(mode="json"), {}

    fingerprint = f"import:{dry_run}:{skip_invalid}:{hashlib.sha256(content).hexdigest()}".encode()
    return await run_once(  # type: ignore[return-value]
        request,
        session,
        principal.key,
        work,
        fingerprint=fingerprint,
        on_conflict=lambda _: service.tax_code_taken(),
    )


@router.post(
    "",
    status_code=201,
    summary="Register an enterprise",
    responses={201: {"model": EnterpriseOut, "description": "Created; `Location` and `ETag` set"}, **WRITE_ERRORS},
)
async def create_enterprise(
    request: Request,
    body: EnterpriseCreate,
    principal: Principal = Depends(require(ENTERPRISES_CREATE)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        values = body.model_dump(mode="python")
        enterprise = await service.create(session, principal, request.app.state.settings.province_code, values)
        out = EnterpriseOut.model_validate(enterprise).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/enterprises/{enterprise.id}", "ETag": f'"{enterprise.version}"'}

    return await run_once(request, session, principal.key, work, on_conflict=lambda _: service.tax_code_taken())


@router.get("/{enterprise_id}", summary="One enterprise", responses=NOT_FOUND)
async def get_enterprise(
    enterprise_id: int,
    response: Response,
    principal: Principal = Depends(require(ENTERPRISES_READ)),
    session: AsyncSession = Depends(get_session),
) -> EnterpriseOut:
    enterprise = await service.get(session, principal, enterprise_id)
    set_etag(response, enterprise.version)
    return EnterpriseOut.model_validate(enterprise)


@router.patch(
    "/{enterprise_id}",
    summary="Change an enterprise (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_enterprise(
    request: Request,
    response: Response,
    enterprise_id: int,
    body: EnterpriseUpdate,
    principal: Principal = Depends(require(ENTERPRISES_WRITE)),
    session: AsyncSession = Depends(get_session),
) -> EnterpriseOut:
    enterprise = await service.get(session, principal, enterprise_id)
    require_if_match(request, enterprise.version)
    changes = body.model_dump(exclude_unset=True)
    await service.update(session, principal, request.app.state.settings.province_code, enterprise, changes)
    await session.commit()
    set_etag(response, enterprise.version)
    return EnterpriseOut.model_validate(enterprise)


@router.delete(
    "/{enterprise_id}",
    status_code=204,
    summary="Remove an enterprise from the registry (kept for history; If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_enterprise(
    request: Request,
    enterprise_id: int,
    principal: Principal = Depends(require(ENTERPRISES_DELETE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    enterprise = await service.get(session, principal, enterprise_id)
    require_if_match(request, enterprise.version)
    await service.soft_delete(session, principal, enterprise)
    await session.commit()
    return Response(status_code=204)


@router.get("/{enterprise_id}/history", summary="Audit history of one enterprise, newest first", responses=NOT_FOUND)
async def enterprise_history(
    enterprise_id: int,
    limit: Limit = 50,
    cursor: Cursor = None,
    principal: Principal = Depends(require(ENTERPRISES_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[AuditEventOut]:
    await service.get(session, principal, enterprise_id)
    stmt = audit.query(entity="enterprise", entity_id=str(enterprise_id))
    rows = list(await session.scalars(keyset(stmt, AuditEvent.id, AuditEvent.id, True, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "id")
    return Page(items=[AuditEventOut.model_validate(r) for r in rows], next_cursor=cursor_out)
