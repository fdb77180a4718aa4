"""The application factory: tests and the server each build their own app on their own database."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from starlette.requests import Request

from osh import __version__
from osh.api import API_PREFIX, api_router
from osh.auth.security import PasswordHasher
from osh.core.database import make_engine, make_sessionmaker
from osh.core.errors import install_error_handlers, problem_response
from osh.core.i18n import language, translate
from osh.core.middleware import BodyLimitMiddleware, NulCharacterMiddleware, RequestIdMiddleware
from osh.core.settings import Settings
from osh.files.store import LocalFileStore

DESCRIPTION = """
API of the provincial occupational safety and health (ATVSLĐ) program: enterprise registry, areas,
workplace accidents (reports, investigations, statistics, Annex XII reports), OSH training (providers,
courses, records, certificate checks), accounts and audit. Sign in at `POST /api/v1/auth/token`, then
send `Authorization: Bearer <token>`.

Conventions: errors are RFC 9457 `application/problem+json` (Vietnamese by default, English with
`Accept-Language: en`) with `errors: [{field, message, code}]`; lists take `limit` (max 200) and the
`cursor` of the previous page; every resource has a `version`, answers carry `ETag`, and `PATCH`/`DELETE`
need `If-Match` (412 when stale, 428 when missing); `POST` takes an `Idempotency-Key` header so that a
retry returns the first answer and creates nothing. Objects outside the caller's scope answer 404.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings)
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        yield
        await engine.dispose()

    app = FastAPI(
        title="OSH Program Management System API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs" if settings.docs_enabled else None,
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json" if settings.docs_enabled else None,
        swagger_ui_oauth2_redirect_url="/docs/oauth2-redirect" if settings.docs_enabled else None,
    )
    app.state.settings = settings
    app.state.hasher = PasswordHasher(settings)
    app.state.file_store = LocalFileStore(settings.attachments_dir)
    install_error_handlers(app)
    app.include_router(api_router())
    app.add_middleware(NulCharacterMiddleware)
    app.add_middleware(
        BodyLimitMiddleware, json_limit=settings.max_json_body_bytes, upload_limit=settings.max_upload_bytes
    )
    app.add_middleware(RequestIdMiddleware, trust_incoming=settings.trusted_request_id)
    if settings.static_dir is not None and (settings.static_dir / "index.html").exists():
        _serve_spa(app, settings.static_dir)
    return app


def _serve_spa(app: FastAPI, root: Path) -> None:
    """The built web app at /, with deep links (/enterprises/12) answered by index.html."""
    root = root.resolve()
    index = root / "index.html"

    @app.get("/{path:path}", include_in_schema=False, response_model=None)
    async def spa(path: str, request: Request) -> FileResponse | JSONResponse:
        if path == "api" or path.startswith("api/"):
            lang = language(request)
            return problem_response(
                request, 404, "not_found", translate("not_found", lang), translate("not_found_detail", lang)
            )
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = "public, max-age=31536000, immutable" if path.startswith("assets/") else "no-cache"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
