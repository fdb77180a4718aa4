import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from osh.auth.deps import require
from osh.auth.permissions import TRAINING_MANAGE, TRAINING_READ, TRAINING_RECORD
from osh.auth.principal import Principal
from osh.core import ratelimit
from osh.core.calendar import today
from osh.core.database import get_session
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, WRITE_ERRORS, ApiError, Responses, problem
from osh.core.i18n import language
from osh.core.idempotency import run_once
from osh.core.pagination import Cursor, Limit, Page
from osh.core.versioning import require_if_match, set_etag
from osh.enterprises import service as enterprises
from osh.enterprises.models import Enterprise
from osh.enterprises.schemas import ImportReport
from osh.training import excel, importer, rules, service, stats
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord
from osh.training.schemas import (
    Audience,
    CourseCreate,
    CourseOut,
    CourseUpdate,
    OrgClass,
    ProviderCreate,
    ProviderOut,
    ProviderUpdate,
    RecordCreate,
    RecordOut,
    RecordState,
    RecordUpdate,
    TrainingCompliance,
    TrainingStats,
    VerifyOut,
    VerifyStatus,
)

router = APIRouter(tags=["training"], responses=COMMON_ERRORS)

Id = Annotated[int, Query(ge=1, le=2**31 - 1)]


def provider_out(provider: TrainingProvider) -> ProviderOut:
    return ProviderOut.model_validate(
        {
            **{name: getattr(provider, name) for name in ProviderOut.model_fields if hasattr(provider, name)},
            "trains_groups": sorted(rules.class_groups().get(provider.org_class, ())),
            "license_valid": service.licence_in_force(provider, today()),
        }
    )


def course_out(course: TrainingCourse, provider_name: str | None, participants: int) -> CourseOut:
    return CourseOut.model_validate(
        {
            **{name: getattr(course, name) for name in CourseOut.model_fields if hasattr(course, name)},
            "provider_name": provider_name,
            "hours_below_minimum": service.course_hours_below_minimum(course),
            "participants": participants,
        }
    )


def record_out(record: TrainingRecord, enterprise_name: str | None, provider_name: str | None) -> RecordOut:
    return RecordOut.model_validate(
        {
            **{name: getattr(record, name) for name in RecordOut.model_fields if hasattr(record, name)},
            "enterprise_name": enterprise_name,
            "provider_name": provider_name,
            "state": service.record_state(record),
        }
    )


# Providers


@router.get("/training-providers", summary="Licensed training organisations and self-training employers")
async def list_providers(
    q: Annotated[str | None, Query(max_length=200, description="Name; diacritics ignored")] = None,
    org_class: OrgClass | None = None,
    licence_valid: Annotated[bool | None, Query(description="Licence in force today")] = None,
    _: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[ProviderOut]:
    rows = await service.list_providers(session, q, org_class.value if org_class else None, licence_valid)
    return Page(items=[provider_out(r) for r in rows], next_cursor=None, total=len(rows))


@router.post(
    "/training-providers",
    status_code=201,
    summary="Register a training provider",
    responses={201: {"model": ProviderOut, "description": "Created; `Location` and `ETag` set"}, **WRITE_ERRORS},
)
async def create_provider(
    request: Request,
    body: ProviderCreate,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        provider = await service.create_provider(
            session, principal, request.app.state.settings.province_code, body.model_dump()
        )
        out = provider_out(provider).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/training-providers/{provider.id}", "ETag": f'"{provider.version}"'}

    return await run_once(request, session, principal.key, work, on_conflict=lambda _: service.licence_taken())


@router.get("/training-providers/{provider_id}", summary="One training provider", responses=NOT_FOUND)
async def get_provider(
    provider_id: int,
    response: Response,
    _: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> ProviderOut:
    provider = await service.get_provider(session, provider_id)
    set_etag(response, provider.version)
    return provider_out(provider)


@router.patch(
    "/training-providers/{provider_id}",
    summary="Change a training provider (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_provider(
    request: Request,
    response: Response,
    provider_id: int,
    body: ProviderUpdate,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> ProviderOut:
    provider = await service.get_provider(session, provider_id)
    require_if_match(request, provider.version)
    changes = body.model_dump(exclude_unset=True)
    await service.update_provider(session, principal, request.app.state.settings.province_code, provider, changes)
    await session.commit()
    set_etag(response, provider.version)
    return provider_out(provider)


@router.delete(
    "/training-providers/{provider_id}",
    status_code=204,
    summary="Remove a training provider (kept for history; If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_provider(
    request: Request,
    provider_id: int,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    provider = await service.get_provider(session, provider_id)
    require_if_match(request, provider.version)
    await service.soft_delete(session, principal, provider, "training_provider", service.PROVIDER_FIELDS)
    await session.commit()
    return Response(status_code=204)


# Courses


def course_filters(
    provider_id: Id | None = None,
    trainee_group: Annotated[int | None, Query(ge=1, le=6)] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Starting in this year")] = None,
    funded_by_program: bool | None = None,
    audience: Audience | None = None,
    admin_unit: Annotated[str | None, Query(pattern=r"^\d{5}$")] = None,
    enterprise_id: Id | None = None,
) -> service.CourseFilters:
    return service.CourseFilters(
        provider_id=provider_id,
        trainee_group=trainee_group,
        year=year,
        funded_by_program=funded_by_program,
        audience=audience.value if audience else None,
        admin_unit=admin_unit,
        enterprise_id=enterprise_id,
    )


@router.get("/training-courses", summary="Training courses, newest first")
async def list_courses(
    f: service.CourseFilters = Depends(course_filters),
    limit: Limit = 50,
    cursor: Cursor = None,
    _: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[CourseOut]:
    rows, cursor_out, total = await service.list_courses(session, f, cursor, limit)
    names = await service.provider_names(session, {r.provider_id for r in rows})
    counts = await service.participants(session, [r.id for r in rows])
    items = [course_out(r, names.get(r.provider_id), counts.get(r.id, 0)) for r in rows]
    return Page(items=items, next_cursor=cursor_out, total=total)


@router.post(
    "/training-courses",
    status_code=201,
    summary="Create a training course",
    responses={201: {"model": CourseOut, "description": "Created; `Location` and `ETag` set"}, **WRITE_ERRORS},
)
async def create_course(
    request: Request,
    body: CourseCreate,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        course = await service.create_course(
            session, principal, request.app.state.settings.province_code, body.model_dump()
        )
        names = await service.provider_names(session, {course.provider_id})
        out = course_out(course, names.get(course.provider_id), 0).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/training-courses/{course.id}", "ETag": f'"{course.version}"'}

    return await run_once(request, session, principal.key, work)


@router.get("/training-courses/{course_id}", summary="One training course", responses=NOT_FOUND)
async def get_course(
    course_id: int,
    response: Response,
    _: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> CourseOut:
    course = await service.get_course(session, course_id)
    set_etag(response, course.version)
    names = await service.provider_names(session, {course.provider_id})
    counts = await service.participants(session, [course.id])
    return course_out(course, names.get(course.provider_id), counts.get(course.id, 0))


@router.patch(
    "/training-courses/{course_id}",
    summary="Change a training course (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_course(
    request: Request,
    response: Response,
    course_id: int,
    body: CourseUpdate,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> CourseOut:
    course = await service.get_course(session, course_id)
    require_if_match(request, course.version)
    changes = body.model_dump(exclude_unset=True)
    await service.update_course(session, principal, request.app.state.settings.province_code, course, changes)
    await session.commit()
    set_etag(response, course.version)
    names = await service.provider_names(session, {course.provider_id})
    counts = await service.participants(session, [course.id])
    return course_out(course, names.get(course.provider_id), counts.get(course.id, 0))


@router.delete(
    "/training-courses/{course_id}",
    status_code=204,
    summary="Remove a training course (kept for history; If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_course(
    request: Request,
    course_id: int,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    course = await service.get_course(session, course_id)
    require_if_match(request, course.version)
    await service.soft_delete(session, principal, course, "training_course", service.COURSE_FIELDS)
    await session.commit()
    return Response(status_code=204)


# A course's attendance list: the template laid out for the course, and its import.

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_RESPONSE: Responses = {
    200: {"content": {XLSX: {"schema": {"type": "string", "format": "binary"}}}, "description": "Excel workbook"}
}


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


@router.get(
    "/training-courses/{course_id}/attendance-template",
    summary="The attendance list of a course as an Excel template to fill in and import",
    responses={**XLSX_RESPONSE, **NOT_FOUND},
    response_class=Response,
)
async def attendance_template(
    request: Request,
    course_id: int,
    _: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    course = await service.get_course(session, course_id)
    provider = await session.get(TrainingProvider, course.provider_id)
    assert provider is not None
    enterprise_id = course.enterprise_id or (
        provider.enterprise_id if provider.kind == "self_training_employer" else None
    )
    enterprise = await session.get(Enterprise, enterprise_id) if enterprise_id else None
    label = f"{enterprise.name} ({enterprise.tax_code})" if enterprise else None
    content = excel.attendance_template(course, provider, label, language(request))
    return Response(content, media_type=XLSX, headers=_attachment(f"danh-sach-hoc-vien-khoa-{course.id}.xlsx"))


@router.post(
    "/training-courses/{course_id}/attendance-import",
    summary="Import a course's attendance list from .xlsx (re-importing updates the same records)",
    responses={**NOT_FOUND, **WRITE_ERRORS, 415: problem("Not an Excel workbook")},
)
async def attendance_import(
    request: Request,
    course_id: int,
    file: Annotated[UploadFile, File(description=".xlsx in the layout of the course's attendance template")],
    dry_run: Annotated[bool, Query(description="Check and report without writing")] = False,
    skip_invalid: Annotated[bool, Query(description="Write the good rows even if some rows have errors")] = False,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> ImportReport:
    """Every bad row is reported with its row number, column and reason; a file with errors writes nothing
    unless `skip_invalid`. A row names a person on the course by citizen ID, else by name and birth year."""
    course = await service.get_course(session, course_id)
    settings = request.app.state.settings
    content = await file.read(settings.max_upload_bytes + 1)
    if len(content) > settings.max_upload_bytes:
        raise ApiError(413, "too_large", detail_code="too_large_detail", params={"limit": settings.max_upload_bytes})

    async def work() -> tuple[int, object, dict[str, str]]:
        report = await importer.run(
            session,
            principal,
            course,
            content,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            max_rows=settings.import_max_rows,
            lang=language(request),
        )
        if not report.written:
            await session.rollback()
        return 200, report.model_dump(mode="json"), {}

    digest = hashlib.sha256(content).hexdigest()
    fingerprint = f"attendance:{course.id}:{dry_run}:{skip_invalid}:{digest}".encode()
    return await run_once(  # type: ignore[return-value]
        request,
        session,
        principal.key,
        work,
        fingerprint=fingerprint,
        on_conflict=lambda _: service.document_number_taken(),
    )


# Records. Routes with fixed paths under /training-records go before /training-records/{record_id}.


def record_filters(
    q: Annotated[str | None, Query(max_length=200, description="Worker's name; diacritics ignored")] = None,
    enterprise_id: Id | None = None,
    provider_id: Id | None = None,
    course_id: Id | None = None,
    trainee_group: Annotated[list[Annotated[int, Query(ge=1, le=6)]] | None, Query(max_length=6)] = None,
    state: Annotated[list[RecordState] | None, Query(max_length=4)] = None,
    admin_unit: Annotated[list[Annotated[str, Query(pattern=r"^\d{5}$")]] | None, Query(max_length=100)] = None,
    zone: Annotated[list[Annotated[str, Query(max_length=32)]] | None, Query(max_length=100)] = None,
) -> service.RecordFilters:
    return service.RecordFilters(
        q=q,
        enterprise_id=enterprise_id,
        provider_id=provider_id,
        course_id=course_id,
        trainee_group=trainee_group,
        state=[s.value for s in state] if state else None,
        admin_unit=admin_unit,
        zone=zone,
    )


RecordSort = Annotated[
    str | None,
    Query(pattern=r"^-?(issued_on|worker_name|created_at)$", description="issued_on (default `-issued_on`), ..."),
]


@router.get("/training-records", summary="Training records in the caller's scope")
async def list_records(
    f: service.RecordFilters = Depends(record_filters),
    sort: RecordSort = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[RecordOut]:
    rows, cursor_out, total = await service.list_records(session, principal, f, sort, cursor, limit)
    enterprise_names = await enterprises.names(session, {r.enterprise_id for r in rows if r.enterprise_id})
    providers = await service.provider_names(session, {r.provider_id for r in rows})
    items = [record_out(r, enterprise_names.get(r.enterprise_id or 0), providers.get(r.provider_id)) for r in rows]
    return Page(items=items, next_cursor=cursor_out, total=total)


@router.post(
    "/training-records",
    status_code=201,
    summary="Record a person's training and the document it gave",
    responses={201: {"model": RecordOut, "description": "Created; `Location` and `ETag` set"}, **WRITE_ERRORS},
)
async def create_record(
    request: Request,
    body: RecordCreate,
    principal: Principal = Depends(require(TRAINING_RECORD)),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    async def work() -> tuple[int, object, dict[str, str]]:
        record = await service.create_record(
            session, principal, request.app.state.settings.province_code, body.model_dump()
        )
        out = (await _record_detail(session, record)).model_dump(mode="json")
        return 201, out, {"Location": f"/api/v1/training-records/{record.id}", "ETag": f'"{record.version}"'}

    return await run_once(request, session, principal.key, work, on_conflict=lambda _: service.document_number_taken())


async def _record_detail(session: AsyncSession, record: TrainingRecord) -> RecordOut:
    enterprise_names = await enterprises.names(session, {record.enterprise_id} if record.enterprise_id else set())
    providers = await service.provider_names(session, {record.provider_id})
    return record_out(record, enterprise_names.get(record.enterprise_id or 0), providers.get(record.provider_id))


@router.get(
    "/training-records/stats",
    summary="Training figures of the caller's scope for a year, with numerators and denominators",
)
async def training_stats(
    year: Annotated[int | None, Query(ge=2000, le=2100, description="The current year if left out")] = None,
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> TrainingStats:
    """Shares of high-risk enterprises with a trained OSH officer and trained managers, workers in strict-OSH
    jobs with a safety card in force, program courses and participants by audience beside the previous year,
    and records by group and state. What each figure counts is set out in `osh.training.stats`."""
    return await stats.training_stats(session, principal, year or today().year)


@router.get(
    "/training-records/verify",
    summary="Check a certificate or safety card by its provider and number (rate-limited per caller)",
)
async def verify_record(
    request: Request,
    provider: Annotated[
        str,
        Query(min_length=1, max_length=64, description="The provider's id or licence number", examples=["12"]),
    ],
    number: Annotated[
        str, Query(min_length=1, max_length=64, description="The document number", examples=["123/2026/TAT"])
    ],
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> VerifyOut:
    """For inspectors in the field: any certificate of the province can be checked, whoever holds it, so the
    answer names the holder by initials only. Too many checks answer 429 with Retry-After."""
    settings = request.app.state.settings
    await ratelimit.hit(
        session, f"verify:{principal.key}", settings.verify_rate_limit, settings.verify_rate_window_seconds
    )
    found = await service.verify(session, provider, number)
    if found is None:
        return VerifyOut(
            status=VerifyStatus.unknown,
            holder_initials=None,
            birth_year=None,
            trainee_group=None,
            document_kind=None,
            issued_on=None,
            expires_on=None,
            provider_name=None,
        )
    record, provider_name = found
    return VerifyOut(
        status=VerifyStatus(service.record_state(record)),
        holder_initials=service.initials(record.worker_name),
        birth_year=record.birth_year,
        trainee_group=record.trainee_group,
        document_kind=record.document_kind,
        issued_on=record.issued_on,
        expires_on=record.expires_on,
        provider_name=provider_name,
    )


@router.get(
    "/training-records/export",
    summary="Excel export of the training records matching the list's filters (e.g. state=expiring)",
    responses=XLSX_RESPONSE,
    response_class=Response,
)
async def export_records(
    request: Request,
    format: Annotated[str, Query(pattern="^xlsx$")] = "xlsx",
    f: service.RecordFilters = Depends(record_filters),
    sort: RecordSort = None,
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    """Without `sort`, the records that stop counting soonest come first."""
    rows = await service.export_rows(session, principal, f, sort, request.app.state.settings.export_max_rows)
    content = excel.records_workbook(rows, language(request))
    return Response(content, media_type=XLSX, headers=_attachment(f"huan-luyen-{today().isoformat()}.xlsx"))


@router.get("/training-records/{record_id}", summary="One training record", responses=NOT_FOUND)
async def get_record(
    record_id: int,
    response: Response,
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> RecordOut:
    record = await service.get_record(session, principal, record_id)
    set_etag(response, record.version)
    return await _record_detail(session, record)


@router.patch(
    "/training-records/{record_id}",
    summary="Correct a training record (If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def update_record(
    request: Request,
    response: Response,
    record_id: int,
    body: RecordUpdate,
    principal: Principal = Depends(require(TRAINING_RECORD)),
    session: AsyncSession = Depends(get_session),
) -> RecordOut:
    record = await service.get_record(session, principal, record_id)
    require_if_match(request, record.version)
    await service.update_record(session, principal, record, body.model_dump(exclude_unset=True))
    await session.commit()
    set_etag(response, record.version)
    return await _record_detail(session, record)


@router.delete(
    "/training-records/{record_id}",
    status_code=204,
    summary="Remove a training record (kept for history; If-Match required)",
    responses={**NOT_FOUND, **WRITE_ERRORS},
)
async def delete_record(
    request: Request,
    record_id: int,
    principal: Principal = Depends(require(TRAINING_MANAGE)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    record = await service.get_record(session, principal, record_id)
    require_if_match(request, record.version)
    await service.soft_delete(session, principal, record, "training_record", service.RECORD_FIELDS)
    await session.commit()
    return Response(status_code=204)


@router.get(
    "/enterprises/{enterprise_id}/training-compliance",
    summary="An enterprise's people by trainee group and document state, with the expiring and expired lists",
    responses=NOT_FOUND,
)
async def training_compliance(
    enterprise_id: int,
    principal: Principal = Depends(require(TRAINING_READ)),
    session: AsyncSession = Depends(get_session),
) -> TrainingCompliance:
    """Each person counts once per group, by their latest passed record (see `osh.training.stats`)."""
    return await stats.compliance(session, principal, enterprise_id)
