"""Error answers: every 4xx and 5xx is RFC 9457 problem+json with type, title and status, in Vietnamese by
default and English on request, carrying the request id of its X-Request-ID header; nothing leaks a
traceback; production hides the API documentation."""

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, PASSWORD, World
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.core.settings import Settings
from osh.enterprises.models import Enterprise

PROBLEM = "application/problem+json"
EN = {"Accept-Language": "en"}


def assert_problem(answer: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].split(";")[0] == PROBLEM
    body = answer.json()
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert body["type"].startswith("urn:osh:problem:")
    if code is not None:
        assert body["type"] == f"urn:osh:problem:{code}"
    assert answer.headers["x-request-id"]
    assert body["request_id"] == answer.headers["x-request-id"]
    return body


def new_enterprise(**extra: Any) -> dict[str, Any]:
    return {
        "tax_code": "0109999999",
        "name": "Công ty Lỗi",
        "legal_form": "joint_stock",
        "vsic_code": "2592",
        "admin_unit_code": COMMUNE_A,
        "address": "Số 9",
        **extra,
    }


def cursor(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


# --- the catalogue of 4xx answers -----------------------------------------------------------------------


def test_unknown_route_under_the_api_is_a_404_problem(client: TestClient) -> None:
    vi = assert_problem(client.get("/api/v1/no-such-thing"), 404, "not_found")
    assert vi["title"] == "Không tìm thấy"
    assert vi["instance"] == "/api/v1/no-such-thing"
    en = assert_problem(client.get("/api/v1/no-such-thing", headers=EN), 404, "not_found")
    assert en["title"] == "Not found"


def test_wrong_method_is_a_405_problem(client: TestClient, world: World) -> None:
    answer = client.put("/api/v1/enterprises", headers=world.auth("admin"))
    body = assert_problem(answer, 405, "method_not_allowed")
    assert body["title"] == "Phương thức không được hỗ trợ"
    assert answer.headers["allow"]
    assert assert_problem(client.delete("/api/v1/health", headers=EN), 405)["title"] == "Method not allowed"


def test_malformed_json_is_a_400_problem(client: TestClient, world: World) -> None:
    answer = client.post(
        "/api/v1/enterprises",
        content=b'{"tax_code": "0109999999", ',
        headers={**world.auth("admin"), "Content-Type": "application/json"},
    )
    body = assert_problem(answer, 400, "validation_error")
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("body", "json_invalid")]
    assert body["errors"][0]["message"] == "JSON không hợp lệ"


def test_a_2_mib_json_body_is_a_413_problem(client: TestClient, world: World, db: Session) -> None:
    payload = json.dumps(new_enterprise(address="x" * (2 * 1024 * 1024))).encode()
    headers = {**world.auth("admin"), "Content-Type": "application/json"}
    body = assert_problem(client.post("/api/v1/enterprises", content=payload, headers=headers), 413, "too_large")
    assert "1048576" in body["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds on the bytes received
        for start in range(0, len(payload), 64 * 1024):
            yield payload[start : start + 64 * 1024]

    answer = client.post("/api/v1/enterprises", content=chunks(), headers={**headers, **EN})
    assert "content-length" not in answer.request.headers
    assert assert_problem(answer, 413, "too_large")["title"] == "Content too large"
    assert db.scalar(select(Enterprise.id).where(Enterprise.tax_code == "0109999999")) is None


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({"status": "bogus"}, "status.0", "enum"),
        ({"size_class": "huge"}, "size_class.0", "enum"),
        ({"sort": "password"}, "sort", "string_pattern_mismatch"),
        ({"limit": "0"}, "limit", "greater_than_equal"),
        ({"limit": "many"}, "limit", "int_parsing"),
        ({"high_risk": "perhaps"}, "high_risk", "bool_parsing"),
        ({"admin_unit": "9187"}, "admin_unit.0", "string_pattern_mismatch"),
        ({"cursor": "not a cursor"}, "cursor", "cursor_invalid"),
    ],
)
def test_an_unknown_query_value_is_a_422_with_field_errors(
    client: TestClient, world: World, params: dict[str, str], field: str, code: str
) -> None:
    body = assert_problem(client.get("/api/v1/enterprises", params=params, headers=world.auth("admin")), 422)
    assert body["type"] == "urn:osh:problem:validation_error"
    assert body["title"] == "Dữ liệu không hợp lệ"
    assert [(e["field"], e["code"]) for e in body["errors"]] == [(field, code)]
    assert all(e["message"] for e in body["errors"])


def test_field_errors_follow_the_language(client: TestClient, world: World) -> None:
    params = {"limit": "0"}
    vi = assert_problem(client.get("/api/v1/enterprises", params=params, headers=world.auth("admin")), 422)
    en = assert_problem(client.get("/api/v1/enterprises", params=params, headers={**world.auth("admin"), **EN}), 422)
    assert vi["errors"][0]["message"] == "Phải lớn hơn hoặc bằng 1"
    assert en["errors"][0]["message"] == "Must be at least 1"
    assert (vi["title"], en["title"]) == ("Dữ liệu không hợp lệ", "Invalid data")
    assert en["detail"] == "Some fields are invalid; see the errors."
    weighted = {**world.auth("admin"), "Accept-Language": "fr;q=1, en;q=0.8, vi;q=0.5"}
    assert assert_problem(client.get("/api/v1/enterprises", params=params, headers=weighted), 422)["title"] == (
        "Invalid data"
    )


def test_every_4xx_is_a_problem_with_its_request_id(client: TestClient, world: World, tmp_path: Any) -> None:
    admin = world.auth("admin")
    a1 = f"/api/v1/enterprises/{world.ids['a1']}"
    etag = client.get(a1, headers=admin).headers["etag"]
    answers = {
        401: [
            client.get("/api/v1/enterprises"),
            client.get("/api/v1/enterprises", headers={"Authorization": "Bearer not-a-token"}),
        ],
        403: [
            client.post("/api/v1/enterprises", json=new_enterprise(), headers=world.auth("inspector")),
            client.get("/api/v1/users", headers=world.auth("officer")),
        ],
        404: [client.get(f"/api/v1/enterprises/{world.ids['b1']}", headers=world.auth("commune_a"))],
        409: [client.post("/api/v1/enterprises", json=new_enterprise(tax_code="0100000001"), headers=admin)],
        412: [client.patch(a1, json={"name": "Đổi tên"}, headers={**admin, "If-Match": '"999"'})],
        415: [
            client.post(
                "/api/v1/enterprises/import",
                files={"file": ("x.xlsx", b"plain text, not a workbook", "application/octet-stream")},
                headers=admin,
            )
        ],
        422: [client.post("/api/v1/enterprises", json={**new_enterprise(), "employees_total": -1}, headers=admin)],
        428: [client.patch(a1, json={"name": "Đổi tên"}, headers=admin)],
    }
    for status, group in answers.items():
        for answer in group:
            assert_problem(answer, status)
    assert answers[401][0].headers["www-authenticate"].startswith("Bearer")
    assert client.get(a1, headers=admin).headers["etag"] == etag
    for _ in range(world.settings.lockout_threshold):
        client.post(
            "/api/v1/auth/token", data={"grant_type": "password", "username": "viewer@test.vn", "password": "wrong-1"}
        )
    locked = client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": "viewer@test.vn", "password": PASSWORD}
    )
    assert_problem(locked, 429)
    assert int(locked.headers["retry-after"]) > 0


def test_request_ids_are_new_for_every_request(client: TestClient) -> None:
    ids = {assert_problem(client.get("/api/v1/enterprises"), 401)["request_id"] for _ in range(3)}
    assert len(ids) == 3
    forged = client.get("/api/v1/enterprises", headers={"X-Request-ID": "mine-123"})
    assert assert_problem(forged, 401)["request_id"] != "mine-123"


# --- input the database cannot take is refused as a validation error, not a 500 ------------------------


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "field"),
    [
        ("get", "/api/v1/enterprises", {"params": {"q": "Công\x00ty"}}, "q"),
        ("get", "/api/v1/enterprises", {"params": {"zone": "Z\x00A"}}, "zone"),
        ("get", "/api/v1/users", {"params": {"q": "\x00"}}, "q"),
        ("get", "/api/v1/audit-events", {"params": {"entity": "enterprise\x00"}}, "entity"),
        ("get", "/api/v1/admin-units/%00", {}, "path"),
        ("post", "/api/v1/enterprises", {"json": new_enterprise(name="Công\x00ty")}, "body"),
        (
            "post",
            "/api/v1/industrial-zones",
            {"json": {"code": "Z\x00", "name": "Khu", "kind": "industrial_zone", "admin_unit_code": COMMUNE_A}},
            "body",
        ),
        (
            "post",
            "/api/v1/auth/token",
            {"data": {"grant_type": "password", "username": "admin@test.vn\x00", "password": PASSWORD}},
            "body",
        ),
    ],
)
def test_nul_characters_are_refused(
    client: TestClient, world: World, db: Session, method: str, url: str, kwargs: dict[str, Any], field: str
) -> None:
    answer = client.request(method.upper(), url, headers=world.auth("admin"), **kwargs)
    body = assert_problem(answer, 422, "validation_error")
    assert [e["field"] for e in body["errors"]] == [field]
    assert db.scalar(select(Enterprise.id).where(Enterprise.tax_code == "0109999999")) is None


def test_json_text_with_an_escaped_backslash_is_not_a_nul(client: TestClient, world: World) -> None:
    created = client.post(
        "/api/v1/enterprises", json=new_enterprise(address="Kho \\u0000 số 2"), headers=world.auth("admin")
    )
    assert created.status_code == 201, created.text
    assert created.json()["address"] == "Kho \\u0000 số 2"


@pytest.mark.parametrize(
    ("sort", "value"),
    [
        ("employees_total", ["v", "many", 1]),
        ("name", ["v", 5, 1]),
        ("name", ["dt", "2026-01-01T00:00:00+00:00", 1]),
        ("created_at", ["v", "yesterday", 1]),
        ("created_at", ["dt", "2026-01-01T00:00:00", 1]),
        ("name", ["v", "Công ty\x00", 1]),
        ("name", ["v", "a", 2**70]),
        ("name", ["v", 1e308, 1]),
    ],
)
def test_a_forged_cursor_is_a_422(client: TestClient, world: World, sort: str, value: list[Any]) -> None:
    answer = client.get(
        "/api/v1/enterprises", params={"sort": sort, "cursor": cursor(value)}, headers=world.auth("admin")
    )
    body = assert_problem(answer, 422, "validation_error")
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("cursor", "cursor_invalid")]


@pytest.mark.parametrize(
    "url", ["/api/v1/users", "/api/v1/api-clients", "/api/v1/industrial-zones", "/api/v1/audit-events"]
)
def test_forged_cursors_on_other_lists_are_422(client: TestClient, world: World, url: str) -> None:
    statuses = []
    for value in (["v", 5, 1], ["v", "x", 1], ["dt", "2026-01-01T00:00:00+00:00", 1]):
        answer = client.get(url, params={"cursor": cursor(value)}, headers=world.auth("admin"))
        statuses.append(answer.status_code)
        if answer.status_code != 200:
            assert [e["field"] for e in assert_problem(answer, 422)["errors"]] == ["cursor"]
    assert sorted(statuses) == [200, 422, 422]  # only the value of the sort column's type is taken


def test_real_cursors_still_page(client: TestClient, world: World) -> None:
    for sort in ("name", "-employees_total", "created_at", "-tax_code"):
        seen: list[int] = []
        page: dict[str, Any] = {"next_cursor": None}
        params: dict[str, Any] = {"sort": sort, "limit": 1}
        while True:
            answer = client.get("/api/v1/enterprises", params=params, headers=world.auth("admin"))
            assert answer.status_code == 200, answer.text
            page = answer.json()
            seen += [item["id"] for item in page["items"]]
            if page["next_cursor"] is None:
                break
            params["cursor"] = page["next_cursor"]
        assert sorted(seen) == sorted(world.ids[k] for k in ("a1", "za", "b1", "zb"))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2026-01-01T00:00:00", "timezone_aware"),
        ("2026-01-01", "field_datetime"),
        ("0.5", "field_datetime"),
        ("1767225600", "field_datetime"),
        ("yesterday", "field_datetime"),
    ],
)
def test_audit_time_bounds_need_an_iso_time_with_offset(
    client: TestClient, world: World, value: str, code: str
) -> None:
    for name in ("from", "to"):
        answer = client.get("/api/v1/audit-events", params={name: value}, headers=world.auth("admin"))
        body = assert_problem(answer, 422, "validation_error")
        assert [(e["field"], e["code"]) for e in body["errors"]] == [(name, code)]
        assert body["errors"][0]["message"] == "Thời điểm không hợp lệ (ISO 8601)"


def test_audit_time_bounds_filter(client: TestClient, world: World, db: Session) -> None:
    client.patch(
        f"/api/v1/enterprises/{world.ids['a1']}",
        json={"name": "Tên mới"},
        headers={**world.auth("admin"), "If-Match": "*"},
    )
    at = db.scalar(select(AuditEvent.at).where(AuditEvent.entity == "enterprise"))
    assert at is not None
    admin = world.auth("admin")
    before = client.get("/api/v1/audit-events", params={"to": "2000-01-01T00:00:00+07:00"}, headers=admin)
    after = client.get(
        "/api/v1/audit-events", params={"from": "2000-01-01T00:00:00Z", "entity": "enterprise"}, headers=admin
    )
    assert before.status_code == after.status_code == 200
    assert before.json()["items"] == []
    assert [e["entity_id"] for e in after.json()["items"]] == [str(world.ids["a1"])]


# --- unexpected errors and production ---------------------------------------------------------------------


@pytest.fixture
def fragile_app(migrated: Settings) -> FastAPI:
    app = create_app(migrated)

    async def explode() -> None:
        raise RuntimeError("secret-internal-detail: password=hunter2")

    app.add_api_route("/api/v1/test-explode", explode, methods=["GET"])
    return app


def test_an_unexpected_exception_is_a_500_problem_without_traceback(fragile_app: FastAPI, db: Session) -> None:
    with TestClient(fragile_app, raise_server_exceptions=False) as client:
        for headers, title in (({}, "Lỗi máy chủ"), (EN, "Internal server error")):
            answer = client.get("/api/v1/test-explode", headers=headers)
            assert answer.status_code == 500
            assert answer.headers["content-type"].split(";")[0] == PROBLEM
            body = answer.json()
            assert body["type"] == "urn:osh:problem:server_error"
            assert (body["status"], body["title"]) == (500, title)
            assert body["request_id"] == answer.headers["x-request-id"]
            assert body["request_id"] in body["detail"]
            for leak in ("Traceback", "RuntimeError", "secret-internal-detail", "hunter2", ".py", 'File "'):
                assert leak not in answer.text


def test_production_hides_the_documentation(migrated: Settings, db: Session) -> None:
    production = Settings(
        env="production",
        secret_key="production-secret-key-0123456789-0123456789",
        database_url=migrated.database_url,
        data_dir=migrated.data_dir,
        province_code=migrated.province_code,
    )
    assert production.docs_enabled is False
    with TestClient(create_app(production), raise_server_exceptions=False) as client:
        for path in ("/docs", "/api/v1/openapi.json", "/docs/oauth2-redirect", "/redoc"):
            assert_problem(client.get(path), 404, "not_found")
        assert client.get("/api/v1/health").status_code == 200


def test_development_serves_the_documentation(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/api/v1/openapi.json").json()
    answers = schema["paths"]["/api/v1/enterprises/{enterprise_id}"]["get"]["responses"]
    assert set(answers["404"]["content"]) == {PROBLEM}
    assert answers["404"]["content"][PROBLEM]["schema"] == {"$ref": "#/components/schemas/Problem"}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status, answer in operation["responses"].items():
                if 400 <= int(status) < 500:
                    assert set(answer.get("content", {})) == {PROBLEM}, (method, path, status)
