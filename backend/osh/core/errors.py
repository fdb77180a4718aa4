"""RFC 9457 problem details for every error the API gives, with field-by-field validation errors."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from osh.core.i18n import MESSAGES, language, translate

log = logging.getLogger("osh")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:osh:problem:"


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the field, e.g. `scope.codes.0`; `row` numbers for imports")
    message: str
    code: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(examples=["urn:osh:problem:validation_error"])
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    request_id: str | None = None
    errors: list[FieldError] | None = None


class ApiError(Exception):
    """An error answered as problem+json; `code` names the message in the catalogue."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        title_code: str | None = None,
        detail_code: str | None = None,
        params: dict[str, Any] | None = None,
        errors: list[tuple[str, str, dict[str, Any] | None]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.title_code = title_code or code
        self.detail_code = detail_code
        self.params = params or {}
        self.errors = errors or []  # (field, message code, params)
        self.headers = headers or {}


def not_found() -> ApiError:
    return ApiError(404, "not_found", detail_code="not_found_detail")


def forbidden() -> ApiError:
    return ApiError(403, "forbidden", detail_code="forbidden_detail")


def out_of_scope(field: str | None = None) -> ApiError:
    errors: list[tuple[str, str, dict[str, Any] | None]] | None = (
        [(field, "out_of_scope_detail", None)] if field else None
    )
    return ApiError(403, "out_of_scope", detail_code="out_of_scope_detail", errors=errors)


def raise_problems(problems: list[tuple[str, str]]) -> None:
    """Answer 422 listing every (field, message code) a service's rules found, or return when there are none."""
    if problems:
        raise ApiError(
            422,
            "validation_error",
            detail_code="validation_detail",
            errors=[(field, code, None) for field, code in problems],
        )


def field_error(field: str, code: str, status: int = 422, **params: Any) -> ApiError:
    return ApiError(
        status,
        "validation_error",
        detail_code="validation_detail",
        errors=[(field, code, params or None)],
    )


def problem_response(
    request: Request,
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "request_id": getattr(request.state, "request_id", None),
    }
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


_PYDANTIC_CODES = {
    "missing": "field_required",
    "extra_forbidden": "field_extra",
    "string_too_short": "field_too_short",
    "string_too_long": "field_too_long",
    "too_short": "field_list_too_short",
    "too_long": "field_list_too_long",
    "int_parsing": "field_not_int",
    "int_type": "field_not_int",
    "int_from_float": "field_not_int",
    "float_parsing": "field_not_number",
    "float_type": "field_not_number",
    "bool_parsing": "field_not_bool",
    "bool_type": "field_not_bool",
    "string_type": "field_not_string",
    "greater_than_equal": "field_ge",
    "greater_than": "field_gt",
    "less_than_equal": "field_le",
    "less_than": "field_lt",
    "enum": "field_enum",
    "literal_error": "field_enum",
    "string_pattern_mismatch": "field_pattern",
    "date_parsing": "field_date",
    "date_from_datetime_parsing": "field_date",
    "date_type": "field_date",
    "datetime_parsing": "field_datetime",
    "datetime_from_date_parsing": "field_datetime",
    "datetime_type": "field_datetime",
    "timezone_aware": "field_datetime",
    "json_invalid": "field_json",
    "value_error": "field_invalid",
}


def validation_errors(raw: list[Any], lang: str) -> list[dict[str, str]]:
    """Pydantic errors as [{field, message, code}] in the caller's language."""
    out = []
    for err in raw:
        loc = [str(part) for part in err.get("loc", ())]
        if loc and loc[0] in ("body", "query", "path", "header", "form", "cookie"):
            loc = loc[1:]
        kind = err.get("type", "value_error")
        if kind == "json_invalid":
            loc = []  # the location is a character offset, not a field
        ctx = dict(err.get("ctx") or {})
        message_code = _PYDANTIC_CODES.get(kind)
        if kind == "value_error" and isinstance(ctx.get("error"), ValueError):
            # Validators raise ValueError(message code) for our own rules.
            own = str(ctx["error"])
            message = translate(own, lang) if own in MESSAGES else own
            out.append({"field": ".".join(loc) or "body", "message": message, "code": own})
            continue
        if message_code is None:
            message = str(err.get("msg", "invalid"))
        else:
            message = translate(message_code, lang, **{k: _plain(v) for k, v in ctx.items()})
        out.append({"field": ".".join(loc) or "body", "message": message, "code": kind})
    return out


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, float, str)) else str(value)


def install_error_handlers(app: FastAPI) -> None:
    document_problems(app)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        lang = language(request)
        errors = None
        if exc.errors:
            errors = [
                {"field": field, "message": translate(code, lang, **(params or {})), "code": code}
                for field, code, params in exc.errors
            ]
        detail = translate(exc.detail_code, lang, **exc.params) if exc.detail_code else None
        return problem_response(
            request, exc.status, exc.code, translate(exc.title_code, lang, **exc.params), detail, errors, exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        lang = language(request)
        errors = validation_errors(list(exc.errors()), lang)
        status = 400 if any(e["code"] == "json_invalid" for e in errors) else 422
        return problem_response(
            request,
            status,
            "validation_error",
            translate("validation_error", lang),
            translate("validation_detail", lang),
            errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        lang = language(request)
        code = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            413: "too_large",
            429: "too_many_requests",
        }.get(exc.status_code, "bad_request")
        detail = exc.detail if isinstance(exc.detail, str) and lang == "en" else None
        if code == "not_found":
            detail = translate("not_found_detail", lang)
        if code == "too_large":
            detail = None
        return problem_response(
            request, exc.status_code, code, translate(code, lang), detail, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None)
        log.exception("unhandled error in %s %s (request %s)", request.method, request.url.path, request_id)
        lang = language(request)
        return problem_response(
            request,
            500,
            "server_error",
            translate("server_error", lang),
            translate("server_error_detail", lang, request_id=request_id),
            # This answer is sent from outside the middleware that adds the header to the others.
            headers={"X-Request-ID": request_id} if request_id else None,
        )


def problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description, "content": {PROBLEM_MEDIA_TYPE: {}}}


def document_problems(app: FastAPI) -> None:
    """Error answers are application/problem+json only: FastAPI files a response `model` under the route's
    media type (application/json), so move that schema to problem+json in the generated OpenAPI."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            for operations in generate().get("paths", {}).values():
                for operation in operations.values():
                    for answer in operation.get("responses", {}).values():
                        content = answer.get("content", {})
                        if PROBLEM_MEDIA_TYPE in content and "application/json" in content:
                            content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


# The error answers every authenticated route may give; routes add their own (404, 409, 412...).
Responses = dict[int | str, dict[str, Any]]

COMMON_ERRORS: Responses = {
    400: problem("Malformed request"),
    401: problem("Missing, expired or revoked token"),
    403: problem("The role lacks the permission, or the target place is outside the caller's scope"),
    413: problem("Request body too large"),
    422: problem("Validation failed; `errors` lists each field"),
    429: problem("Too many requests"),
}
NOT_FOUND: Responses = {404: problem("Not found or outside the caller's scope")}
WRITE_ERRORS: Responses = {
    409: problem("Conflict with existing data"),
    412: problem("If-Match does not match the current version"),
    428: problem("If-Match header missing"),
}
