"""User accounts and API clients: administration only, scopes checked against real places, optimistic
concurrency, idempotent creation, audit rows, and the effect on sign-in."""

import json
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, COMMUNE_OTHER_PROVINCE, PASSWORD, World, make_user
from osh.audit.models import AuditEvent
from osh.auth.models import ApiClient, RefreshToken, User
from osh.auth.security import make_access_token, token_digest
from osh.core.database import utcnow
from osh.core.idempotency import IdempotencyRecord
from osh.enterprises.models import Enterprise

USERS = "/api/v1/users"
CLIENTS = "/api/v1/api-clients"
TOKEN = "/api/v1/auth/token"
ME = "/api/v1/auth/me"
AUDIT = "/api/v1/audit-events"
PROBLEM = "application/problem+json"
NEW_PASSWORD = "Brave-New-Password-31"
WORLD_USERS = 8
USER_FIELDS = {
    "id",
    "email",
    "full_name",
    "role",
    "scope",
    "is_active",
    "locked_until",
    "last_login_at",
    "created_at",
    "updated_at",
    "version",
}
CLIENT_FIELDS = {
    "id",
    "client_id",
    "name",
    "role",
    "scope",
    "is_active",
    "last_used_at",
    "created_at",
    "updated_at",
    "version",
}
NON_ADMINS = ["officer", "inspector", "commune_a", "zone_a", "enterprise_a", "health", "viewer", "integrator_a"]


def problem(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM)
    body = answer.json()
    assert body["type"] == f"urn:osh:problem:{code}"
    assert body["status"] == status
    assert body["title"]
    return body


def invalid(answer: httpx.Response) -> list[dict[str, str]]:
    body = problem(answer, 422, "validation_error")
    assert body["errors"], body
    for error in body["errors"]:
        assert set(error) == {"field", "message", "code"}
        assert error["message"] and error["code"]
    return list(body["errors"])


def fields(answer: httpx.Response) -> list[str]:
    return [e["field"] for e in invalid(answer)]


def fresh(db: Session) -> Session:
    db.rollback()
    db.expire_all()
    return db


def count(db: Session, model: Any) -> int:
    return int(fresh(db).scalar(select(func.count()).select_from(model)) or 0)


def audit_rows(db: Session, entity: str, entity_id: int, action: str | None = None) -> list[AuditEvent]:
    stmt = select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    return list(fresh(db).scalars(stmt.order_by(AuditEvent.id)))


def new_user(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "email": "an.nguyen@test.vn",
        "full_name": "Nguyễn Văn An",
        "password": NEW_PASSWORD,
        "role": "commune_officer",
        "scope": {"kind": "communes", "codes": [COMMUNE_A]},
    }
    body.update(changes)
    return body


def new_client(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": "Phần mềm KCN B", "role": "zone_board", "scope": {"kind": "zones", "codes": ["ZB"]}}
    body.update(changes)
    return body


def login(client: TestClient, email: str, password: str) -> httpx.Response:
    return client.post(TOKEN, data={"grant_type": "password", "username": email, "password": password})


def client_login(client: TestClient, client_id: str, secret: str) -> httpx.Response:
    return client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def create_user(client: TestClient, world: World, **changes: Any) -> dict[str, Any]:
    answer = client.post(USERS, json=new_user(**changes), headers=world.auth("admin"))
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def create_client(client: TestClient, world: World, **changes: Any) -> dict[str, Any]:
    answer = client.post(CLIENTS, json=new_client(**changes), headers=world.auth("admin"))
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def etag_of(client: TestClient, world: World, path: str) -> str:
    answer = client.get(path, headers=world.auth("admin"))
    assert answer.status_code == 200, answer.text
    return answer.headers["etag"]


def admin_with(world: World, **headers: str) -> dict[str, str]:
    return {**world.auth("admin"), **headers}


# --- who may administer ------------------------------------------------------------------------------------


def admin_routes(world: World) -> list[tuple[str, str, dict[str, Any] | None]]:
    user = world.ids["user_viewer"]
    api_client = world.ids["client_zone_a"]
    return [
        ("GET", USERS, None),
        ("POST", USERS, new_user()),
        ("GET", f"{USERS}/{user}", None),
        ("PATCH", f"{USERS}/{user}", {"full_name": "Đổi tên"}),
        ("DELETE", f"{USERS}/{user}", None),
        ("POST", f"{USERS}/{user}/password", {"password": NEW_PASSWORD}),
        ("GET", CLIENTS, None),
        ("POST", CLIENTS, new_client()),
        ("GET", f"{CLIENTS}/{api_client}", None),
        ("PATCH", f"{CLIENTS}/{api_client}", {"name": "Đổi tên"}),
        ("DELETE", f"{CLIENTS}/{api_client}", None),
    ]


def test_other_roles_are_forbidden(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    for name in NON_ADMINS:
        for method, path, body in admin_routes(world):
            with subtests.test(principal=name, method=method, path=path):
                headers = {**world.auth(name), "If-Match": '"1"'}
                answer = client.request(method, path, json=body, headers=headers)
                problem(answer, 403, "forbidden")
    assert count(db, User) == WORLD_USERS
    assert count(db, ApiClient) == 1
    assert count(db, AuditEvent) == 0
    assert all(u.is_active and u.full_name != "Đổi tên" for u in fresh(db).scalars(select(User)))


def test_administration_needs_a_token(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    for method, path, body in admin_routes(world):
        with subtests.test(method=method, path=path):
            answer = client.request(method, path, json=body, headers={"If-Match": '"1"'})
            problem(answer, 401, "unauthorized")
            assert answer.headers["www-authenticate"].startswith("Bearer")
    assert count(db, User) == WORLD_USERS
    assert count(db, AuditEvent) == 0


def test_forbidden_speaks_both_languages(client: TestClient, world: World) -> None:
    vi = problem(client.get(USERS, headers=world.auth("officer")), 403, "forbidden")
    assert (vi["title"], vi["detail"]) == ("Không có quyền", "Bạn không có quyền thực hiện thao tác này.")
    en = problem(client.get(USERS, headers={**world.auth("officer"), "Accept-Language": "en"}), 403, "forbidden")
    assert (en["title"], en["detail"]) == ("Forbidden", "You are not allowed to do this.")


# --- creating users -------------------------------------------------------------------------------------------


def test_create_user(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(USERS, json=new_user(), headers=world.auth("admin"))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert set(body) == USER_FIELDS
    assert body["email"] == "an.nguyen@test.vn"
    assert body["full_name"] == "Nguyễn Văn An"
    assert body["role"] == "commune_officer"
    assert body["scope"] == {"kind": "communes", "codes": [COMMUNE_A]}
    assert body["is_active"] is True
    assert body["locked_until"] is None and body["last_login_at"] is None
    assert answer.headers["location"] == f"{USERS}/{body['id']}"
    assert answer.headers["etag"] == f'"{body["version"]}"'
    assert "idempotent-replayed" not in answer.headers
    assert NEW_PASSWORD not in answer.text and "argon2" not in answer.text

    row = fresh(db).get(User, body["id"])
    assert row is not None
    assert (row.email, row.role, row.scope, row.is_active, row.failed_logins) == (
        "an.nguyen@test.vn",
        "commune_officer",
        {"kind": "communes", "codes": [COMMUNE_A]},
        True,
        0,
    )
    assert row.password_hash.startswith("$argon2id$")
    events = audit_rows(db, "user", body["id"])
    assert [e.action for e in events] == ["create"]
    assert events[0].actor_kind == "user" and events[0].actor_id == world.ids["user_admin"]
    assert events[0].actor_label == "admin@test.vn"
    assert events[0].after == {
        "email": "an.nguyen@test.vn",
        "full_name": "Nguyễn Văn An",
        "role": "commune_officer",
        "scope": {"kind": "communes", "codes": [COMMUNE_A]},
        "is_active": True,
    }
    assert events[0].request_id == answer.headers["x-request-id"]

    signed_in = login(client, "an.nguyen@test.vn", NEW_PASSWORD)
    assert signed_in.status_code == 200, signed_in.text
    me = client.get(ME, headers=bearer(signed_in.json()["access_token"])).json()
    assert (me["role"], me["scope"]) == ("commune_officer", {"kind": "communes", "codes": [COMMUNE_A]})


def test_create_user_normalises_email_and_name(client: TestClient, world: World, db: Session) -> None:
    body = create_user(client, world, email="  An.Nguyen@Test.VN ", full_name="  Nguyễn Văn An  ")
    assert body["email"] == "an.nguyen@test.vn"
    assert body["full_name"] == "Nguyễn Văn An"
    assert login(client, "AN.NGUYEN@test.vn", NEW_PASSWORD).status_code == 200


@pytest.mark.parametrize(
    ("role", "scope"),
    [
        ("admin", {"kind": "province"}),
        ("province_officer", {"kind": "province"}),
        ("inspector", {"kind": "zones", "codes": ["ZA"]}),
        ("inspector", {"kind": "communes", "codes": [COMMUNE_A, COMMUNE_B]}),
        ("commune_officer", {"kind": "communes", "codes": [COMMUNE_B]}),
        ("zone_board", {"kind": "zones", "codes": ["ZA", "ZB"]}),
        ("enterprise_user", {"kind": "enterprise", "enterprise_id": "a1"}),
        ("health_facility", {"kind": "communes", "codes": [COMMUNE_A]}),
        ("viewer", {"kind": "province"}),
    ],
)
def test_create_user_with_each_scope_kind(
    client: TestClient, world: World, db: Session, role: str, scope: dict[str, Any]
) -> None:
    if scope["kind"] == "enterprise":
        scope = {"kind": "enterprise", "enterprise_id": world.ids[scope["enterprise_id"]]}
    body = create_user(client, world, role=role, scope=scope)
    assert (body["role"], body["scope"]) == (role, scope)
    row = fresh(db).get(User, body["id"])
    assert row is not None and (row.role, row.scope) == (role, scope)


SCOPE_REFUSALS: list[tuple[str, str, dict[str, Any], str, str]] = [
    # name, role, scope, field, code
    ("commune_officer_with_province", "commune_officer", {"kind": "province"}, "scope", "scope_role_mismatch"),
    ("admin_with_communes", "admin", {"kind": "communes", "codes": [COMMUNE_A]}, "scope", "scope_role_mismatch"),
    ("officer_with_zones", "province_officer", {"kind": "zones", "codes": ["ZA"]}, "scope", "scope_role_mismatch"),
    (
        "zone_board_with_communes",
        "zone_board",
        {"kind": "communes", "codes": [COMMUNE_A]},
        "scope",
        "scope_role_mismatch",
    ),
    ("enterprise_user_with_province", "enterprise_user", {"kind": "province"}, "scope", "scope_role_mismatch"),
    ("health_with_zones", "health_facility", {"kind": "zones", "codes": ["ZA"]}, "scope", "scope_role_mismatch"),
    ("unknown_commune", "commune_officer", {"kind": "communes", "codes": ["99999"]}, "scope", "scope_code_unknown"),
    (
        "commune_of_another_province",
        "commune_officer",
        {"kind": "communes", "codes": [COMMUNE_A, COMMUNE_OTHER_PROVINCE]},
        "scope",
        "scope_code_unknown",
    ),
    (
        "province_code_as_commune",
        "commune_officer",
        {"kind": "communes", "codes": ["00024"]},
        "scope",
        "scope_code_unknown",
    ),
    ("unknown_zone", "zone_board", {"kind": "zones", "codes": ["ZA", "ZZ"]}, "scope", "scope_code_unknown"),
    (
        "unknown_enterprise",
        "enterprise_user",
        {"kind": "enterprise", "enterprise_id": 987654},
        "scope",
        "scope_code_unknown",
    ),
    (
        "commune_code_not_five_digits",
        "commune_officer",
        {"kind": "communes", "codes": ["24"]},
        "scope.communes.codes.0",
        "string_pattern_mismatch",
    ),
    ("no_commune_codes", "commune_officer", {"kind": "communes", "codes": []}, "scope.communes.codes", "too_short"),
    ("unknown_scope_kind", "viewer", {"kind": "country"}, "scope", "union_tag_invalid"),
    (
        "province_scope_with_codes",
        "viewer",
        {"kind": "province", "codes": [COMMUNE_A]},
        "scope.province.codes",
        "extra_forbidden",
    ),
    (
        "enterprise_id_zero",
        "enterprise_user",
        {"kind": "enterprise", "enterprise_id": 0},
        "scope.enterprise.enterprise_id",
        "greater_than_equal",
    ),
]


def test_create_user_refuses_bad_scopes(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    for name, role, scope, field, code in SCOPE_REFUSALS:
        with subtests.test(name):
            answer = client.post(USERS, json=new_user(role=role, scope=scope), headers=world.auth("admin"))
            errors = invalid(answer)
            assert [(e["field"], e["code"]) for e in errors] == [(field, code)]
    assert count(db, User) == WORLD_USERS
    assert count(db, AuditEvent) == 0


def test_scope_messages_name_the_problem(client: TestClient, world: World) -> None:
    mismatch = client.post(USERS, json=new_user(scope={"kind": "province"}), headers=world.auth("admin"))
    assert invalid(mismatch)[0]["message"] == "Vai trò commune_officer cần phạm vi loại: communes"
    english = client.post(
        USERS, json=new_user(scope={"kind": "province"}), headers=admin_with(world, **{"Accept-Language": "en"})
    )
    assert invalid(english)[0]["message"] == "The role commune_officer needs a scope of kind: communes"
    unknown = client.post(
        USERS,
        json=new_user(scope={"kind": "communes", "codes": [COMMUNE_A, COMMUNE_OTHER_PROVINCE, "99999"]}),
        headers=world.auth("admin"),
    )
    assert invalid(unknown)[0]["message"] == f"Mã không tồn tại: {COMMUNE_OTHER_PROVINCE}, 99999"


def test_removed_enterprise_is_no_scope(client: TestClient, world: World, db: Session) -> None:
    enterprise = fresh(db).get(Enterprise, world.ids["b1"])
    assert enterprise is not None
    enterprise.deleted_at = utcnow()
    db.commit()
    answer = client.post(
        USERS,
        json=new_user(role="enterprise_user", scope={"kind": "enterprise", "enterprise_id": world.ids["b1"]}),
        headers=world.auth("admin"),
    )
    assert [(e["field"], e["code"]) for e in invalid(answer)] == [("scope", "scope_code_unknown")]


def test_duplicate_email_is_a_conflict(client: TestClient, world: World, db: Session) -> None:
    create_user(client, world)
    for email in ("an.nguyen@test.vn", "AN.NGUYEN@TEST.VN", "viewer@test.vn"):
        answer = client.post(USERS, json=new_user(email=email), headers=world.auth("admin"))
        body = problem(answer, 409, "conflict")
        assert body["errors"] == [{"field": "email", "message": "Email đã được sử dụng", "code": "email_taken"}]
    assert count(db, User) == WORLD_USERS + 1
    assert len(list(fresh(db).scalars(select(AuditEvent).where(AuditEvent.action == "create")))) == 1


MASS_ASSIGNMENT: list[tuple[str, Any]] = [
    ("id", 4242),
    ("password_hash", "$argon2id$v=19$m=1024,t=1,p=1$forged"),
    ("is_active", False),
    ("version", 7),
    ("failed_logins", 0),
    ("locked_until", None),
    ("last_login_at", "2025-01-01T00:00:00Z"),
    ("created_at", "2020-01-01T00:00:00Z"),
]


def test_create_user_refuses_mass_assignment(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    for name, value in MASS_ASSIGNMENT:
        with subtests.test(name):
            answer = client.post(USERS, json=new_user(**{name: value}), headers=world.auth("admin"))
            errors = invalid(answer)
            assert [(e["field"], e["code"]) for e in errors] == [(name, "extra_forbidden")]
            assert count(db, User) == WORLD_USERS
            assert fresh(db).scalar(select(User).where(User.email == "an.nguyen@test.vn")) is None


FIELD_REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"email": None}, "email"),
    ({"email": "not-an-email"}, "email"),
    ({"email": "a@b"}, "email"),
    ({"email": "two words@test.vn"}, "email"),
    ({"full_name": ""}, "full_name"),
    ({"full_name": "   "}, "full_name"),
    ({"full_name": "x" * 201}, "full_name"),
    ({"role": "superuser"}, "role"),
    ({"scope": None}, "scope"),
    ({"password": ""}, "password"),
]


def test_create_user_validates_fields(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    for body, field in FIELD_REFUSALS:
        with subtests.test(json.dumps(body)[:60]):
            payload = new_user()
            for name, value in body.items():
                if value is None:
                    payload.pop(name)
                else:
                    payload[name] = value
            answer = client.post(USERS, json=payload, headers=world.auth("admin"))
            assert fields(answer) == [field]
            assert count(db, User) == WORLD_USERS


WEAK_PASSWORDS = [
    ("password123", "password_weak"),
    ("Password123", "password_weak"),
    ("Short-1a", "password_weak"),
    ("Abc-12345", "password_weak"),
    ("an.nguyen@test.vn", "password_weak"),
    ("AN.NGUYEN@TEST.VN", "password_weak"),
    ("aaaaaaaaaaaaaa", "password_weak"),
    ("x" * 257, "string_too_long"),
]


def test_create_user_refuses_weak_passwords(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    for password, code in WEAK_PASSWORDS:
        with subtests.test(password[:20]):
            answer = client.post(USERS, json=new_user(password=password), headers=world.auth("admin"))
            errors = invalid(answer)
            assert [(e["field"], e["code"]) for e in errors] == [("password", code)]
            assert count(db, User) == WORLD_USERS


def test_weak_password_message(client: TestClient, world: World) -> None:
    answer = client.post(USERS, json=new_user(password="password123"), headers=world.auth("admin"))
    assert invalid(answer)[0]["message"].startswith("Mật khẩu cần ít nhất 10 ký tự")
    english = client.post(
        USERS, json=new_user(password="password123"), headers=admin_with(world, **{"Accept-Language": "en"})
    )
    assert invalid(english)[0]["message"] == (
        "A password needs at least 10 characters and must not be common or equal to the e-mail"
    )


def test_hundred_character_password_is_accepted(client: TestClient, world: World, db: Session) -> None:
    password = "".join("Ab3-xY9_"[i % 8] + chr(ord("a") + i % 26) for i in range(50))
    assert len(password) == 100
    body = create_user(client, world, password=password)
    row = fresh(db).get(User, body["id"])
    assert row is not None and row.password_hash.startswith("$argon2id$")
    assert login(client, "an.nguyen@test.vn", password).status_code == 200
    assert login(client, "an.nguyen@test.vn", password[:99]).status_code == 401


def test_ten_character_password_is_enough(client: TestClient, world: World) -> None:
    create_user(client, world, password="Tr0ng-Kh0a")
    assert login(client, "an.nguyen@test.vn", "Tr0ng-Kh0a").status_code == 200


# --- idempotency --------------------------------------------------------------------------------------------


def test_idempotency_key_replays_the_first_answer(client: TestClient, world: World, db: Session) -> None:
    headers = admin_with(world, **{"Idempotency-Key": "create-an-1"})
    first = client.post(USERS, json=new_user(), headers=headers)
    assert first.status_code == 201, first.text
    second = client.post(USERS, json=new_user(), headers=headers)
    assert second.status_code == 201, second.text
    assert second.json() == first.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert second.headers["location"] == first.headers["location"]
    assert second.headers["etag"] == first.headers["etag"]
    assert count(db, User) == WORLD_USERS + 1
    assert len(audit_rows(db, "user", first.json()["id"], "create")) == 1

    changed = client.post(USERS, json=new_user(full_name="Trần Thị Bình"), headers=headers)
    problem(changed, 422, "idempotency_mismatch")
    assert count(db, User) == WORLD_USERS + 1

    without_key = client.post(USERS, json=new_user(), headers=world.auth("admin"))
    problem(without_key, 409, "conflict")


def test_idempotency_keys_belong_to_one_caller(client: TestClient, world: World, db: Session) -> None:
    other_admin = make_user(db, world.settings, "admin2@test.vn", "admin", {"kind": "province"})
    db.commit()
    other = bearer(make_access_token(world.settings, f"user:{other_admin.id}")[0])
    key = {"Idempotency-Key": "same-key"}
    first = client.post(USERS, json=new_user(), headers=admin_with(world, **key))
    assert first.status_code == 201
    second = client.post(USERS, json=new_user(email="binh@test.vn"), headers={**other, **key})
    assert second.status_code == 201, second.text
    assert "idempotent-replayed" not in second.headers
    assert second.json()["id"] != first.json()["id"]
    assert count(db, User) == WORLD_USERS + 3


def test_failed_create_is_not_remembered(client: TestClient, world: World, db: Session) -> None:
    headers = admin_with(world, **{"Idempotency-Key": "retry-after-fix"})
    refused = client.post(USERS, json=new_user(scope={"kind": "province"}), headers=headers)
    invalid(refused)
    accepted = client.post(USERS, json=new_user(scope={"kind": "province"}, role="viewer"), headers=headers)
    assert accepted.status_code == 201, accepted.text
    assert count(db, User) == WORLD_USERS + 1


def test_overlong_idempotency_key_is_refused(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(USERS, json=new_user(), headers=admin_with(world, **{"Idempotency-Key": "k" * 256}))
    problem(answer, 400, "bad_request")
    assert count(db, User) == WORLD_USERS


# --- reading users --------------------------------------------------------------------------------------------


def test_list_users(client: TestClient, world: World) -> None:
    answer = client.get(USERS, headers=world.auth("admin"))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["total"] == WORLD_USERS
    emails = [u["email"] for u in body["items"]]
    assert emails == sorted(emails)
    assert set(emails) == {
        f"{name}@test.vn"
        for name in ("admin", "officer", "inspector", "commune_a", "zone_a", "enterprise_a", "health", "viewer")
    }
    assert body["next_cursor"] is None
    assert all(set(u) == USER_FIELDS for u in body["items"])
    assert "password" not in answer.text and "argon2" not in answer.text


def test_list_users_pages_with_a_cursor(client: TestClient, world: World) -> None:
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        body = client.get(USERS, params=params, headers=world.auth("admin")).json()
        assert body["total"] == WORLD_USERS
        assert len(body["items"]) <= 3
        seen += [u["email"] for u in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert seen == sorted(seen) and len(set(seen)) == WORLD_USERS
    bad = client.get(USERS, params={"cursor": "not-a-cursor"}, headers=world.auth("admin"))
    assert fields(bad) == ["cursor"]


def test_list_users_filters(client: TestClient, world: World, db: Session) -> None:
    user = fresh(db).get(User, world.ids["user_health"])
    assert user is not None
    user.is_active = False
    db.commit()

    def emails(**params: Any) -> list[str]:
        answer = client.get(USERS, params=params, headers=world.auth("admin"))
        assert answer.status_code == 200, answer.text
        return [u["email"] for u in answer.json()["items"]]

    assert emails(role="commune_officer") == ["commune_a@test.vn"]
    assert emails(is_active="false") == ["health@test.vn"]
    assert len(emails(is_active="true")) == WORLD_USERS - 1
    assert emails(q="ZONE_A") == ["zone_a@test.vn"]
    assert emails(q="enterprise") == ["enterprise_a@test.vn"]
    assert emails(q="nobody-like-this") == []
    assert fields(client.get(USERS, params={"role": "root"}, headers=world.auth("admin"))) == ["role"]
    assert fields(client.get(USERS, params={"limit": 0}, headers=world.auth("admin"))) == ["limit"]
    assert fields(client.get(USERS, params={"limit": 201}, headers=world.auth("admin"))) == ["limit"]


def test_list_users_finds_vietnamese_names(client: TestClient, world: World) -> None:
    created = create_user(client, world, email="u1@test.vn", full_name="Nguyễn Văn Đức")
    for q in ("Nguyễn", "nguyen", "Đức", "van duc"):
        answer = client.get(USERS, params={"q": q}, headers=world.auth("admin"))
        assert [u["id"] for u in answer.json()["items"]] == [created["id"]], q


def test_get_user(client: TestClient, world: World) -> None:
    user_id = world.ids["user_zone_a"]
    answer = client.get(f"{USERS}/{user_id}", headers=world.auth("admin"))
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == USER_FIELDS
    assert (body["email"], body["role"], body["scope"]) == (
        "zone_a@test.vn",
        "zone_board",
        {"kind": "zones", "codes": ["ZA"]},
    )
    assert answer.headers["etag"] == f'"{body["version"]}"'


def test_unknown_user_is_404(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    for user_id in ["987654", "0", "-1", "99999999999999"]:
        with subtests.test(user_id):
            body = problem(client.get(f"{USERS}/{user_id}", headers=world.auth("admin")), 404, "not_found")
            assert body["detail"] == "Không tìm thấy đối tượng được yêu cầu."
            patch = client.patch(
                f"{USERS}/{user_id}", json={"full_name": "X"}, headers=admin_with(world, **{"If-Match": "*"})
            )
            problem(patch, 404, "not_found")
            gone = client.delete(f"{USERS}/{user_id}", headers=admin_with(world, **{"If-Match": "*"}))
            problem(gone, 404, "not_found")
            reset = client.post(
                f"{USERS}/{user_id}/password", json={"password": NEW_PASSWORD}, headers=world.auth("admin")
            )
            problem(reset, 404, "not_found")
    assert count(db, AuditEvent) == 0


def test_user_id_must_be_a_number(client: TestClient, world: World) -> None:
    assert fields(client.get(f"{USERS}/abc", headers=world.auth("admin"))) == ["user_id"]


# --- updating users -----------------------------------------------------------------------------------------------


def test_update_user_needs_if_match(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_viewer"]
    path = f"{USERS}/{user_id}"
    missing = client.patch(path, json={"full_name": "Lê Văn Cường"}, headers=world.auth("admin"))
    body = problem(missing, 428, "precondition_required")
    assert body["detail"] == "Cần gửi tiêu đề If-Match với ETag của phiên bản đang sửa."
    etag = etag_of(client, world, path)
    stale = f'"{int(etag.strip(chr(34))) + 5}"'
    body = problem(
        client.patch(path, json={"full_name": "Lê Văn Cường"}, headers=admin_with(world, **{"If-Match": stale})),
        412,
        "precondition_failed",
    )
    assert body["detail"] == "Bản ghi đã được người khác sửa. Hãy tải lại và thử lại."
    row = fresh(db).get(User, user_id)
    assert row is not None and row.full_name == "viewer"
    assert audit_rows(db, "user", user_id) == []


def test_update_user(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_viewer"]
    path = f"{USERS}/{user_id}"
    etag = etag_of(client, world, path)
    answer = client.patch(path, json={"full_name": "Lê Văn Cường"}, headers=admin_with(world, **{"If-Match": etag}))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["full_name"] == "Lê Văn Cường"
    assert body["version"] == int(etag.strip('"')) + 1
    assert answer.headers["etag"] == f'"{body["version"]}"'
    assert etag_of(client, world, path) == answer.headers["etag"]
    row = fresh(db).get(User, user_id)
    assert row is not None and (row.full_name, row.version) == ("Lê Văn Cường", body["version"])
    events = audit_rows(db, "user", user_id)
    assert [e.action for e in events] == ["update"]
    assert events[0].before == {"full_name": "viewer"}
    assert events[0].after == {"full_name": "Lê Văn Cường"}

    again = client.patch(path, json={"full_name": "Khác"}, headers=admin_with(world, **{"If-Match": etag}))
    problem(again, 412, "precondition_failed")
    assert fresh(db).get(User, user_id).full_name == "Lê Văn Cường"  # type: ignore[union-attr]


@pytest.mark.parametrize("if_match", ["*", 'W/"{v}"', '"999", "{v}"'])
def test_if_match_forms(client: TestClient, world: World, if_match: str) -> None:
    path = f"{USERS}/{world.ids['user_viewer']}"
    version = etag_of(client, world, path).strip('"')
    answer = client.patch(
        path, json={"full_name": "Phạm Thu"}, headers=admin_with(world, **{"If-Match": if_match.format(v=version)})
    )
    assert answer.status_code == 200, answer.text


def test_update_role_and_scope(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_viewer"]
    path = f"{USERS}/{user_id}"
    before = client.get(ME, headers=world.auth("viewer")).json()
    assert before["role"] == "viewer"
    answer = client.patch(
        path,
        json={"role": "commune_officer", "scope": {"kind": "communes", "codes": [COMMUNE_B]}},
        headers=admin_with(world, **{"If-Match": etag_of(client, world, path)}),
    )
    assert answer.status_code == 200, answer.text
    assert (answer.json()["role"], answer.json()["scope"]) == (
        "commune_officer",
        {"kind": "communes", "codes": [COMMUNE_B]},
    )
    me = client.get(ME, headers=world.auth("viewer")).json()
    assert (me["role"], me["scope"]) == ("commune_officer", {"kind": "communes", "codes": [COMMUNE_B]})
    assert "audit:read" not in me["permissions"]
    event = audit_rows(db, "user", user_id, "update")[0]
    assert event.before == {"role": "viewer", "scope": {"kind": "province"}}
    assert event.after == {"role": "commune_officer", "scope": {"kind": "communes", "codes": [COMMUNE_B]}}

    role_only = client.patch(
        path, json={"role": "inspector"}, headers=admin_with(world, **{"If-Match": answer.headers["etag"]})
    )
    assert role_only.status_code == 200, role_only.text
    assert role_only.json()["scope"] == {"kind": "communes", "codes": [COMMUNE_B]}


UPDATE_REFUSALS: list[tuple[dict[str, Any], str, str]] = [
    ({"role": "commune_officer"}, "scope", "scope_role_mismatch"),
    ({"scope": {"kind": "enterprise", "enterprise_id": 1}}, "scope", "scope_role_mismatch"),
    ({"role": "commune_officer", "scope": {"kind": "province"}}, "scope", "scope_role_mismatch"),
    (
        {"role": "commune_officer", "scope": {"kind": "communes", "codes": [COMMUNE_OTHER_PROVINCE]}},
        "scope",
        "scope_code_unknown",
    ),
    ({"role": "zone_board", "scope": {"kind": "zones", "codes": ["NOPE"]}}, "scope", "scope_code_unknown"),
    (
        {"role": "enterprise_user", "scope": {"kind": "enterprise", "enterprise_id": 987654}},
        "scope",
        "scope_code_unknown",
    ),
    ({"full_name": None}, "full_name", "field_required"),
    ({"role": None}, "role", "field_required"),
    ({"is_active": None}, "is_active", "field_required"),
    ({"email": "new@test.vn"}, "email", "extra_forbidden"),
    ({"password": NEW_PASSWORD}, "password", "extra_forbidden"),
    ({"password_hash": "x"}, "password_hash", "extra_forbidden"),
    ({"version": 9}, "version", "extra_forbidden"),
    ({"failed_logins": 0}, "failed_logins", "extra_forbidden"),
    ({"id": 1}, "id", "extra_forbidden"),
    ({"is_active": "maybe"}, "is_active", "bool_parsing"),
]


def test_update_user_refusals(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    user_id = world.ids["user_viewer"]
    path = f"{USERS}/{user_id}"
    etag = etag_of(client, world, path)
    for change, field, code in UPDATE_REFUSALS:
        with subtests.test(json.dumps(change)[:60]):
            answer = client.patch(path, json=change, headers=admin_with(world, **{"If-Match": etag}))
            assert [(e["field"], e["code"]) for e in invalid(answer)] == [(field, code)]
            row = fresh(db).get(User, user_id)
            assert row is not None
            assert (row.role, row.scope, row.full_name, row.is_active) == (
                "viewer",
                {"kind": "province"},
                "viewer",
                True,
            )
            assert etag_of(client, world, path) == etag
            assert audit_rows(db, "user", user_id) == []


def test_deactivate_and_reactivate_by_patch(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_officer"]
    path = f"{USERS}/{user_id}"
    pair = login(client, "officer@test.vn", PASSWORD).json()
    off = client.patch(
        path, json={"is_active": False}, headers=admin_with(world, **{"If-Match": etag_of(client, world, path)})
    )
    assert off.status_code == 200 and off.json()["is_active"] is False
    problem(client.get(ME, headers=bearer(pair["access_token"])), 401, "unauthorized")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 401
    tokens = list(fresh(db).scalars(select(RefreshToken).where(RefreshToken.user_id == user_id)))
    assert tokens and all(t.revoked_at is not None for t in tokens)

    on = client.patch(
        path, json={"is_active": True}, headers=admin_with(world, **{"If-Match": etag_of(client, world, path)})
    )
    assert on.status_code == 200 and on.json()["is_active"] is True
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200
    actions = [e.action for e in audit_rows(db, "user", user_id)]
    assert actions == ["login", "update", "login_inactive", "update", "login"]


def test_reactivation_clears_a_lock(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_officer"]
    path = f"{USERS}/{user_id}"
    for attempt in range(5):
        login(client, "officer@test.vn", f"Wrong-Password-{attempt}")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 429
    assert client.get(path, headers=world.auth("admin")).json()["locked_until"] is not None
    answer = client.patch(
        path, json={"is_active": True}, headers=admin_with(world, **{"If-Match": etag_of(client, world, path)})
    )
    assert answer.status_code == 200
    assert answer.json()["locked_until"] is None
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200


# --- deactivating users --------------------------------------------------------------------------------------------


def test_deactivate_user(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_inspector"]
    path = f"{USERS}/{user_id}"
    pair = login(client, "inspector@test.vn", PASSWORD).json()
    etag = etag_of(client, world, path)

    problem(client.delete(path, headers=world.auth("admin")), 428, "precondition_required")
    problem(client.delete(path, headers=admin_with(world, **{"If-Match": '"999"'})), 412, "precondition_failed")
    assert client.get(ME, headers=bearer(pair["access_token"])).status_code == 200

    answer = client.delete(path, headers=admin_with(world, **{"If-Match": etag}))
    assert answer.status_code == 204, answer.text
    assert answer.content == b""
    row = fresh(db).get(User, user_id)
    assert row is not None and row.is_active is False
    assert row.version == int(etag.strip('"')) + 1
    problem(client.get(ME, headers=bearer(pair["access_token"])), 401, "unauthorized")
    problem(client.get(ME, headers=world.auth("inspector")), 401, "unauthorized")
    problem(
        client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]}),
        401,
        "invalid_credentials",
    )
    events = audit_rows(db, "user", user_id, "deactivate")
    assert len(events) == 1
    assert (events[0].before, events[0].after) == ({"is_active": True}, {"is_active": False})
    assert events[0].actor_id == world.ids["user_admin"]

    listed = client.get(f"{USERS}/{user_id}", headers=world.auth("admin")).json()
    assert listed["is_active"] is False
    again = client.delete(path, headers=admin_with(world, **{"If-Match": f'"{listed["version"]}"'}))
    assert again.status_code == 204
    assert len(audit_rows(db, "user", user_id, "deactivate")) == 1


def test_admin_reads_account_writes_in_the_audit_log(client: TestClient, world: World) -> None:
    created = create_user(client, world)
    path = f"{USERS}/{created['id']}"
    client.patch(
        path, json={"full_name": "Đỗ Minh"}, headers=admin_with(world, **{"If-Match": f'"{created["version"]}"'})
    )
    client.post(f"{path}/password", json={"password": "Fresh-Start-2025"}, headers=world.auth("admin"))
    client.delete(path, headers=admin_with(world, **{"If-Match": etag_of(client, world, path)}))
    answer = client.get(AUDIT, params={"entity": "user", "entity_id": str(created["id"])}, headers=world.auth("admin"))
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    assert [i["action"] for i in items] == ["deactivate", "password_reset", "update", "create"]
    assert all(i["actor_kind"] == "user" and i["actor_id"] == world.ids["user_admin"] for i in items)
    assert "Fresh-Start-2025" not in answer.text and NEW_PASSWORD not in answer.text


# --- password resets ----------------------------------------------------------------------------------------------


def test_admin_password_reset(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_health"]
    before = fresh(db).get(User, user_id).password_hash  # type: ignore[union-attr]
    pair = login(client, "health@test.vn", PASSWORD).json()
    answer = client.post(f"{USERS}/{user_id}/password", json={"password": NEW_PASSWORD}, headers=world.auth("admin"))
    assert answer.status_code == 204, answer.text
    row = fresh(db).get(User, user_id)
    assert row is not None and row.password_hash != before and row.password_hash.startswith("$argon2id$")
    problem(
        client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]}),
        401,
        "invalid_credentials",
    )
    assert login(client, "health@test.vn", PASSWORD).status_code == 401
    assert login(client, "health@test.vn", NEW_PASSWORD).status_code == 200
    events = audit_rows(db, "user", user_id, "password_reset")
    assert len(events) == 1 and events[0].actor_id == world.ids["user_admin"]
    assert NEW_PASSWORD not in str(events[0].after) + str(events[0].before)


RESET_REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"password": "password123"}, "password_weak"),
    ({"password": "health@test.vn"}, "password_weak"),
    ({"password": "Short-1"}, "password_weak"),
    ({"password": "x" * 257}, "string_too_long"),
    ({}, "missing"),
]


def test_admin_password_reset_refuses_weak_passwords(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    user_id = world.ids["user_health"]
    before = fresh(db).get(User, user_id).password_hash  # type: ignore[union-attr]
    for body, code in RESET_REFUSALS:
        with subtests.test(json.dumps(body)[:40]):
            answer = client.post(f"{USERS}/{user_id}/password", json=body, headers=world.auth("admin"))
            assert [(e["field"], e["code"]) for e in invalid(answer)] == [("password", code)]
            assert fresh(db).get(User, user_id).password_hash == before  # type: ignore[union-attr]
            assert audit_rows(db, "user", user_id) == []
    assert login(client, "health@test.vn", PASSWORD).status_code == 200


# --- API clients ------------------------------------------------------------------------------------------------


def test_create_api_client_shows_the_secret_once(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(CLIENTS, json=new_client(), headers=world.auth("admin"))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert set(body) == CLIENT_FIELDS | {"client_secret"}
    secret = body["client_secret"]
    assert len(secret) >= 32
    assert body["client_id"].startswith("osh_")
    assert (body["name"], body["role"], body["scope"], body["is_active"]) == (
        "Phần mềm KCN B",
        "zone_board",
        {"kind": "zones", "codes": ["ZB"]},
        True,
    )
    assert answer.headers["location"] == f"{CLIENTS}/{body['id']}"
    assert answer.headers["etag"] == f'"{body["version"]}"'

    row = fresh(db).get(ApiClient, body["id"])
    assert row is not None
    assert row.secret_hash == token_digest(secret)
    assert secret not in (row.secret_hash, row.client_id, row.name)
    events = audit_rows(db, "api_client", body["id"])
    assert [e.action for e in events] == ["create"]
    assert secret not in str(events[0].after)

    one = client.get(f"{CLIENTS}/{body['id']}", headers=world.auth("admin"))
    assert one.status_code == 200
    assert set(one.json()) == CLIENT_FIELDS
    assert secret not in one.text
    assert one.headers["etag"] == f'"{body["version"]}"'
    listed = client.get(CLIENTS, headers=world.auth("admin"))
    assert listed.json()["total"] == 2
    assert all(set(item) == CLIENT_FIELDS for item in listed.json()["items"])
    assert secret not in listed.text

    token = client_login(client, body["client_id"], secret)
    assert token.status_code == 200, token.text
    assert token.json().get("refresh_token") is None
    me = client.get(ME, headers=bearer(token.json()["access_token"])).json()
    assert (me["kind"], me["id"], me["role"], me["scope"]) == (
        "client",
        body["id"],
        "zone_board",
        {"kind": "zones", "codes": ["ZB"]},
    )
    problem(client_login(client, body["client_id"], secret[:-1]), 401, "invalid_credentials")


def test_api_client_cannot_be_admin(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(
        CLIENTS, json=new_client(role="admin", scope={"kind": "province"}), headers=world.auth("admin")
    )
    errors = invalid(answer)
    assert [(e["field"], e["code"]) for e in errors] == [("role", "field_enum")]
    assert "admin" not in errors[0]["message"].split(": ", 1)[1].split(", ")
    assert count(db, ApiClient) == 1

    path = f"{CLIENTS}/{world.ids['client_zone_a']}"
    etag = etag_of(client, world, path)
    promoted = client.patch(
        path, json={"role": "admin", "scope": {"kind": "province"}}, headers=admin_with(world, **{"If-Match": etag})
    )
    assert [(e["field"], e["code"]) for e in invalid(promoted)] == [("role", "field_enum")]
    row = fresh(db).get(ApiClient, world.ids["client_zone_a"])
    assert row is not None and row.role == "zone_board"
    assert client.get(ME, headers=world.auth("integrator_a")).json()["role"] == "zone_board"


CLIENT_REFUSALS: list[tuple[dict[str, Any], str, str]] = [
    (new_client(scope={"kind": "province"}), "scope", "scope_role_mismatch"),
    (new_client(scope={"kind": "zones", "codes": ["ZQ"]}), "scope", "scope_code_unknown"),
    (
        new_client(role="commune_officer", scope={"kind": "communes", "codes": [COMMUNE_OTHER_PROVINCE]}),
        "scope",
        "scope_code_unknown",
    ),
    (
        new_client(role="enterprise_user", scope={"kind": "enterprise", "enterprise_id": 987654}),
        "scope",
        "scope_code_unknown",
    ),
    (new_client(client_id="osh_mine"), "client_id", "extra_forbidden"),
    (new_client(client_secret="my-own-secret"), "client_secret", "extra_forbidden"),
    (new_client(secret_hash="0" * 64), "secret_hash", "extra_forbidden"),
    (new_client(is_active=False), "is_active", "extra_forbidden"),
    (new_client(id=77), "id", "extra_forbidden"),
    (new_client(name=""), "name", "string_too_short"),
    (new_client(role="robot"), "role", "enum"),
]


def test_create_api_client_refusals(client: TestClient, world: World, db: Session, subtests: pytest.Subtests) -> None:
    for body, field, code in CLIENT_REFUSALS:
        with subtests.test(f"{field}-{code}"):
            answer = client.post(CLIENTS, json=body, headers=world.auth("admin"))
            assert [(e["field"], e["code"]) for e in invalid(answer)] == [(field, code)]
            assert count(db, ApiClient) == 1
            assert count(db, AuditEvent) == 0


def test_api_client_creation_is_idempotent(client: TestClient, world: World, db: Session) -> None:
    headers = admin_with(world, **{"Idempotency-Key": "client-kcn-b"})
    first = client.post(CLIENTS, json=new_client(), headers=headers)
    second = client.post(CLIENTS, json=new_client(), headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)
    # The secret is never stored, not even for replays: the replay is the first answer without it.
    assert first.json()["client_secret"]
    assert second.json() == {**first.json(), "client_secret": None}
    assert second.headers["idempotent-replayed"] == "true"
    assert count(db, ApiClient) == 2
    stored = fresh(db).scalars(select(IdempotencyRecord)).all()
    assert stored and all(first.json()["client_secret"] not in r.response_body for r in stored)
    assert client_login(client, first.json()["client_id"], first.json()["client_secret"]).status_code == 200


def test_rotate_api_client_secret(client: TestClient, world: World, db: Session) -> None:
    created = create_client(client, world)
    path = f"{CLIENTS}/{created['id']}"
    assert client.post(f"{path}/secret", headers=world.auth("admin")).status_code == 428
    assert client.post(f"{path}/secret", headers=admin_with(world, **{"If-Match": '"99"'})).status_code == 412
    rotated = client.post(f"{path}/secret", headers=admin_with(world, **{"If-Match": etag_of(client, world, path)}))
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["client_secret"]
    assert new_secret and new_secret != created["client_secret"]
    assert client_login(client, created["client_id"], created["client_secret"]).status_code == 401
    assert client_login(client, created["client_id"], new_secret).status_code == 200
    assert [e.action for e in audit_rows(db, "api_client", created["id"], "rotate_secret")] == ["rotate_secret"]
    assert client.post(f"{path}/secret", headers=world.auth("officer")).status_code == 403


def test_update_api_client(client: TestClient, world: World, db: Session) -> None:
    client_id = world.ids["client_zone_a"]
    path = f"{CLIENTS}/{client_id}"
    problem(client.patch(path, json={"name": "Mới"}, headers=world.auth("admin")), 428, "precondition_required")
    problem(
        client.patch(path, json={"name": "Mới"}, headers=admin_with(world, **{"If-Match": '"42"'})),
        412,
        "precondition_failed",
    )
    etag = etag_of(client, world, path)
    answer = client.patch(
        path,
        json={"name": "Phần mềm KCN A v2", "scope": {"kind": "zones", "codes": ["ZA", "ZB"]}},
        headers=admin_with(world, **{"If-Match": etag}),
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["name"] == "Phần mềm KCN A v2"
    assert answer.json()["version"] == int(etag.strip('"')) + 1
    assert answer.headers["etag"] == f'"{answer.json()["version"]}"'
    assert "client_secret" not in answer.json()
    me = client.get(ME, headers=world.auth("integrator_a")).json()
    assert me["scope"] == {"kind": "zones", "codes": ["ZA", "ZB"]}
    event = audit_rows(db, "api_client", client_id, "update")[0]
    assert event.before == {"name": "zone-a-app", "scope": {"kind": "zones", "codes": ["ZA"]}}
    assert event.after == {"name": "Phần mềm KCN A v2", "scope": {"kind": "zones", "codes": ["ZA", "ZB"]}}

    mismatch = client.patch(
        path, json={"role": "commune_officer"}, headers=admin_with(world, **{"If-Match": answer.headers["etag"]})
    )
    assert [(e["field"], e["code"]) for e in invalid(mismatch)] == [("scope", "scope_role_mismatch")]
    extra = client.patch(
        path, json={"client_secret": "x"}, headers=admin_with(world, **{"If-Match": answer.headers["etag"]})
    )
    assert fields(extra) == ["client_secret"]


def test_deactivate_api_client(client: TestClient, world: World, db: Session) -> None:
    client_id = world.ids["client_zone_a"]
    path = f"{CLIENTS}/{client_id}"
    fresh_token = client_login(client, "cid-zone-a-app", "zone-a-secret").json()["access_token"]
    assert client.get(ME, headers=bearer(fresh_token)).status_code == 200

    problem(client.delete(path, headers=world.auth("admin")), 428, "precondition_required")
    problem(client.delete(path, headers=admin_with(world, **{"If-Match": '"42"'})), 412, "precondition_failed")
    assert client.get(ME, headers=world.auth("integrator_a")).status_code == 200

    answer = client.delete(path, headers=admin_with(world, **{"If-Match": etag_of(client, world, path)}))
    assert answer.status_code == 204, answer.text
    row = fresh(db).get(ApiClient, client_id)
    assert row is not None and row.is_active is False
    problem(client.get(ME, headers=bearer(fresh_token)), 401, "unauthorized")
    problem(client.get(ME, headers=world.auth("integrator_a")), 401, "unauthorized")
    problem(client.get("/api/v1/enterprises", headers=world.auth("integrator_a")), 401, "unauthorized")
    problem(client_login(client, "cid-zone-a-app", "zone-a-secret"), 401, "invalid_credentials")
    events = audit_rows(db, "api_client", client_id, "deactivate")
    assert len(events) == 1
    assert (events[0].before, events[0].after) == ({"is_active": True}, {"is_active": False})
    assert client.get(path, headers=world.auth("admin")).json()["is_active"] is False


def test_unknown_api_client_is_404(client: TestClient, world: World) -> None:
    problem(client.get(f"{CLIENTS}/987654", headers=world.auth("admin")), 404, "not_found")
    problem(client.delete(f"{CLIENTS}/987654", headers=admin_with(world, **{"If-Match": "*"})), 404, "not_found")
    problem(
        client.patch(f"{CLIENTS}/0", json={"name": "x"}, headers=admin_with(world, **{"If-Match": "*"})),
        404,
        "not_found",
    )


def test_list_api_clients_pages(client: TestClient, world: World) -> None:
    created = [create_client(client, world, name=f"App {i}")["id"] for i in range(3)]
    first = client.get(CLIENTS, params={"limit": 2}, headers=world.auth("admin")).json()
    assert first["total"] == 4
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = client.get(
        CLIENTS, params={"limit": 2, "cursor": first["next_cursor"]}, headers=world.auth("admin")
    ).json()
    ids = [c["id"] for c in first["items"] + second["items"]]
    assert ids == sorted([world.ids["client_zone_a"], *created])
    assert second["next_cursor"] is None
