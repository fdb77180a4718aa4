"""Request ids and request body limits, as plain ASGI middleware."""

import json
import re
import uuid
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from osh.core.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE
from osh.core.i18n import language_of, translate

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# A \u0000 escape in JSON text, not preceded by an escaped backslash.
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class RequestIdMiddleware:
    """Gives every request an id (kept from X-Request-ID when trusted), echoed in the answer and in
    problem details, audit rows and logs."""

    def __init__(self, app: ASGIApp, trust_incoming: bool = False) -> None:
        self.app = app
        self.trust_incoming = trust_incoming

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        if self.trust_incoming:
            for name, value in scope.get("headers", []):
                if name == b"x-request-id" and _REQUEST_ID.match(value.decode("latin-1")):
                    request_id = value.decode("latin-1")
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        await self.app(scope, receive, send_with_id)


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 problem+json for bodies over the limit: JSON bodies are small, file uploads larger."""

    def __init__(self, app: ASGIApp, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        content_type = b""
        length: int | None = None
        for name, value in scope.get("headers", []):
            if name == b"content-type":
                content_type = value
            elif name == b"content-length" and value.isdigit():
                length = int(value)
        limit = self.upload_limit if content_type.startswith(b"multipart/") else self.json_limit
        if length is not None and length > limit:
            await self._reject(scope, send, limit)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._reject(scope, send, limit)

    @staticmethod
    async def _reject(scope: Scope, send: Send, limit: int) -> None:
        await send_problem(scope, send, 413, "too_large", detail_code="too_large_detail", params={"limit": limit})


class NulCharacterMiddleware:
    """422 problem+json for text holding a NUL character, which PostgreSQL can neither store nor compare:
    in the path, the query string, or a JSON or form body. File uploads (multipart) are binary and pass."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", ""):
            await _reject_nul(scope, send, "path")
            return
        query = scope.get("query_string", b"").decode("latin-1")
        for name, value in parse_qsl(query, keep_blank_values=True, encoding="utf-8", errors="replace"):
            if "\x00" in name or "\x00" in value:
                await _reject_nul(scope, send, name.replace("\x00", ""))
                return
        content_type = b""
        for header, value in scope.get("headers", []):
            if header == b"content-type":
                content_type = value.lower()
        if scope["method"] in ("GET", "HEAD", "OPTIONS") or content_type.startswith(b"multipart/"):
            await self.app(scope, receive, send)
            return
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        form = content_type.startswith(b"application/x-www-form-urlencoded")
        if b"\x00" in body or (b"%00" in body if form else _JSON_NUL.search(body) is not None):
            await _reject_nul(scope, send, "body")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _reject_nul(scope: Scope, send: Send, field: str) -> None:
    errors = [(field, "field_invalid", "field_nul")]
    await send_problem(scope, send, 422, "validation_error", detail_code="validation_detail", errors=errors)


async def send_problem(
    scope: Scope,
    send: Send,
    status: int,
    code: str,
    *,
    detail_code: str,
    params: dict[str, object] | None = None,
    errors: list[tuple[str, str, str]] | None = None,
) -> None:
    """A problem+json answer sent from middleware, outside FastAPI's exception handlers.
    `errors` are (field, message code, error code)."""
    header = b""
    for name, value in scope.get("headers", []):
        if name == b"accept-language":
            header = value
    lang = language_of(header.decode("latin-1"))
    problem: dict[str, object] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": translate(code, lang),
        "status": status,
        "detail": translate(detail_code, lang, **(params or {})),
        "instance": scope.get("path", "").replace("\x00", ""),
        "request_id": scope.get("state", {}).get("request_id"),
    }
    if errors is not None:
        problem["errors"] = [
            {"field": field, "message": translate(message, lang), "code": error_code}
            for field, message, error_code in errors
        ]
    body = json.dumps(problem, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
