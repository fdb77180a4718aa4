"""Who may call what, and what each caller sees.

Function level: the route table itself is checked (every /api/v1 route outside a short public allow-list
depends on `authenticated` or a `require(...)` permission, and the matrix below lists every route with its
guard), then every route is called as every principal: no token gives 401, a role without the permission
403, a role with it neither.

Object level: every principal (people of each role and scope, and the zone board's API client) works the
enterprise registry: list, search, count, get, history, change, delete, export, import, create and move;
and the accident reports: list, search, get, timeline, attachments, report, change, move the status, delete.
Objects outside the scope answer 404, never 403; writes that would place an object outside the scope are
refused with 403 naming the field.
"""

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, PRINCIPALS, World, make_client, make_user, xlsx_path
from osh.accidents.models import Accident, AccidentAttachment
from osh.api import API_PREFIX
from osh.areas.models import IndustrialZone
from osh.auth.deps import authenticated
from osh.auth.permissions import (
    ACCIDENTS_DELETE,
    ACCIDENTS_INVESTIGATE,
    ACCIDENTS_READ,
    ACCIDENTS_REPORT,
    AREAS_READ,
    AUDIT_READ,
    ENTERPRISES_CREATE,
    ENTERPRISES_DELETE,
    ENTERPRISES_EXPORT,
    ENTERPRISES_IMPORT,
    ENTERPRISES_READ,
    ENTERPRISES_WRITE,
    REFERENCE_READ,
    ROLE_PERMISSIONS,
    TRAINING_MANAGE,
    TRAINING_READ,
    TRAINING_RECORD,
    USERS_MANAGE,
    ZONES_WRITE,
    Role,
)
from osh.auth.security import make_access_token
from osh.enterprises.excel import IMPORT_COLUMNS
from osh.enterprises.models import Enterprise
from osh.reference.service import PUBLISHED

try:  # FastAPI keeps included routers as nodes of the route table; this walks through them.
    from fastapi.routing import iter_route_contexts
except ImportError:  # pragma: no cover - older FastAPI copies the routes into app.routes
    iter_route_contexts = None

PUBLIC = "public"
AUTHENTICATED = "authenticated"

# The only /api/v1 operations anyone may call without a token.
PUBLIC_ROUTES = {
    ("GET", "/api/v1/health"),
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/logout"),
    # Version and province name, for the sign-in page: nothing about people or enterprises.
    ("GET", "/api/v1/deployment"),
}
# The OpenAPI document is a plain route under the prefix, served only when docs are enabled.
PLAIN_ROUTES = {("GET", "/api/v1/openapi.json"), ("HEAD", "/api/v1/openapi.json")}

# Every operation and its guard. A new route must be added here, with the permission it needs.
MATRIX: dict[tuple[str, str], str] = {
    **{route: PUBLIC for route in PUBLIC_ROUTES},
    ("GET", "/api/v1/auth/me"): AUTHENTICATED,
    ("POST", "/api/v1/auth/password"): AUTHENTICATED,
    ("GET", "/api/v1/users"): USERS_MANAGE,
    ("POST", "/api/v1/users"): USERS_MANAGE,
    ("GET", "/api/v1/users/{user_id}"): USERS_MANAGE,
    ("PATCH", "/api/v1/users/{user_id}"): USERS_MANAGE,
    ("DELETE", "/api/v1/users/{user_id}"): USERS_MANAGE,
    ("POST", "/api/v1/users/{user_id}/password"): USERS_MANAGE,
    ("GET", "/api/v1/api-clients"): USERS_MANAGE,
    ("POST", "/api/v1/api-clients"): USERS_MANAGE,
    ("GET", "/api/v1/api-clients/{client_id}"): USERS_MANAGE,
    ("PATCH", "/api/v1/api-clients/{client_id}"): USERS_MANAGE,
    ("DELETE", "/api/v1/api-clients/{client_id}"): USERS_MANAGE,
    ("POST", "/api/v1/api-clients/{client_id}/secret"): USERS_MANAGE,
    ("GET", "/api/v1/admin-units"): AREAS_READ,
    ("GET", "/api/v1/admin-units/{code}"): AREAS_READ,
    ("GET", "/api/v1/industrial-zones"): AREAS_READ,
    ("POST", "/api/v1/industrial-zones"): ZONES_WRITE,
    ("GET", "/api/v1/industrial-zones/{zone_id}"): AREAS_READ,
    ("PATCH", "/api/v1/industrial-zones/{zone_id}"): ZONES_WRITE,
    ("DELETE", "/api/v1/industrial-zones/{zone_id}"): ZONES_WRITE,
    ("GET", "/api/v1/enterprises"): ENTERPRISES_READ,
    ("POST", "/api/v1/enterprises"): ENTERPRISES_CREATE,
    ("GET", "/api/v1/enterprises/export"): ENTERPRISES_EXPORT,
    ("GET", "/api/v1/enterprises/import-template"): ENTERPRISES_IMPORT,
    ("POST", "/api/v1/enterprises/import"): ENTERPRISES_IMPORT,
    ("GET", "/api/v1/enterprises/{enterprise_id}"): ENTERPRISES_READ,
    ("PATCH", "/api/v1/enterprises/{enterprise_id}"): ENTERPRISES_WRITE,
    ("DELETE", "/api/v1/enterprises/{enterprise_id}"): ENTERPRISES_DELETE,
    ("GET", "/api/v1/enterprises/{enterprise_id}/history"): ENTERPRISES_READ,
    ("GET", "/api/v1/accidents"): ACCIDENTS_READ,
    ("POST", "/api/v1/accidents"): ACCIDENTS_REPORT,
    ("GET", "/api/v1/accidents/stats"): ACCIDENTS_READ,
    ("GET", "/api/v1/accidents/employer-report"): ACCIDENTS_READ,
    ("GET", "/api/v1/accidents/province-report"): ACCIDENTS_READ,
    ("GET", "/api/v1/accidents/{accident_id}"): ACCIDENTS_READ,
    ("PATCH", "/api/v1/accidents/{accident_id}"): ACCIDENTS_REPORT,
    ("DELETE", "/api/v1/accidents/{accident_id}"): ACCIDENTS_DELETE,
    ("POST", "/api/v1/accidents/{accident_id}/status"): ACCIDENTS_INVESTIGATE,
    ("GET", "/api/v1/accidents/{accident_id}/timeline"): ACCIDENTS_READ,
    ("GET", "/api/v1/accidents/{accident_id}/attachments"): ACCIDENTS_READ,
    ("POST", "/api/v1/accidents/{accident_id}/attachments"): ACCIDENTS_REPORT,
    ("GET", "/api/v1/accidents/{accident_id}/attachments/{attachment_id}"): ACCIDENTS_READ,
    ("DELETE", "/api/v1/accidents/{accident_id}/attachments/{attachment_id}"): ACCIDENTS_REPORT,
    ("GET", "/api/v1/training-providers"): TRAINING_READ,
    ("POST", "/api/v1/training-providers"): TRAINING_MANAGE,
    ("GET", "/api/v1/training-providers/{provider_id}"): TRAINING_READ,
    ("PATCH", "/api/v1/training-providers/{provider_id}"): TRAINING_MANAGE,
    ("DELETE", "/api/v1/training-providers/{provider_id}"): TRAINING_MANAGE,
    ("GET", "/api/v1/training-courses"): TRAINING_READ,
    ("POST", "/api/v1/training-courses"): TRAINING_MANAGE,
    ("GET", "/api/v1/training-courses/{course_id}"): TRAINING_READ,
    ("PATCH", "/api/v1/training-courses/{course_id}"): TRAINING_MANAGE,
    ("DELETE", "/api/v1/training-courses/{course_id}"): TRAINING_MANAGE,
    ("GET", "/api/v1/training-courses/{course_id}/attendance-template"): TRAINING_MANAGE,
    ("POST", "/api/v1/training-courses/{course_id}/attendance-import"): TRAINING_MANAGE,
    ("GET", "/api/v1/training-records"): TRAINING_READ,
    ("POST", "/api/v1/training-records"): TRAINING_RECORD,
    ("GET", "/api/v1/training-records/stats"): TRAINING_READ,
    # Not scoped (inspectors check any certificate), rate-limited per caller.
    ("GET", "/api/v1/training-records/verify"): TRAINING_READ,
    ("GET", "/api/v1/training-records/export"): TRAINING_READ,
    ("GET", "/api/v1/training-records/{record_id}"): TRAINING_READ,
    ("PATCH", "/api/v1/training-records/{record_id}"): TRAINING_RECORD,
    ("DELETE", "/api/v1/training-records/{record_id}"): TRAINING_MANAGE,
    ("GET", "/api/v1/enterprises/{enterprise_id}/training-compliance"): TRAINING_READ,
    ("GET", "/api/v1/audit-events"): AUDIT_READ,
    # Legal code lists are public law; every role holds reference:read.
    ("GET", "/api/v1/reference"): REFERENCE_READ,
    ("GET", "/api/v1/reference/{name}"): REFERENCE_READ,
}

READ, WRITE, CREATE, DELETE, IMPORT, EXPORT = (
    ENTERPRISES_READ,
    ENTERPRISES_WRITE,
    ENTERPRISES_CREATE,
    ENTERPRISES_DELETE,
    ENTERPRISES_IMPORT,
    ENTERPRISES_EXPORT,
)
KEEPER = {READ, WRITE, CREATE, DELETE, IMPORT, EXPORT}
ENTERPRISES = ("a1", "za", "b1", "zb")  # a1: commune A; za: zone ZA in A; b1: commune B; zb: zone ZB in B
PLACES = {"a1": (COMMUNE_A, None), "za": (COMMUNE_A, "ZA"), "b1": (COMMUNE_B, None), "zb": (COMMUNE_B, "ZB")}
TAX_CODES = {"a1": "0100000001", "za": "0100000002", "b1": "0100000003", "zb": "0100000004"}

# principal -> (role, what it may do with enterprises, which of the world's enterprises it sees)
WHO: dict[str, tuple[Role, set[str], set[str]]] = {
    "admin": (Role.admin, KEEPER, set(ENTERPRISES)),
    "officer": (Role.province_officer, KEEPER, set(ENTERPRISES)),
    "inspector": (Role.inspector, {READ, EXPORT}, set(ENTERPRISES)),
    "commune_a": (Role.commune_officer, KEEPER, {"a1", "za"}),
    "zone_a": (Role.zone_board, KEEPER, {"za"}),
    "enterprise_a": (Role.enterprise_user, {READ, WRITE}, {"a1"}),
    "health": (Role.health_facility, {READ}, set(ENTERPRISES)),
    "viewer": (Role.viewer, {READ, EXPORT}, set(ENTERPRISES)),
    "integrator_a": (Role.zone_board, KEEPER, {"za"}),
}
NAMES = list(WHO)


def can(name: str, permission: str) -> bool:
    return permission in WHO[name][1]


def sees(name: str) -> set[str]:
    return WHO[name][2]


def scope_kind(name: str) -> str:
    if name == "integrator_a":
        return "zones"
    return str(PRINCIPALS[name][1]({"a1": 0})["kind"])


def may_place(name: str, commune: str, zone: str | None) -> bool:
    """Where a principal may put an enterprise: anywhere with the province, its communes, its zone."""
    return {"province": True, "communes": commune == COMMUNE_A, "zones": zone == "ZA"}.get(scope_kind(name), False)


def refused_field(name: str) -> str:
    return "zone_code" if scope_kind(name) == "zones" else "admin_unit_code"


# --- the route table ---------------------------------------------------------------------------------------


def _route_contexts(app: FastAPI) -> list[Any]:
    return list(iter_route_contexts(app.routes)) if iter_route_contexts is not None else list(app.routes)


def api_routes(app: FastAPI) -> dict[tuple[str, str], Any]:
    """(method, path) -> dependant for every operation under /api/v1, through the included routers."""
    found: dict[tuple[str, str], Any] = {}
    for route in _route_contexts(app):
        original = getattr(route, "original_route", route)
        path = route.path or ""
        if not path.startswith(API_PREFIX + "/") or not isinstance(original, APIRoute):
            continue
        for method in route.methods:
            assert (method, path) not in found, f"{method} {path} is declared twice"
            found[(method, path)] = route.dependant
    return found


def guard(dependant: Any) -> str | None:
    """The permission a route requires (through any depth of sub-dependencies), AUTHENTICATED when it only
    needs a signed-in caller, None when it needs nothing."""
    permissions: set[str] = set()
    calls: list[Any] = []
    pending = [dependant]
    while pending:
        node = pending.pop()
        calls.append(node.call)
        permission = getattr(node.call, "permission", None)
        if permission is not None:
            permissions.add(permission)
        pending.extend(node.dependencies)
    assert len(permissions) <= 1, f"several permissions required: {permissions}"
    if permissions:
        return permissions.pop()
    if any(call is authenticated for call in calls):
        return AUTHENTICATED
    return None


def test_every_api_route_requires_a_login_or_a_permission(app: FastAPI) -> None:
    routes = api_routes(app)
    assert len(routes) > 30
    unguarded = sorted(
        f"{method} {path}"
        for (method, path), dependant in routes.items()
        if (method, path) not in PUBLIC_ROUTES and guard(dependant) is None
    )
    assert unguarded == [], f"routes without `authenticated` or `require(...)`: {unguarded}"


def test_the_route_table_is_the_matrix(app: FastAPI) -> None:
    routes = api_routes(app)
    unlisted = sorted(f"{m} {p}" for m, p in set(routes) - set(MATRIX))
    assert unlisted == [], f"routes missing from MATRIX in {__file__}: {unlisted}"
    stale = sorted(f"{m} {p}" for m, p in set(MATRIX) - set(routes))
    assert stale == [], f"MATRIX lists routes that do not exist: {stale}"
    wrong = {
        f"{m} {p}": (guard(dependant), MATRIX[(m, p)])
        for (m, p), dependant in routes.items()
        if (guard(dependant) or PUBLIC) != MATRIX[(m, p)]
    }
    assert wrong == {}, f"route guard differs from the matrix (actual, expected): {wrong}"
    plain = {
        (method, route.path)
        for route in _route_contexts(app)
        if (route.path or "").startswith(API_PREFIX + "/")
        and not isinstance(getattr(route, "original_route", route), APIRoute)
        for method in (route.methods or {"*"})
    }
    assert plain <= PLAIN_ROUTES, f"routes under {API_PREFIX} outside FastAPI's dependency system: {plain}"


def test_the_guard_reader_sees_through_sub_dependencies(app: FastAPI) -> None:
    routes = api_routes(app)
    # Reference routes declare their guard in the decorator's dependencies, others as a parameter, the
    # enterprise list also beside a filters dependency: all are seen.
    assert guard(routes[("GET", "/api/v1/reference")]) == REFERENCE_READ
    assert guard(routes[("GET", "/api/v1/auth/me")]) == AUTHENTICATED
    assert guard(routes[("GET", "/api/v1/enterprises")]) == ENTERPRISES_READ
    assert guard(routes[("GET", "/api/v1/health")]) is None


def test_roles_hold_the_expected_enterprise_permissions() -> None:
    for name, (role, expected, _) in WHO.items():
        assert ROLE_PERMISSIONS[role] & KEEPER == expected, name
        assert AUDIT_READ not in ROLE_PERMISSIONS[role] or role in (Role.admin, Role.province_officer, Role.viewer)


def _sample(world: World, db: Session, method: str, path: str) -> tuple[str, dict[str, Any]]:
    zone_id = db.scalar(select(IndustrialZone.id).where(IndustrialZone.code == "ZA"))
    concrete = (
        path.replace("{enterprise_id}", str(world.ids["a1"]))
        .replace("{user_id}", str(world.ids["target_user"]))
        .replace("{client_id}", str(world.ids["target_client"]))
        .replace("{zone_id}", str(zone_id))
        .replace("{code}", COMMUNE_A)
        .replace("{name}", PUBLISHED[0])
    )
    if "{accident_id}" in concrete:
        concrete = concrete.replace("{accident_id}", str(world.ids["accident"])).replace(
            "{attachment_id}", str(world.ids["attachment"])
        )
    # Training objects need not exist: a caller with the permission gets 404 or 422, one without it 403.
    for parameter in ("{provider_id}", "{course_id}", "{record_id}"):
        concrete = concrete.replace(parameter, "999999")
    assert "{" not in concrete, f"no sample value for a parameter of {path}"
    kwargs: dict[str, Any] = {}
    if path.endswith("/enterprises/import"):
        kwargs["files"] = {"file": ("x.xlsx", b"not a workbook", "application/octet-stream")}
    elif path == "/api/v1/auth/token":
        kwargs["data"] = {}
    elif method in ("POST", "PATCH"):
        kwargs["json"] = {}
    return concrete, kwargs


def _problem_type(answer: httpx.Response) -> str:
    assert answer.headers["content-type"].startswith("application/problem+json"), answer.text
    return str(answer.json()["type"])


@pytest.mark.parametrize(("method", "path"), sorted(MATRIX), ids=[f"{m} {p}" for m, p in sorted(MATRIX)])
def test_every_route_answers_each_role_by_the_matrix(
    client: TestClient, world: World, db: Session, method: str, path: str
) -> None:
    # Targets that the calls may change without disturbing the principals making them.
    world.ids["target_user"] = make_user(db, world.settings, "target@test.vn", "viewer", {"kind": "province"}).id
    world.ids["target_client"] = make_client(db, "target", "viewer", {"kind": "province"}, "target-secret").id
    db.commit()
    if "{accident_id}" in path:
        # Workers without a labour contract in commune A: the commune officer may change it, as the province may.
        world.ids["accident"], world.ids["attachment"] = _report(client, world, None, COMMUNE_A)
    url, kwargs = _sample(world, db, method, path)
    required = MATRIX[(method, path)]

    anonymous = client.request(method, url, **kwargs)
    if required == PUBLIC:
        assert anonymous.status_code not in (401, 403), anonymous.text
        return
    assert anonymous.status_code == 401, anonymous.text
    assert _problem_type(anonymous) == "urn:osh:problem:unauthorized"

    for name, (role, _, _) in WHO.items():
        answer = client.request(method, url, headers=world.auth(name), **kwargs)
        allowed = required == AUTHENTICATED or required in ROLE_PERMISSIONS[role]
        if allowed:
            assert answer.status_code not in (401, 403), f"{name}: {answer.status_code} {answer.text}"
        else:
            assert answer.status_code == 403, f"{name}: {answer.status_code} {answer.text}"
            assert _problem_type(answer) == "urn:osh:problem:forbidden"


# --- the enterprise registry, principal by principal ------------------------------------------------------


def _ids(world: World, keys: set[str]) -> set[int]:
    return {world.ids[key] for key in keys}


def _listing(client: TestClient, world: World, name: str, **params: Any) -> tuple[set[int], int]:
    answer = client.get("/api/v1/enterprises", params={"limit": 200, **params}, headers=world.auth(name))
    assert answer.status_code == 200, answer.text
    page = answer.json()
    assert page["next_cursor"] is None
    ids = [item["id"] for item in page["items"]]
    assert len(ids) == len(set(ids))
    assert page["total"] == len(ids)
    return set(ids), page["total"]


def _fresh(db: Session, key_or_id: str | int, world: World) -> Enterprise | None:
    db.rollback()  # end any read snapshot, to see what the API committed
    db.expire_all()
    enterprise_id = world.ids[key_or_id] if isinstance(key_or_id, str) else key_or_id
    return db.get(Enterprise, enterprise_id)


def _by_tax_code(db: Session, tax_code: str) -> Enterprise | None:
    db.rollback()
    db.expire_all()
    return db.scalar(select(Enterprise).where(Enterprise.tax_code == tax_code))


def _if_match(db: Session, world: World, key: str) -> dict[str, str]:
    enterprise = _fresh(db, key, world)
    assert enterprise is not None
    return {"If-Match": f'"{enterprise.version}"'}


def _in(world: World, keys: set[str], *, commune: str | None = None, zone: str | None = None) -> set[int]:
    return {
        world.ids[key]
        for key in keys
        if (commune is None or PLACES[key][0] == commune) and (zone is None or PLACES[key][1] == zone)
    }


@pytest.mark.parametrize("name", NAMES)
def test_list_and_count_show_only_the_scope(client: TestClient, world: World, name: str) -> None:
    visible = _ids(world, sees(name))
    assert _listing(client, world, name) == (visible, len(visible))
    # Asking for places outside the scope gives nothing of them.
    for commune in (COMMUNE_A, COMMUNE_B):
        expected = _in(world, sees(name), commune=commune)
        assert _listing(client, world, name, admin_unit=commune) == (expected, len(expected))
    for zone in ("ZA", "ZB"):
        expected = _in(world, sees(name), zone=zone)
        assert _listing(client, world, name, zone=zone) == (expected, len(expected))
    both = _listing(client, world, name, admin_unit=[COMMUNE_A, COMMUNE_B], zone=["ZA", "ZB"])
    assert both[0] == _in(world, sees(name) & {"za", "zb"})
    # Page by page, with each sort, the same set and never an object outside it.
    for sort in ("name", "-employees_total", "tax_code", "-created_at"):
        seen: list[int] = []
        params: dict[str, Any] = {"limit": 1, "sort": sort}
        while True:
            answer = client.get("/api/v1/enterprises", params=params, headers=world.auth(name))
            assert answer.status_code == 200, answer.text
            page = answer.json()
            assert page["total"] == len(visible)
            seen += [item["id"] for item in page["items"]]
            if not page["next_cursor"]:
                break
            params["cursor"] = page["next_cursor"]
        assert sorted(seen) == sorted(visible), sort


@pytest.mark.parametrize("name", NAMES)
def test_search_finds_only_the_scope(client: TestClient, world: World, name: str) -> None:
    searches = {
        "Công ty": set(ENTERPRISES),
        "cong ty": set(ENTERPRISES),
        "Bình Minh": {"b1"},
        "binh minh": {"b1"},
        "Khu": {"za", "zb"},
        "khu b": {"zb"},
        TAX_CODES["zb"]: {"zb"},
        TAX_CODES["a1"]: {"a1"},
        "0100000": set(ENTERPRISES),
        "Số 1": set(ENTERPRISES),
    }
    for q, matches in searches.items():
        expected = _ids(world, matches & sees(name))
        assert _listing(client, world, name, q=q) == (expected, len(expected)), q
        assert _listing(client, world, name, q=q, admin_unit=COMMUNE_B)[0] == _in(
            world, matches & sees(name), commune=COMMUNE_B
        )


@pytest.mark.parametrize("name", NAMES)
def test_get_and_history_answer_404_outside_the_scope(client: TestClient, world: World, db: Session, name: str) -> None:
    for key in ENTERPRISES:  # one audited change each, so that every history has something to show
        changed = client.patch(
            f"/api/v1/enterprises/{world.ids[key]}",
            json={"employees_total": 60},
            headers={**world.auth("admin"), **_if_match(db, world, key)},
        )
        assert changed.status_code == 200, changed.text
    for key in ENTERPRISES:
        url = f"/api/v1/enterprises/{world.ids[key]}"
        one = client.get(url, headers=world.auth(name))
        history = client.get(f"{url}/history", headers=world.auth(name))
        if key in sees(name):
            assert one.status_code == 200, one.text
            assert one.json()["tax_code"] == TAX_CODES[key]
            assert one.headers["etag"]
            assert history.status_code == 200, history.text
            assert [e["entity_id"] for e in history.json()["items"]] == [str(world.ids[key])]
        else:
            for answer in (one, history):
                assert answer.status_code == 404, f"{key}: {answer.status_code}"
                assert _problem_type(answer) == "urn:osh:problem:not_found"
                assert TAX_CODES[key] not in answer.text
    missing = client.get("/api/v1/enterprises/999999", headers=world.auth(name))
    assert missing.status_code == 404
    # An object outside the scope and one that does not exist are told apart by nothing.
    outside = [k for k in ENTERPRISES if k not in sees(name)]
    if outside:
        hidden = client.get(f"/api/v1/enterprises/{world.ids[outside[0]]}", headers=world.auth(name))
        strip = ("request_id", "instance")
        assert {k: v for k, v in hidden.json().items() if k not in strip} == {
            k: v for k, v in missing.json().items() if k not in strip
        }


@pytest.mark.parametrize("name", NAMES)
def test_patch_changes_only_the_scope(client: TestClient, world: World, db: Session, name: str) -> None:
    for key in ENTERPRISES:
        before = _fresh(db, key, world)
        assert before is not None
        version = before.version
        answer = client.patch(
            f"/api/v1/enterprises/{world.ids[key]}",
            json={"name": f"Tên mới {key}"},
            headers={**world.auth(name), "If-Match": f'"{version}"'},
        )
        after = _fresh(db, key, world)
        assert after is not None
        if not can(name, WRITE):
            assert answer.status_code == 403, answer.text
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
        elif key in sees(name):
            assert answer.status_code == 200, answer.text
            assert (after.name, after.version) == (f"Tên mới {key}", version + 1)
            continue
        else:
            assert answer.status_code == 404, f"{key}: {answer.status_code} {answer.text}"
            assert _problem_type(answer) == "urn:osh:problem:not_found"
        assert (after.name, after.version) == (before.name, version)


@pytest.mark.parametrize("name", NAMES)
def test_delete_removes_only_the_scope(client: TestClient, world: World, db: Session, name: str) -> None:
    for key in ENTERPRISES:
        answer = client.delete(
            f"/api/v1/enterprises/{world.ids[key]}", headers={**world.auth(name), **_if_match(db, world, key)}
        )
        after = _fresh(db, key, world)
        assert after is not None
        if not can(name, DELETE):
            assert answer.status_code == 403, answer.text
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
            assert after.deleted_at is None
        elif key in sees(name):
            assert answer.status_code == 204, answer.text
            assert after.deleted_at is not None
        else:
            assert answer.status_code == 404, f"{key}: {answer.status_code} {answer.text}"
            assert _problem_type(answer) == "urn:osh:problem:not_found"
            assert after.deleted_at is None
    remaining = _listing(client, world, "admin")[0]
    deleted = sees(name) if can(name, DELETE) else set()
    assert remaining == _ids(world, set(ENTERPRISES) - deleted)


def _exported(answer: httpx.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    sheet = load_workbook(io.BytesIO(answer.content), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    tax_column = rows[0].index("Mã số thuế")
    return [str(row[tax_column]) for row in rows[1:] if any(cell is not None for cell in row)]


@pytest.mark.parametrize("name", NAMES)
def test_export_holds_only_the_scope(client: TestClient, world: World, name: str) -> None:
    cases: list[tuple[dict[str, Any], set[str]]] = [
        ({}, set(ENTERPRISES)),
        ({"admin_unit": COMMUNE_B}, {"b1", "zb"}),
        ({"zone": "ZB"}, {"zb"}),
        ({"zone": ["ZA", "ZB"]}, {"za", "zb"}),
        ({"q": "Bình Minh"}, {"b1"}),
        ({"q": TAX_CODES["a1"]}, {"a1"}),
    ]
    for params, matches in cases:
        answer = client.get("/api/v1/enterprises/export", params=params, headers=world.auth(name))
        if not can(name, EXPORT):
            assert answer.status_code == 403, answer.text
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
            continue
        rows = _exported(answer)
        assert len(rows) == len(matches & sees(name)), params
        assert sorted(rows) == sorted(TAX_CODES[key] for key in matches & sees(name)), params


def _row(tax_code: str, name: str, commune: str, zone: str | None) -> list[Any]:
    values = {
        "tax_code": tax_code,
        "name": name,
        "legal_form": "llc_single_member",
        "ownership": "domestic_private",
        "vsic_code": "2592",
        "admin_unit_code": commune,
        "address": "Số 1",
        "zone_code": zone,
        "employees_total": 50,
        "employees_female": 10,
        "employees_hazardous": 5,
        "status": "active",
    }
    return [values.get(column.key) for column in IMPORT_COLUMNS]


NEW_ROWS = {  # tax code -> (commune, zone) of enterprises the import would create
    "0103000001": (COMMUNE_A, None),
    "0103000002": (COMMUNE_A, "ZA"),
    "0103000003": (COMMUNE_B, None),
    "0103000004": (COMMUNE_B, "ZB"),
}


@pytest.mark.parametrize("name", NAMES)
def test_import_writes_only_the_scope(client: TestClient, world: World, db: Session, tmp_path: Path, name: str) -> None:
    rows = [_row(TAX_CODES[key], f"Nhập lại {key}", *PLACES[key]) for key in ENTERPRISES]
    rows += [_row(tax_code, f"Mới {tax_code}", commune, zone) for tax_code, (commune, zone) in NEW_ROWS.items()]
    path = xlsx_path(tmp_path, rows)
    template = client.get("/api/v1/enterprises/import-template", headers=world.auth(name))
    with path.open("rb") as handle:
        answer = client.post(
            "/api/v1/enterprises/import",
            params={"skip_invalid": "true"},
            files={"file": (path.name, handle, "application/octet-stream")},
            headers=world.auth(name),
        )
    if not can(name, IMPORT):
        for refused in (answer, template):
            assert refused.status_code == 403, refused.text
            assert _problem_type(refused) == "urn:osh:problem:forbidden"
        for key in ENTERPRISES:
            enterprise = _fresh(db, key, world)
            assert enterprise is not None and not enterprise.name.startswith("Nhập lại")
        assert all(_by_tax_code(db, tax_code) is None for tax_code in NEW_ROWS)
        return
    assert template.status_code == 200
    assert answer.status_code == 200, answer.text
    report = answer.json()
    row_of = {TAX_CODES[key]: number for number, key in enumerate(ENTERPRISES, start=2)}
    row_of |= {tax_code: number for number, tax_code in enumerate(NEW_ROWS, start=2 + len(ENTERPRISES))}
    refused = {TAX_CODES[key]: "import_not_allowed" for key in ENTERPRISES if key not in sees(name)}
    refused |= {t: "out_of_scope_detail" for t, (c, z) in NEW_ROWS.items() if not may_place(name, c, z)}
    errors = {(e["row"], e["code"]) for e in report["errors"]}
    assert errors == {(row_of[tax_code], code) for tax_code, code in refused.items()}
    assert report["updated"] == len(sees(name))
    assert report["created"] == len(NEW_ROWS) - sum(1 for t in NEW_ROWS if t in refused)
    assert report["skipped"] == len(refused)
    assert report["written"] is True
    for key in ENTERPRISES:
        enterprise = _fresh(db, key, world)
        assert enterprise is not None
        assert enterprise.name.startswith("Nhập lại") == (key in sees(name)), key
    for tax_code in NEW_ROWS:
        assert (_by_tax_code(db, tax_code) is not None) == (tax_code not in refused), tax_code
    # What was written is now in the importer's scope, and nothing else appeared there.
    visible_now = _listing(client, world, name)[0]
    created = {e.id for t in NEW_ROWS if (e := _by_tax_code(db, t)) is not None}
    assert visible_now == _ids(world, sees(name)) | created


def _new(tax_code: str, commune: str, zone: str | None) -> dict[str, Any]:
    return {
        "tax_code": tax_code,
        "name": f"Công ty mới {tax_code}",
        "legal_form": "joint_stock",
        "vsic_code": "2592",
        "admin_unit_code": commune,
        "address": "Số 5",
        "zone_code": zone,
        "employees_total": 12,
    }


@pytest.mark.parametrize("name", NAMES)
def test_create_only_inside_the_scope(client: TestClient, world: World, name: str, db: Session) -> None:
    targets = {
        "0104000001": (COMMUNE_B, None),
        "0104000002": (COMMUNE_B, "ZB"),
        "0104000003": (COMMUNE_A, None),
        "0104000004": (COMMUNE_A, "ZA"),
    }
    for tax_code, (commune, zone) in targets.items():
        answer = client.post("/api/v1/enterprises", json=_new(tax_code, commune, zone), headers=world.auth(name))
        created = _by_tax_code(db, tax_code)
        if not can(name, CREATE):
            assert answer.status_code == 403, answer.text
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
            assert created is None
        elif may_place(name, commune, zone):
            assert answer.status_code == 201, answer.text
            assert created is not None
            again = client.get(answer.headers["location"], headers=world.auth(name))
            assert again.status_code == 200 and again.json()["tax_code"] == tax_code
        else:
            assert answer.status_code == 403, f"{tax_code}: {answer.status_code} {answer.text}"
            body = answer.json()
            assert body["type"] == "urn:osh:problem:out_of_scope"
            assert [e["field"] for e in body["errors"]] == [refused_field(name)]
            assert created is None


@pytest.mark.parametrize("name", NAMES)
def test_moving_out_of_the_scope_is_refused(client: TestClient, world: World, db: Session, name: str) -> None:
    # The principal's own enterprise: a1 for those who see it, else za.
    key = "a1" if "a1" in sees(name) else "za"
    moves: list[dict[str, Any]] = [{"admin_unit_code": COMMUNE_B}, {"zone_code": "ZB"}, {"zone_code": None}]
    for move in moves:
        before = _fresh(db, key, world)
        assert before is not None
        place = (before.admin_unit_code, before.zone_code)
        answer = client.patch(
            f"/api/v1/enterprises/{world.ids[key]}",
            json=move,
            headers={**world.auth(name), **_if_match(db, world, key)},
        )
        after = _fresh(db, key, world)
        assert after is not None
        target = (move.get("admin_unit_code", place[0]), move["zone_code"] if "zone_code" in move else place[1])
        if not can(name, WRITE):
            assert answer.status_code == 403, answer.text
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
        elif scope_kind(name) == "enterprise" or may_place(name, *target):
            # The province may place anywhere; an employer's scope is its enterprise wherever it moves.
            assert answer.status_code == 200, f"{move}: {answer.status_code} {answer.text}"
            assert (after.admin_unit_code, after.zone_code) == target
            assert client.get(f"/api/v1/enterprises/{world.ids[key]}", headers=world.auth(name)).status_code == 200
            continue
        else:
            assert answer.status_code == 403, f"{move}: {answer.status_code} {answer.text}"
            body = answer.json()
            assert body["type"] == "urn:osh:problem:out_of_scope"
            assert [e["field"] for e in body["errors"]] == [refused_field(name)]
        assert (after.admin_unit_code, after.zone_code, after.version) == (*place, before.version)


def test_moves_refused_for_local_principals_are_the_expected_ones() -> None:
    # The parametrized test above must refuse somebody: guard against an expectation table allowing all.
    refused = {
        name
        for name in NAMES
        if can(name, WRITE) and scope_kind(name) in ("communes", "zones") and not may_place(name, COMMUNE_B, None)
    }
    assert refused == {"commune_a", "zone_a", "integrator_a"}


@pytest.mark.parametrize("name", ["zone_a", "integrator_a"])
def test_zone_board_sees_nothing_of_zone_b_or_commune_b(client: TestClient, world: World, name: str) -> None:
    auth = world.auth(name)
    for params in ({}, {"admin_unit": COMMUNE_B}, {"zone": "ZB"}, {"q": "Khu B"}, {"q": TAX_CODES["b1"]}):
        page = client.get("/api/v1/enterprises", params=params, headers=auth).json()
        assert {item["admin_unit_code"] for item in page["items"]} <= {COMMUNE_A}
        assert {item["zone_code"] for item in page["items"]} <= {"ZA"}
        rows = _exported(client.get("/api/v1/enterprises/export", params=params, headers=auth))
        assert not set(rows) & {TAX_CODES["b1"], TAX_CODES["zb"]}
    assert _listing(client, world, name, admin_unit=COMMUNE_B) == (set(), 0)
    assert _listing(client, world, name, zone="ZB") == (set(), 0)
    assert _listing(client, world, name) == ({world.ids["za"]}, 1)


def test_a_deactivated_api_client_loses_access_at_once(client: TestClient, world: World, db: Session) -> None:
    assert client.get("/api/v1/enterprises", headers=world.auth("integrator_a")).status_code == 200
    url = f"/api/v1/api-clients/{world.ids['client_zone_a']}"
    assert client.delete(url, headers={**world.auth("admin"), "If-Match": "*"}).status_code == 204
    answer = client.get("/api/v1/enterprises", headers=world.auth("integrator_a"))
    assert answer.status_code == 401
    assert _problem_type(answer) == "urn:osh:problem:unauthorized"


# --- the audit log --------------------------------------------------------------------------------------


def test_the_audit_log_is_for_province_wide_auditors(client: TestClient, world: World, db: Session) -> None:
    changed = client.patch(
        f"/api/v1/enterprises/{world.ids['b1']}",
        json={"name": "Bình Minh mới"},
        headers={**world.auth("officer"), **_if_match(db, world, "b1")},
    )
    assert changed.status_code == 200
    for kind, scope in (
        ("communes", {"kind": "communes", "codes": [COMMUNE_A]}),
        ("zones", {"kind": "zones", "codes": ["ZA"]}),
    ):
        user = make_user(db, world.settings, f"viewer-{kind}@test.vn", "viewer", scope)
        world.tokens[f"viewer_{kind}"] = make_access_token(world.settings, f"user:{user.id}")[0]
    db.commit()
    allowed = {"admin", "officer", "viewer"}
    for name in [*NAMES, "viewer_communes", "viewer_zones"]:
        answer = client.get("/api/v1/audit-events", headers=world.auth(name))
        if name in allowed:
            assert answer.status_code == 200, f"{name}: {answer.text}"
            events = answer.json()["items"]
            assert any(e["entity"] == "enterprise" and e["entity_id"] == str(world.ids["b1"]) for e in events)
        else:
            assert answer.status_code == 403, f"{name}: {answer.status_code}"
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
            assert "Bình Minh" not in answer.text


# --- accident reports, principal by principal -------------------------------------------------------------

A_READ, A_REPORT, A_INVESTIGATE, A_DELETE = ACCIDENTS_READ, ACCIDENTS_REPORT, ACCIDENTS_INVESTIGATE, ACCIDENTS_DELETE
ACCIDENT_KEEPER = {A_READ, A_REPORT, A_INVESTIGATE, A_DELETE}
PDF = b"%PDF-1.7\n%%EOF\n"
# report -> (enterprise or None for a worker without a labour contract, commune where it happened)
REPORTS: dict[str, tuple[str | None, str]] = {
    "r_a1": ("a1", COMMUNE_A),
    "r_za": ("za", COMMUNE_A),
    "r_b1": ("b1", COMMUNE_B),
    "r_zb": ("zb", COMMUNE_B),
    "r_nc_a": (None, COMMUNE_A),
    "r_nc_b": (None, COMMUNE_B),
}
ALL_REPORTS = set(REPORTS)
# principal -> (what it may do with accidents, which of the reports above it sees)
ACCIDENT_WHO: dict[str, tuple[set[str], set[str]]] = {
    "admin": (ACCIDENT_KEEPER, ALL_REPORTS),
    "officer": (ACCIDENT_KEEPER, ALL_REPORTS),
    "inspector": ({A_READ, A_REPORT, A_INVESTIGATE}, ALL_REPORTS),
    # Those that happened in its communes, whoever the employer.
    "commune_a": ({A_READ, A_REPORT}, {"r_a1", "r_za", "r_nc_a"}),
    "zone_a": ({A_READ, A_REPORT}, {"r_za"}),
    "enterprise_a": ({A_READ, A_REPORT}, {"r_a1"}),
    "health": (set(), set()),
    "viewer": ({A_READ}, ALL_REPORTS),
    "integrator_a": ({A_READ, A_REPORT}, {"r_za"}),
}
assert set(ACCIDENT_WHO) == set(NAMES)


def may(name: str, permission: str) -> bool:
    return permission in ACCIDENT_WHO[name][0]


def sees_report(name: str, key: str) -> bool:
    return may(name, A_READ) and key in ACCIDENT_WHO[name][1]


def reports_sector(name: str, key: str) -> bool:
    """The sector rule: enterprises and zones write contract-sector reports, communes the others."""
    contract = REPORTS[key][0] is not None
    return {"province": True, "communes": not contract}.get(scope_kind(name), contract)


def _report(client: TestClient, world: World, enterprise: str | None, commune: str) -> tuple[int, int]:
    """A report made by the administrator, with one attached file: (accident id, attachment id)."""
    body: dict[str, Any] = {
        "sector": "contract" if enterprise else "non_contract",
        "occurred_at": "2025-05-10T01:30:00Z",
        "notified_at": "2025-05-10T03:00:00Z",
        "admin_unit_code": commune,
        "place": f"Xưởng {enterprise or 'dân sinh'}",
        "description": "Ngã từ giàn giáo",
        "victims": [{"full_name": "Nguyễn Văn Đức", "sex": "male", "severity": "serious"}],
    }
    if enterprise:
        body["enterprise_id"] = world.ids[enterprise]
    answer = client.post("/api/v1/accidents", json=body, headers=world.auth("admin"))
    assert answer.status_code == 201, answer.text
    accident_id = answer.json()["id"]
    attached = client.post(
        f"/api/v1/accidents/{accident_id}/attachments",
        files={"file": ("bien-ban.pdf", PDF, "application/pdf")},
        headers=world.auth("admin"),
    )
    assert attached.status_code == 201, attached.text
    return accident_id, attached.json()["id"]


@pytest.fixture
def reports(client: TestClient, world: World) -> dict[str, tuple[int, int]]:
    return {key: _report(client, world, enterprise, commune) for key, (enterprise, commune) in REPORTS.items()}


def _stored(db: Session, accident_id: int) -> Accident:
    db.rollback()
    db.expire_all()
    accident = db.get(Accident, accident_id)
    assert accident is not None
    return accident


def _report_if_match(db: Session, accident_id: int) -> dict[str, str]:
    return {"If-Match": f'"{_stored(db, accident_id).version}"'}


def _forbidden(answer: httpx.Response) -> None:
    assert answer.status_code == 403, answer.text
    assert _problem_type(answer) == "urn:osh:problem:forbidden"


def _not_found(answer: httpx.Response, key: str) -> None:
    assert answer.status_code == 404, f"{key}: {answer.status_code} {answer.text}"
    assert _problem_type(answer) == "urn:osh:problem:not_found"


def _sector_refused(answer: httpx.Response, key: str) -> None:
    assert answer.status_code == 403, f"{key}: {answer.status_code} {answer.text}"
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("sector", "sector_not_allowed")]


def test_roles_hold_the_expected_accident_permissions() -> None:
    for name, (role, _, _) in WHO.items():
        assert ROLE_PERMISSIONS[role] & ACCIDENT_KEEPER == ACCIDENT_WHO[name][0], name


def _listed(client: TestClient, world: World, name: str, **params: Any) -> set[int]:
    answer = client.get("/api/v1/accidents", params={"limit": 200, **params}, headers=world.auth(name))
    assert answer.status_code == 200, answer.text
    page = answer.json()
    ids = [item["id"] for item in page["items"]]
    assert page["total"] == len(ids) == len(set(ids))
    return set(ids)


@pytest.mark.parametrize("name", NAMES)
def test_accident_list_and_search_show_only_the_scope(
    client: TestClient, world: World, reports: dict[str, tuple[int, int]], name: str
) -> None:
    if not may(name, A_READ):
        _forbidden(client.get("/api/v1/accidents", headers=world.auth(name)))
        return

    def visible(keys: set[str]) -> set[int]:
        return {reports[key][0] for key in keys if sees_report(name, key)}

    assert _listed(client, world, name) == visible(ALL_REPORTS)
    for commune in (COMMUNE_A, COMMUNE_B):
        in_commune = {k for k, (_, c) in REPORTS.items() if c == commune}
        assert _listed(client, world, name, admin_unit=commune) == visible(in_commune)
    for zone in ("ZA", "ZB"):
        in_zone = {k for k, (e, _) in REPORTS.items() if e and PLACES[e][1] == zone}
        assert _listed(client, world, name, zone=zone) == visible(in_zone)
    for enterprise in ENTERPRISES:
        own = {k for k, (e, _) in REPORTS.items() if e == enterprise}
        assert _listed(client, world, name, enterprise_id=world.ids[enterprise]) == visible(own)
    assert _listed(client, world, name, sector="non_contract") == visible({"r_nc_a", "r_nc_b"})
    assert _listed(client, world, name, q="nguyen van duc") == visible(ALL_REPORTS)
    assert _listed(client, world, name, q="dan sinh") == visible({"r_nc_a", "r_nc_b"})
    for key, (accident_id, _) in reports.items():
        code = _stored_code(client, world, accident_id)
        assert _listed(client, world, name, q=code) == visible({key}), key
    # Page by page, the same set and never a report outside it.
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 1}
    while True:
        page = client.get("/api/v1/accidents", params=params, headers=world.auth(name)).json()
        assert page["total"] == len(visible(ALL_REPORTS))
        seen += [item["id"] for item in page["items"]]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    assert sorted(seen) == sorted(visible(ALL_REPORTS))


def _stored_code(client: TestClient, world: World, accident_id: int) -> str:
    code: str = client.get(f"/api/v1/accidents/{accident_id}", headers=world.auth("admin")).json()["code"]
    return code


@pytest.mark.parametrize("name", NAMES)
def test_accident_reads_answer_404_outside_the_scope(
    client: TestClient, world: World, reports: dict[str, tuple[int, int]], name: str
) -> None:
    for key, (accident_id, attachment_id) in reports.items():
        url = f"/api/v1/accidents/{accident_id}"
        answers = [
            client.get(url, headers=world.auth(name)),
            client.get(f"{url}/timeline", headers=world.auth(name)),
            client.get(f"{url}/attachments", headers=world.auth(name)),
            client.get(f"{url}/attachments/{attachment_id}", headers=world.auth(name)),
        ]
        if not may(name, A_READ):
            for answer in answers:
                _forbidden(answer)
        elif sees_report(name, key):
            one, timeline, attachments, download = answers
            assert one.status_code == 200, one.text
            assert one.json()["id"] == accident_id and one.headers["etag"]
            assert [e["action"] for e in timeline.json()["items"]] == ["create", "attach"]
            assert [a["id"] for a in attachments.json()] == [attachment_id]
            assert download.status_code == 200 and download.content == PDF
        else:
            for answer in answers:
                _not_found(answer, key)
                assert "Nguyễn Văn Đức" not in answer.text
    if not may(name, A_READ):
        return
    # A report outside the scope and one that does not exist are told apart by nothing.
    missing = client.get("/api/v1/accidents/999999", headers=world.auth(name))
    outside = [key for key in REPORTS if not sees_report(name, key)]
    if outside:
        hidden = client.get(f"/api/v1/accidents/{reports[outside[0]][0]}", headers=world.auth(name))
        strip = ("request_id", "instance")
        assert {k: v for k, v in hidden.json().items() if k not in strip} == {
            k: v for k, v in missing.json().items() if k not in strip
        }


@pytest.mark.parametrize("name", NAMES)
def test_accident_changes_only_inside_the_scope_and_sector(
    client: TestClient, world: World, db: Session, reports: dict[str, tuple[int, int]], name: str
) -> None:
    for key, (accident_id, _) in reports.items():
        stored = _stored(db, accident_id)
        place, version = stored.place, stored.version
        answer = client.patch(
            f"/api/v1/accidents/{accident_id}",
            json={"place": f"Nơi mới {key}"},
            headers={**world.auth(name), "If-Match": f'"{version}"'},
        )
        after = _stored(db, accident_id)
        if not may(name, A_REPORT):
            _forbidden(answer)
        elif not sees_report(name, key):
            _not_found(answer, key)
        elif not reports_sector(name, key):
            _sector_refused(answer, key)
        else:
            assert answer.status_code == 200, f"{key}: {answer.text}"
            assert (after.place, after.version) == (f"Nơi mới {key}", version + 1)
            continue
        assert (after.place, after.version) == (place, version)


@pytest.mark.parametrize("name", NAMES)
def test_accident_place_changes_stay_in_the_scope(
    client: TestClient, world: World, db: Session, reports: dict[str, tuple[int, int]], name: str
) -> None:
    writable = [k for k in REPORTS if may(name, A_REPORT) and sees_report(name, k) and reports_sector(name, k)]
    for key in writable:
        accident_id = reports[key][0]
        stored = _stored(db, accident_id)
        commune, version = stored.admin_unit_code, stored.version
        answer = client.patch(
            f"/api/v1/accidents/{accident_id}",
            json={"admin_unit_code": COMMUNE_B},
            headers={**world.auth(name), "If-Match": f'"{version}"'},
        )
        after = _stored(db, accident_id)
        if scope_kind(name) == "communes":
            # Moving it to another commune would take it out of the officer's sight.
            assert answer.status_code == 403, f"{key}: {answer.text}"
            assert answer.json()["type"] == "urn:osh:problem:out_of_scope"
            assert [e["field"] for e in answer.json()["errors"]] == ["admin_unit_code"]
            assert (after.admin_unit_code, after.version) == (commune, version)
        else:
            # The zone's or the employer's report stays theirs wherever it happened.
            assert answer.status_code == 200, f"{key}: {answer.text}"
            assert after.admin_unit_code == COMMUNE_B
            again = client.get(f"/api/v1/accidents/{accident_id}", headers=world.auth(name))
            assert again.status_code == 200
    assert bool(writable) == may(name, A_REPORT)


@pytest.mark.parametrize("name", NAMES)
def test_accident_status_moves_only_by_investigators(
    client: TestClient, world: World, db: Session, reports: dict[str, tuple[int, int]], name: str
) -> None:
    for key, (accident_id, _) in reports.items():
        answer = client.post(
            f"/api/v1/accidents/{accident_id}/status",
            json={"status": "investigating"},
            headers={**world.auth(name), **_report_if_match(db, accident_id)},
        )
        after = _stored(db, accident_id)
        if not may(name, A_INVESTIGATE):
            _forbidden(answer)
            assert after.status == "notified"
        else:
            # Investigators work province-wide.
            assert sees_report(name, key)
            assert answer.status_code == 200, f"{key}: {answer.text}"
            assert (after.status, after.investigating_by) == ("investigating", f"{name}@test.vn")


@pytest.mark.parametrize("name", NAMES)
def test_accident_delete_only_by_keepers(
    client: TestClient, world: World, db: Session, reports: dict[str, tuple[int, int]], name: str
) -> None:
    for key, (accident_id, _) in reports.items():
        answer = client.delete(
            f"/api/v1/accidents/{accident_id}", headers={**world.auth(name), **_report_if_match(db, accident_id)}
        )
        after = _stored(db, accident_id)
        if not may(name, A_DELETE):
            _forbidden(answer)
            assert after.deleted_at is None
        else:
            assert answer.status_code == 204, f"{key}: {answer.text}"
            assert after.deleted_at is not None
    remaining = _listed(client, world, "admin")
    deleted = ALL_REPORTS if may(name, A_DELETE) else set()
    assert remaining == {reports[key][0] for key in ALL_REPORTS - deleted}


@pytest.mark.parametrize("name", NAMES)
def test_accident_attachments_only_inside_the_scope_and_sector(
    client: TestClient, world: World, db: Session, reports: dict[str, tuple[int, int]], name: str
) -> None:
    for key, (accident_id, attachment_id) in reports.items():
        url = f"/api/v1/accidents/{accident_id}/attachments"
        added = client.post(url, files={"file": ("anh.pdf", PDF, "application/pdf")}, headers=world.auth(name))
        removed = client.delete(f"{url}/{attachment_id}", headers=world.auth(name))
        db.rollback()
        kept = db.scalars(
            select(AccidentAttachment.id).where(
                AccidentAttachment.accident_id == accident_id, AccidentAttachment.deleted_at.is_(None)
            )
        ).all()
        if not may(name, A_REPORT):
            _forbidden(added)
            _forbidden(removed)
        elif not sees_report(name, key):
            _not_found(added, key)
            _not_found(removed, key)
        elif not reports_sector(name, key):
            _sector_refused(added, key)
            _sector_refused(removed, key)
        else:
            assert added.status_code == 201, f"{key}: {added.text}"
            assert removed.status_code == 204, f"{key}: {removed.text}"
            assert kept == [added.json()["id"]]
            continue
        assert kept == [attachment_id]


# report made by each principal -> what it answers: 201, or the status and the (field, code) refused
CREATE_TARGETS = {"r_a1": "a1", "r_za": "za", "r_b1": "b1", "r_zb": "zb", "r_nc_a": None, "r_nc_b": None}


def _expected_create(name: str, key: str) -> tuple[int, tuple[str, str] | None]:
    if not may(name, A_REPORT):
        return 403, None
    if not reports_sector(name, key):
        return 403, ("sector", "sector_not_allowed")
    kind = scope_kind(name)
    enterprise, commune = REPORTS[key]
    if kind == "province":
        return 201, None
    if kind == "communes":
        return (201, None) if commune == COMMUNE_A else (403, ("admin_unit_code", "out_of_scope_detail"))
    # Zones and employers report for the enterprises they see; any other is unknown to them.
    assert enterprise is not None
    return (201, None) if enterprise in sees(name) else (422, ("enterprise_id", "enterprise_unknown"))


@pytest.mark.parametrize("name", NAMES)
def test_accident_reports_only_for_the_scope(client: TestClient, world: World, db: Session, name: str) -> None:
    for key, (enterprise, commune) in REPORTS.items():
        body: dict[str, Any] = {
            "sector": "contract" if enterprise else "non_contract",
            "occurred_at": "2025-05-10T01:30:00Z",
            "place": f"Báo cáo {key}",
            "description": "Bị điện giật",
            "victims": [{"full_name": "Trần Văn Hùng", "sex": "male", "severity": "minor"}],
        }
        if enterprise:
            body["enterprise_id"] = world.ids[enterprise]
        else:
            body["admin_unit_code"] = commune
        answer = client.post("/api/v1/accidents", json=body, headers=world.auth(name))
        db.rollback()
        stored = db.scalars(select(Accident).where(Accident.place == f"Báo cáo {key}")).all()
        status, refused = _expected_create(name, key)
        assert answer.status_code == status, f"{key}: {answer.status_code} {answer.text}"
        if status == 201:
            assert len(stored) == 1
            again = client.get(answer.headers["location"], headers=world.auth(name))
            assert again.status_code == 200 and again.json()["place"] == f"Báo cáo {key}"
            continue
        assert stored == []
        if refused is None:
            assert _problem_type(answer) == "urn:osh:problem:forbidden"
        else:
            assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [refused]


def test_accident_creations_refused_for_local_principals_are_the_expected_ones() -> None:
    # Guard against an expectation table that allows everything.
    created = {name: {k for k in REPORTS if _expected_create(name, k)[0] == 201} for name in NAMES}
    assert created == {
        "admin": ALL_REPORTS,
        "officer": ALL_REPORTS,
        "inspector": ALL_REPORTS,
        "commune_a": {"r_nc_a"},
        "zone_a": {"r_za"},
        "enterprise_a": {"r_a1"},
        "health": set(),
        "viewer": set(),
        "integrator_a": {"r_za"},
    }
