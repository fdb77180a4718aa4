"""Optimistic concurrency: every resource has a version; ETag carries it, If-Match must match it."""

from fastapi import Request, Response

from osh.core.errors import ApiError


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def require_if_match(request: Request, current_version: int) -> None:
    """428 without If-Match, 412 when it names another version."""
    header = request.headers.get("if-match")
    if not header:
        raise ApiError(428, "precondition_required", detail_code="precondition_required_detail")
    candidates = [part.strip() for part in header.split(",")]
    if "*" in candidates:
        return
    wanted = etag(current_version)
    if not any(c.removeprefix("W/") == wanted for c in candidates):
        raise ApiError(412, "precondition_failed", detail_code="precondition_failed_detail")
