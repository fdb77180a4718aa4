import hashlib
import logging
import unicodedata
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from osh.accidents import reports, rules, service, stats
from osh.accidents.models import Accident, AccidentAttachment
from osh.accidents.schemas import (
    AccidentCreate,
    AccidentKind,
    AccidentOut,
    AccidentStats,
    AccidentStatus,
    AccidentSummary,
    AccidentUpdate,
    AttachmentKind,
    AttachmentOut,
    EmployerReport,
    IsoDate,
    ProvinceReport,
    Sector,
    Severity,
    StatsGroup,
    StatusChange,
    VictimOut,
)
from osh.audit import service as audit
from osh.audit.models import AuditEvent
from osh.audit.schemas import AuditEventOut
from osh.auth.deps import require
from osh.auth.permissions import ACCIDENTS_DELETE, ACCIDENTS_INVESTIGATE, ACCIDENTS_READ, ACCIDENTS_REPORT
from osh.auth.principal import Principal
from osh.core.database import get_session, utcnow
from osh.core.errors import (
    COMMON_ERRORS,
    NOT_FOUND,
    WRITE_ERRORS,
    ApiError,
    Responses,
    field_error,
    not_found,
    problem,
)
from osh.core.i18n import language
from osh.core.idempotency import run_once
from osh.core.pagination import Cursor, Limit, Page, keyset, next_cursor
from osh.core.versioning import require_if_match, set_etag
from osh.enterprises import service as enterprises
from osh.files.store import EXTENSIONS, FileStore, sniff

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/accidents", tags=["accidents"], responses=COMMON_ERRORS)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_OR_JSON: Responses = {
    200: {
        "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
        "description": "JSON, or an Excel workbook with format=xlsx",
    }
}
# ASCII digits only, and years the dates and reports can hold.
PERIOD = r"^(20[0-9]{2}|2100)(-H[12])?$"
Communes = Annotated[list[Annotated[str, Query(pattern=r"^\d{5}$")]] | None, Query(max_length=100)]
Zones = Annotated[list[Annotated[str, Query(max_length=32)]] | None, Query(max_length=100)]


def filters(
    q: Annotated[
        str | None, Query(max_length=200, description="Code, place, enterprise or victim name; diacritics ignored")
    ] = None,
    date_from: Annotated[IsoDate | None, Query(description="Occurred on or after (local date)")] = None,
    date_to: Annotated[IsoDate | None, Query(description="Occurred on or before (local date)")] = None,
    kind: Annotated[list[AccidentKind] | None, Query(max_length=2)] = None,
    sector: Annotated[list[Sector] | None, Query(max_length=2)] = None,
    severity: Annotated[list[Severity] | None, Query(max_length=3)] = None,
    status: Annotated[list[AccidentStatus] | None, Query(max_length=4)] = None,
    admin_unit: Communes = None,
    zone: Zones = None,
    enterprise_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    overdue: Annotated[bool | None, Query(description="Open investigations past their deadline")] = None,
    immediate_notification: bool | None = None,
) -> service.Filters:
    def values(items: Sequence[StrEnum] | None) -> list[str] | None:
        return [item.value for item in items] if items else None

    return service.Filters(
        q=q,
        date_from=date_from,
        date_to=date_to,
        kind=values(kind),
        sector=values(sector),
        severity=values(severity),
        status=values(status),
        admin_unit=admin_unit,
        zone=zone,
        enterprise_id=enterprise_id,
        overdue=overdue,
        immediate_notification=immediate_notification,
    )


SortParam = Annotated[
    str | None,
    Query(
        pattern=r"^-?(occurred_at|code|created_at|updated_at)$",
        description="Sort field, `-` first for descending: occurred_at (default `-occurred_at`), code, "
        "created_at, updated_at",
    ),
]


@asynccontextmanager
async def concurrent_change() -> AsyncIterator[None]:
    """Two writers holding the same ETag both pass If-Match; the version check of the UPDATE lets one
    through, and the other answers as a stale If-Match does."""
    try:
        yield
    except StaleDataError:
        raise ApiError(412, "precondition_failed", detail_code="precondition_failed_detail") from None


def summary(accident: Accident, enterprise_name: str | None) -> AccidentSummary:
    return AccidentSummary.model_validate(
        {
            **{name: getattr(accident, name) for name in AccidentSummary.model_fields if hasattr(accident, name)},
            "enterprise_name": enterprise_name,
            "overdue": service.is_overdue(accident),
        }
    )


async def detail(session: AsyncSession, accident: Accident) -> AccidentOut:
    names = await enterprises.names(session, {accident.enterprise_id} if accident.enterprise_id else set())
    return AccidentOut.model_validate(
        {
            **{name: getattr(accident, name) for name in AccidentOut.model_fields if hasattr(accident, name)},
            "enterprise_name": names.get(accident.enterprise_id or 0),
            "overdue": service.is_overdue(accident),
            "allowed_statuses": service.allowed_statuses(accident),
            "victims": [VictimOut.model_validate(v) for v in accident.victims],
        }
    )


@router.get("", summary="List accidents and technical incidents in the caller's scope")
async def list_accidents(
    f: service.Filters = Depends(filters),
    sort: SortParam = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[AccidentSummary]:
    rows, cursor_out, total = await service.list_page(session, principal, f, sort, cursor, limit)
    names = await enterprises.names(session, {r.enterprise_id for r in rows if r.enterprise_id})
    items = [summary(r, names.get(r.enterprise_id or 0)) for r in rows]
    return Page(items=items, next_cursor=cursor_out, total=total)


def stats_period(
    date_from: Annotated[date | None, Query(description="First day (with date_to), instead of year/half")] = None,
    date_to: Annotated[date | None, Query(description="Last day, included")] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    half: Annotated[
        int | None, Query(ge=1, le=2, description="With year: 1 for January-June, 2 for July-December")
    ] = None,
) -> tuple[date, date]:
    if year is not None:
        if date_from is not None or date_to is not None:
            raise field_error("year", "period_ambiguous")
        return rules.period_bounds(f"{year}-H{half}" if half else str(year))
    if half is not None:
        raise field_error("year", "field_required")
    if date_from is None or date_to is None:
        raise field_error("date_from" if date_from is None else "date_to", "field_required")
    if date_to < date_from:
        raise field_error("date_to", "period_reversed")
    return date_from, date_to


@router.get("/stats", summary="Accident statistics for a period, grouped, with frequency rates K and K-fatal")
async def accident_stats(
    request: Request,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    period: tuple[date, date] = Depends(stats_period),
    group_by: StatsGroup = StatsGroup.commune,
    kind: Annotated[
        AccidentKind, Query(description="Occupational accidents (default), or serious technical incidents")
    ] = AccidentKind.accident,
    session: AsyncSession = Depends(get_session),
) -> AccidentStats:
    """Counts the accidents (or, with `kind`, the technical incidents) in the caller's scope whose local date
    falls in the period. Each accident is in one row, except by occupation, where it is in the row of each of
    its victims' occupations; the total counts everything once. K and K-fatal: contract-sector victims and
    deaths under their employer's management per 1,000 workers of the active enterprises in scope; on rows by
    commune (of the head office), zone and industry section, of that group's enterprises; the contract row of
    the sector grouping carries the total's; null on other rows. Labels follow Accept-Language."""
    return await stats.accident_stats(
        session, principal, period[0], period[1], group_by.value, language(request), kind.value
    )


@router.get(
    "/employer-report",
    summary="The employer's half-year or annual accident report (Decree 39/2016 Annex XII)",
    responses={**NOT_FOUND, **XLSX_OR_JSON},
    response_model=EmployerReport,
)
async def employer_report(
    request: Request,
    enterprise_id: Annotated[int, Query(ge=1, le=2**31 - 1)],
    period: Annotated[str, Query(pattern=PERIOD, description="`2025` for the year, `2025-H1` for January-June")],
    format: Literal["json", "xlsx"] = "json",
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Response | EmployerReport:
    enterprise = await enterprises.get(session, principal, enterprise_id)
    report = await reports.employer_report(session, principal, enterprise, period, language(request))
    if format == "json":
        return report
    content = reports.employer_workbook(report, language(request))
    filename = f"bao-cao-tnld-{enterprise.tax_code}-{period}.xlsx"
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get(
    "/province-report",
    summary="The province's accident summary for a period, split by sector",
    responses=XLSX_OR_JSON,
    response_model=ProvinceReport,
)
async def province_report(
    request: Request,
    period: Annotated[str, Query(pattern=PERIOD, description="`2025` for the year, `2025-H1` for January-June")],
    format: Literal["json", "xlsx"] = "xlsx",
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Response | ProvinceReport:
    province_code = request.app.state.settings.province_code
    report = await reports.province_report(session, principal, period, language(request), province_code)
    if format == "json":
        return report
    content = reports.province_workbook(report, language(request))
    return Response(
        content,
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="tong-hop-tnld-{period}.xlsx"'},
    )


@router.post(
    "",
    status_code=201,
    summary="Report an accident or a serious technical incident, with its victims",
    responses={201: {"model": AccidentOut, "description": "Created; `Location` and `ETag` set"}, **WRITE_ERRORS},
)
async def create_accident(
    request: Request,
    body: AccidentCreate,
    principal: Principal = Depends(require(ACCIDENTS_REPORT)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        values = body.model_dump(mode="python")
        accident, _ = await service.create(session, principal, request.app.state.settings.province_code, values)
        out = (await detail(session, accident)).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/accidents/{accident.id}", "ETag": f'"{accident.version}"'}

    return await run_once(request, session, principal.key, work)


@router.get("/{accident_id}", summary="One accident with its victims", responses=NOT_FOUND)
async def get_accident(
    accident_id: int,
    response: Response,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> AccidentOut:
    accident = await service.get(session, principal, accident_id)
    set_etag(response, accident.version)
    return await detail(session, accident)


@router.patch(
    "/{accident_id}",
    summary="Change an accident report (If-Match required); investigation fields need the investigate permission",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_accident(
    request: Request,
    response: Response,
    accident_id: int,
    body: AccidentUpdate,
    principal: Principal = Depends(require(ACCIDENTS_REPORT)),
    session: AsyncSession = Depends(get_session),
) -> AccidentOut:
    accident = await service.get(session, principal, accident_id)
    require_if_match(request, accident.version)
    changes = body.model_dump(exclude_unset=True)
    if body.victims is not None:
        # The list replaces the victims whole: each victim with its defaults, not only the fields sent.
        changes["victims"] = [victim.model_dump() for victim in body.victims]
    async with concurrent_change():
        await service.update(session, principal, request.app.state.settings.province_code, accident, changes)
        await session.commit()
    set_etag(response, accident.version)
    return await detail(session, accident)


@router.post(
    "/{accident_id}/status",
    summary="Move the accident along notified -> investigating -> concluded -> closed (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def change_status(
    request: Request,
    response: Response,
    accident_id: int,
    body: StatusChange,
    principal: Principal = Depends(require(ACCIDENTS_INVESTIGATE)),
    session: AsyncSession = Depends(get_session),
) -> AccidentOut:
    accident = await service.get(session, principal, accident_id)
    require_if_match(request, accident.version)
    async with concurrent_change():
        await service.change_status(session, principal, accident, body.status, body.note, body.record_date)
        await session.commit()
    set_etag(response, accident.version)
    return await detail(session, accident)


@router.delete(
    "/{accident_id}",
    status_code=204,
    summary="Remove an accident report (kept for history; If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_accident(
    request: Request,
    accident_id: int,
    principal: Principal = Depends(require(ACCIDENTS_DELETE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    accident = await service.get(session, principal, accident_id)
    require_if_match(request, accident.version)
    async with concurrent_change():
        await service.soft_delete(session, principal, accident)
        await session.commit()
    return Response(status_code=204)


@router.get("/{accident_id}/timeline", summary="Every change of one accident, oldest first", responses=NOT_FOUND)
async def accident_timeline(
    accident_id: int,
    limit: Limit = 100,
    cursor: Cursor = None,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[AuditEventOut]:
    await service.get(session, principal, accident_id)
    stmt = audit.query(entity="accident", entity_id=str(accident_id))
    rows = list(await session.scalars(keyset(stmt, AuditEvent.id, AuditEvent.id, False, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "id")
    return Page(items=[AuditEventOut.model_validate(r) for r in rows], next_cursor=cursor_out)


def file_store(request: Request) -> FileStore:
    store: FileStore = request.app.state.file_store
    return store


def safe_filename(name: str | None, media_type: str) -> str:
    """The client's file name without any path or control characters, with the extension of its real type."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if ch.isprintable() and ch not in '"<>|:*?')
    stem = base.rsplit(".", 1)[0].strip(" .")[:200] or "tep"
    return stem + EXTENSIONS[media_type]


@router.get("/{accident_id}/attachments", summary="Files kept with an accident", responses=NOT_FOUND)
async def list_attachments(
    accident_id: int,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
) -> list[AttachmentOut]:
    accident = await service.get(session, principal, accident_id)
    return [AttachmentOut.model_validate(a) for a in await service.attachments(session, accident)]


@router.post(
    "/{accident_id}/attachments",
    status_code=201,
    summary="Attach a PDF, JPEG or PNG file (investigation record, photo)",
    responses={
        201: {"model": AttachmentOut, "description": "Stored"},
        **NOT_FOUND,
        **WRITE_ERRORS,
        415: problem("Not a PDF, JPEG or PNG file"),
    },
)
async def add_attachment(
    request: Request,
    accident_id: int,
    file: Annotated[UploadFile, File(description="PDF, JPEG or PNG")],
    kind: Annotated[AttachmentKind, Form()] = AttachmentKind.other,
    principal: Principal = Depends(require(ACCIDENTS_REPORT)),
    session: AsyncSession = Depends(get_session),
    store: FileStore = Depends(file_store),
) -> JSONResponse:
    accident = await service.get(session, principal, accident_id)
    service.ensure_open(accident)
    service.ensure_may_report(principal, accident.sector)
    limit = request.app.state.settings.max_attachment_bytes
    content = await file.read(limit + 1)
    if len(content) > limit:
        raise ApiError(413, "too_large", detail_code="too_large_detail", params={"limit": limit})
    media_type = sniff(content)
    if media_type is None:
        raise ApiError(415, "unsupported_media_type", errors=[("file", "attachment_type", None)])
    filename = safe_filename(file.filename, media_type)
    written: list[str] = []

    async def work() -> tuple[int, object, dict[str, str]]:
        stored = await store.put(content, EXTENSIONS[media_type])
        written.append(stored.key)
        row = AccidentAttachment(
            accident_id=accident.id,
            kind=kind.value,
            filename=filename,
            content_type=media_type,
            size=stored.size,
            sha256=stored.sha256,
            storage_key=stored.key,
            uploaded_by=principal.label,
        )
        session.add(row)
        await session.flush()
        audit.record(
            session,
            principal.actor,
            "attach",
            "accident",
            accident.id,
            after={"attachment_id": row.id, "filename": filename, "kind": kind.value, "size": stored.size},
        )
        out = AttachmentOut.model_validate(row).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/accidents/{accident.id}/attachments/{row.id}"}

    fingerprint = f"attach:{accident.id}:{kind.value}:{filename}:{hashlib.sha256(content).hexdigest()}".encode()
    try:
        answer = await run_once(request, session, principal.key, work, fingerprint=fingerprint)
    except BaseException:
        for key in written:
            await store.delete(key)
        raise
    if written and answer.headers.get("Idempotent-Replayed"):
        # A concurrent retry committed first: this request's row was rolled back, so its file goes too.
        for key in written:
            await store.delete(key)
    return answer


@router.get(
    "/{accident_id}/attachments/{attachment_id}",
    summary="Download an attached file",
    response_class=Response,
    responses={
        **NOT_FOUND,
        200: {
            "content": {t: {"schema": {"type": "string", "format": "binary"}} for t in EXTENSIONS},
            "description": "The file",
        },
    },
)
async def download_attachment(
    accident_id: int,
    attachment_id: int,
    principal: Principal = Depends(require(ACCIDENTS_READ)),
    session: AsyncSession = Depends(get_session),
    store: FileStore = Depends(file_store),
) -> Response:
    accident = await service.get(session, principal, accident_id)
    row = await service.attachment(session, accident, attachment_id)
    try:
        content = await store.get(row.storage_key)
    except FileNotFoundError:
        # The record outlived its bytes (a store restored from an older backup): gone, not a server fault.
        logger.error("attachment %s of accident %s is missing from the file store", row.id, accident.id)
        raise not_found() from None
    return Response(
        content,
        media_type=row.content_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{_quote(row.filename)}",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _quote(name: str) -> str:
    return quote(name, safe="")


@router.delete(
    "/{accident_id}/attachments/{attachment_id}",
    status_code=204,
    summary="Remove an attached file (the record of it stays in the timeline)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_attachment(
    accident_id: int,
    attachment_id: int,
    principal: Principal = Depends(require(ACCIDENTS_REPORT)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    accident = await service.get(session, principal, accident_id)
    row = await service.attachment(session, accident, attachment_id)
    service.ensure_open(accident)
    service.ensure_may_report(principal, accident.sector)
    row.deleted_at = utcnow()
    audit.record(
        session,
        principal.actor,
        "detach",
        "accident",
        accident.id,
        before={"attachment_id": row.id, "filename": row.filename},
    )
    await session.commit()
    return Response(status_code=204)
