"""Sign-in (OAuth2 password, refresh_token and client_credentials grants), lockout, JWT checks, logout
and passwords, against the real database."""

import base64
import json
import time
from datetime import timedelta
from typing import Any

import anyio
import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from fastapi.testclient import TestClient
from jose import jwt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, PASSWORD, World, make_user
from osh.audit.models import AuditEvent
from osh.auth.models import ApiClient, RefreshToken, User
from osh.auth.security import token_digest
from osh.core.database import utcnow

TOKEN = "/api/v1/auth/token"
ME = "/api/v1/auth/me"
LOGOUT = "/api/v1/auth/logout"
CHANGE_PASSWORD = "/api/v1/auth/password"
PROBLEM = "application/problem+json"
NEW_PASSWORD = "Another-Battery-77"


def login(client: TestClient, email: str, password: str = PASSWORD, **headers: str) -> httpx.Response:
    return client.post(TOKEN, data={"grant_type": "password", "username": email, "password": password}, headers=headers)


def refresh(client: TestClient, token: str) -> httpx.Response:
    return client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": token})


def client_login(client: TestClient, client_id: str, secret: str) -> httpx.Response:
    return client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def tokens_of(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    answer = login(client, email, password)
    assert answer.status_code == 200, answer.text
    return answer.json()


def problem(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM)
    body = answer.json()
    assert body["type"] == f"urn:osh:problem:{code}"
    assert body["status"] == status
    assert body["title"]
    assert body["request_id"] == answer.headers["x-request-id"]
    return body


def error_fields(body: dict[str, Any]) -> list[str]:
    return [e["field"] for e in body["errors"]]


def fresh(db: Session) -> Session:
    """End the test session's transaction so the next reads see what the app committed."""
    db.rollback()
    db.expire_all()
    return db


def actions(db: Session, entity_id: int, entity: str = "user") -> list[str]:
    rows = fresh(db).scalars(
        select(AuditEvent.action)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
        .order_by(AuditEvent.id)
    )
    return list(rows)


def user_row(db: Session, user_id: int) -> User:
    user = fresh(db).get(User, user_id)
    assert user is not None
    return user


def claims(world: World, **changes: Any) -> dict[str, Any]:
    now = int(time.time())
    values: dict[str, Any] = {
        "sub": f"user:{world.ids['user_admin']}",
        "iss": world.settings.jwt_issuer,
        "aud": world.settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "jti": "test-token",
        "token_use": "access",
    }
    for name, value in changes.items():
        if value is None:
            values.pop(name, None)
        else:
            values[name] = value
    return values


def sign(world: World, algorithm: str = "HS256", key: str | None = None, **changes: Any) -> str:
    return jwt.encode(claims(world, **changes), key or world.settings.jwt_secret, algorithm=algorithm)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned(world: World, alg: str = "none") -> str:
    header = b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    payload = b64(json.dumps(claims(world)).encode())
    return f"{header}.{payload}."


def rsa_signed(world: World) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return jwt.encode(claims(world), pem.decode(), algorithm="RS256")


def ec_signed(world: World) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return jwt.encode(claims(world), pem.decode(), algorithm="ES256")


def tampered(world: World) -> str:
    """A valid admin token whose payload was swapped for a viewer's, keeping the admin's signature."""
    header, _, signature = sign(world).split(".")
    payload = b64(json.dumps(claims(world, sub=f"user:{world.ids['user_viewer']}")).encode())
    return f"{header}.{payload}.{signature}"


# --- password grant -----------------------------------------------------------------------------------


def test_password_grant_issues_a_token_pair(client: TestClient, world: World, db: Session) -> None:
    answer = login(client, "officer@test.vn")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == world.settings.access_token_minutes * 60
    assert isinstance(body["refresh_token"], str) and len(body["refresh_token"]) >= 40

    decoded = jwt.decode(
        body["access_token"],
        world.settings.jwt_secret,
        algorithms=["HS256"],
        audience=world.settings.jwt_audience,
        issuer=world.settings.jwt_issuer,
    )
    user_id = world.ids["user_officer"]
    assert decoded["sub"] == f"user:{user_id}"
    assert decoded["token_use"] == "access"
    assert decoded["exp"] - decoded["iat"] == world.settings.access_token_minutes * 60

    me = client.get(ME, headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["email"] == "officer@test.vn"

    rows = list(fresh(db).scalars(select(RefreshToken).where(RefreshToken.user_id == user_id)))
    assert len(rows) == 1
    assert rows[0].token_hash == token_digest(body["refresh_token"])
    assert rows[0].token_hash != body["refresh_token"]
    assert rows[0].revoked_at is None
    assert rows[0].expires_at > utcnow() + timedelta(days=world.settings.refresh_token_days - 1)
    user = user_row(db, user_id)
    assert user.last_login_at is not None
    assert user.failed_logins == 0
    assert actions(db, user_id) == ["login"]


@pytest.mark.parametrize("username", ["OFFICER@TEST.VN", "Officer@Test.Vn", "  officer@test.vn  "])
def test_username_is_the_email_in_any_case(client: TestClient, world: World, username: str) -> None:
    answer = login(client, username)
    assert answer.status_code == 200, answer.text
    me = client.get(ME, headers=bearer(answer.json()["access_token"]))
    assert me.json()["id"] == world.ids["user_officer"]


def test_password_is_case_sensitive(client: TestClient, world: World) -> None:
    problem(login(client, "officer@test.vn", PASSWORD.upper()), 401, "invalid_credentials")


def test_wrong_password_is_a_401_problem(client: TestClient, world: World, db: Session) -> None:
    answer = login(client, "officer@test.vn", "Wrong-Password-99")
    body = problem(answer, 401, "invalid_credentials")
    assert answer.headers["www-authenticate"] == "Bearer"
    assert body["title"] == "Sai thông tin đăng nhập"
    assert body["detail"] == "Email hoặc mật khẩu không đúng."
    assert body["instance"] == TOKEN
    assert "access_token" not in body
    user = user_row(db, world.ids["user_officer"])
    assert user.failed_logins == 1
    assert user.first_failed_at is not None
    assert user.locked_until is None
    assert actions(db, user.id) == ["login_failed"]
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0


def test_unknown_email_answers_like_a_wrong_password(client: TestClient, world: World, db: Session) -> None:
    wrong = login(client, "officer@test.vn", "Wrong-Password-99").json()
    unknown = login(client, "nobody@test.vn", PASSWORD)
    body = problem(unknown, 401, "invalid_credentials")
    assert (body["title"], body["detail"]) == (wrong["title"], wrong["detail"])
    assert fresh(db).scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "login")) == 0


def test_deactivated_user_cannot_sign_in(client: TestClient, world: World, db: Session) -> None:
    user = user_row(db, world.ids["user_viewer"])
    user.is_active = False
    db.commit()
    problem(login(client, "viewer@test.vn"), 401, "invalid_credentials")
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0


TOKEN_FORM_REFUSALS: list[tuple[dict[str, str], str]] = [
    ({}, "grant_type"),
    ({"username": "admin@test.vn", "password": PASSWORD}, "grant_type"),
    ({"grant_type": "implicit", "username": "admin@test.vn", "password": PASSWORD}, "grant_type"),
    ({"grant_type": "password", "password": PASSWORD}, "username"),
    ({"grant_type": "password", "username": "", "password": PASSWORD}, "username"),
    ({"grant_type": "password", "username": "admin@test.vn"}, "password"),
    ({"grant_type": "refresh_token"}, "refresh_token"),
    ({"grant_type": "client_credentials", "client_secret": "zone-a-secret"}, "client_id"),
    ({"grant_type": "client_credentials", "client_id": "cid-zone-a-app"}, "client_secret"),
    ({"grant_type": "password", "username": "admin@test.vn", "password": "x" * 513}, "password"),
]


def test_missing_or_bad_token_fields_are_named(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    for form, field in TOKEN_FORM_REFUSALS:
        with subtests.test(f"{sorted(form)}->{field}"):
            answer = client.post(TOKEN, data=form)
            body = problem(answer, 422, "validation_error")
            assert error_fields(body) == [field]
            assert all(e["message"] and e["code"] for e in body["errors"])
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0
    assert fresh(db).scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_missing_username_reports_field_required(client: TestClient, world: World) -> None:
    answer = client.post(TOKEN, data={"grant_type": "password", "password": PASSWORD})
    body = problem(answer, 422, "validation_error")
    assert body["errors"] == [{"field": "username", "message": "Trường này là bắt buộc", "code": "field_required"}]


def test_token_endpoint_wants_a_form_not_json(client: TestClient, world: World) -> None:
    answer = client.post(TOKEN, json={"grant_type": "password", "username": "admin@test.vn", "password": PASSWORD})
    body = problem(answer, 422, "validation_error")
    assert "grant_type" in error_fields(body)


# --- refresh tokens -----------------------------------------------------------------------------------


def test_refresh_rotates_the_pair(client: TestClient, world: World, db: Session) -> None:
    first = tokens_of(client, "inspector@test.vn")
    second = refresh(client, first["refresh_token"])
    assert second.status_code == 200, second.text
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    assert pair["access_token"] != first["access_token"]
    assert pair["expires_in"] == world.settings.access_token_minutes * 60
    me = client.get(ME, headers=bearer(pair["access_token"]))
    assert me.status_code == 200
    assert me.json()["id"] == world.ids["user_inspector"]

    third = refresh(client, pair["refresh_token"])
    assert third.status_code == 200, third.text

    rows = list(fresh(db).scalars(select(RefreshToken).order_by(RefreshToken.id)))
    assert len(rows) == 3
    assert len({r.family_id for r in rows}) == 1
    assert [r.revoked_at is None for r in rows] == [False, False, True]
    assert rows[2].token_hash == token_digest(third.json()["refresh_token"])


def test_spent_refresh_token_revokes_the_whole_login(client: TestClient, world: World, db: Session) -> None:
    first = tokens_of(client, "inspector@test.vn")
    newer = refresh(client, first["refresh_token"]).json()

    replay = refresh(client, first["refresh_token"])
    body = problem(replay, 401, "invalid_credentials")
    assert body["detail"] == "Phiên đăng nhập đã hết hạn hoặc bị thu hồi."

    stolen_family_next = refresh(client, newer["refresh_token"])
    problem(stolen_family_next, 401, "invalid_credentials")

    user_id = world.ids["user_inspector"]
    rows = list(fresh(db).scalars(select(RefreshToken).where(RefreshToken.user_id == user_id)))
    assert len(rows) == 2
    assert all(r.revoked_at is not None for r in rows)
    reuse = (
        fresh(db)
        .scalars(select(AuditEvent).where(AuditEvent.action == "refresh_reuse", AuditEvent.entity_id == str(user_id)))
        .all()
    )
    assert len(reuse) == 2
    assert reuse[0].entity == "user"
    assert reuse[0].after == {"family": rows[0].family_id}


def test_refresh_reuse_leaves_other_logins_alone(client: TestClient, world: World, db: Session) -> None:
    laptop = tokens_of(client, "inspector@test.vn")
    phone = tokens_of(client, "inspector@test.vn")
    refresh(client, laptop["refresh_token"])
    problem(refresh(client, laptop["refresh_token"]), 401, "invalid_credentials")
    assert refresh(client, phone["refresh_token"]).status_code == 200


def test_unknown_refresh_token_is_refused(client: TestClient, world: World, db: Session) -> None:
    body = problem(refresh(client, "not-a-real-refresh-token"), 401, "invalid_credentials")
    assert body["detail"] == "Phiên đăng nhập đã hết hạn hoặc bị thu hồi."
    problem(refresh(client, world.tokens["admin"]), 401, "invalid_credentials")
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0


def test_expired_refresh_token_is_refused(client: TestClient, world: World, db: Session) -> None:
    pair = tokens_of(client, "inspector@test.vn")
    row = fresh(db).scalar(select(RefreshToken))
    assert row is not None
    row.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    problem(refresh(client, pair["refresh_token"]), 401, "invalid_credentials")
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 1


def test_refresh_token_of_a_deactivated_user_is_refused(client: TestClient, world: World, db: Session) -> None:
    pair = tokens_of(client, "inspector@test.vn")
    user = user_row(db, world.ids["user_inspector"])
    user.is_active = False
    db.commit()
    problem(refresh(client, pair["refresh_token"]), 401, "invalid_credentials")


def test_concurrent_refreshes_with_one_token_give_one_pair(client: TestClient, world: World, db: Session) -> None:
    pair = tokens_of(client, "inspector@test.vn")
    form = {"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]}

    async def race() -> list[int]:
        transport = httpx.ASGITransport(app=client.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            statuses: list[int] = []

            async def one() -> None:
                statuses.append((await http.post(TOKEN, data=form)).status_code)

            async with anyio.create_task_group() as group:
                for _ in range(4):
                    group.start_soon(one)
            return statuses

    statuses = client.portal.call(race)  # type: ignore[union-attr]
    assert sorted(statuses) == [200, 401, 401, 401], statuses
    original = fresh(db).scalar(
        select(RefreshToken).where(RefreshToken.token_hash == token_digest(pair["refresh_token"]))
    )
    assert original is not None and original.revoked_at is not None


# --- client credentials --------------------------------------------------------------------------------


def test_client_credentials_grant(client: TestClient, world: World, db: Session) -> None:
    answer = client_login(client, "cid-zone-a-app", "zone-a-secret")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["token_type"] == "bearer"
    assert body.get("refresh_token") is None
    me = client.get(ME, headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["kind"] == "client"
    assert me.json()["id"] == world.ids["client_zone_a"]
    assert me.json()["role"] == "zone_board"
    assert me.json()["scope"] == {"kind": "zones", "codes": ["ZA"]}
    row = fresh(db).get(ApiClient, world.ids["client_zone_a"])
    assert row is not None and row.last_used_at is not None
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0


@pytest.mark.parametrize(
    ("client_id", "secret"),
    [("cid-zone-a-app", "wrong-secret"), ("cid-zone-a-app", "ZONE-A-SECRET"), ("cid-nobody", "zone-a-secret")],
)
def test_client_credentials_refused(client: TestClient, world: World, client_id: str, secret: str) -> None:
    answer = client_login(client, client_id, secret)
    body = problem(answer, 401, "invalid_credentials")
    assert body["detail"] == "Mã ứng dụng hoặc khóa bí mật không đúng."
    assert answer.headers["www-authenticate"] == "Bearer"


def test_inactive_client_gets_no_token(client: TestClient, world: World, db: Session) -> None:
    row = fresh(db).get(ApiClient, world.ids["client_zone_a"])
    assert row is not None
    row.is_active = False
    db.commit()
    problem(client_login(client, "cid-zone-a-app", "zone-a-secret"), 401, "invalid_credentials")
    problem(client.get(ME, headers=world.auth("integrator_a")), 401, "unauthorized")


def test_client_secret_is_not_a_user_password(client: TestClient, world: World) -> None:
    problem(login(client, "cid-zone-a-app", "zone-a-secret"), 401, "invalid_credentials")


# --- lockout ---------------------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_officer"]
    for attempt in range(1, 5):
        problem(login(client, "officer@test.vn", f"Wrong-Password-{attempt}"), 401, "invalid_credentials")
        assert user_row(db, user_id).failed_logins == attempt
        assert user_row(db, user_id).locked_until is None
    problem(login(client, "officer@test.vn", "Wrong-Password-5"), 401, "invalid_credentials")
    user = user_row(db, user_id)
    assert user.locked_until is not None
    assert user.locked_until > utcnow() + timedelta(minutes=world.settings.lockout_minutes - 1)
    assert actions(db, user_id) == ["login_failed"] * 4 + ["lock"]

    locked = login(client, "officer@test.vn", PASSWORD)
    body = problem(locked, 429, "account_locked")
    retry_after = int(locked.headers["retry-after"])
    assert 0 < retry_after <= world.settings.lockout_minutes * 60
    assert body["title"] == "Tài khoản tạm khóa"
    assert body["detail"] == f"Đăng nhập sai quá nhiều lần. Thử lại sau {world.settings.lockout_minutes} phút."
    assert "login" not in actions(db, user_id)
    assert fresh(db).scalar(select(func.count()).select_from(RefreshToken)) == 0

    english = login(client, "officer@test.vn", PASSWORD, **{"Accept-Language": "en"})
    body = problem(english, 429, "account_locked")
    assert body["detail"] == f"Too many failed logins. Try again in {world.settings.lockout_minutes} minutes."


def test_admin_password_reset_unlocks(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_officer"]
    for attempt in range(5):
        login(client, "officer@test.vn", f"Wrong-Password-{attempt}")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 429

    reset = client.post(
        f"/api/v1/users/{user_id}/password", json={"password": NEW_PASSWORD}, headers=world.auth("admin")
    )
    assert reset.status_code == 204, reset.text
    user = user_row(db, user_id)
    assert user.locked_until is None
    assert user.failed_logins == 0
    assert user.password_hash.startswith("$argon2id$")

    problem(login(client, "officer@test.vn", PASSWORD), 401, "invalid_credentials")
    assert login(client, "officer@test.vn", NEW_PASSWORD).status_code == 200
    assert "password_reset" in actions(db, user_id)


def test_lock_ends_by_itself(client: TestClient, world: World, db: Session) -> None:
    for attempt in range(5):
        login(client, "officer@test.vn", f"Wrong-Password-{attempt}")
    user = user_row(db, world.ids["user_officer"])
    user.locked_until = utcnow() - timedelta(seconds=1)
    db.commit()
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200
    user = user_row(db, world.ids["user_officer"])
    assert user.locked_until is None and user.failed_logins == 0


def test_a_success_clears_the_failure_count(client: TestClient, world: World, db: Session) -> None:
    for attempt in range(4):
        login(client, "officer@test.vn", f"Wrong-Password-{attempt}")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200
    assert user_row(db, world.ids["user_officer"]).failed_logins == 0
    for attempt in range(4):
        problem(login(client, "officer@test.vn", f"Wrong-Password-{attempt}"), 401, "invalid_credentials")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200


def test_old_failures_outside_the_window_do_not_count(client: TestClient, world: World, db: Session) -> None:
    user = user_row(db, world.ids["user_officer"])
    user.failed_logins = 4
    user.first_failed_at = utcnow() - timedelta(minutes=world.settings.lockout_window_minutes + 1)
    db.commit()
    problem(login(client, "officer@test.vn", "Wrong-Password-1"), 401, "invalid_credentials")
    user = user_row(db, world.ids["user_officer"])
    assert user.failed_logins == 1
    assert user.locked_until is None
    assert login(client, "officer@test.vn", PASSWORD).status_code == 200


def test_lockout_is_per_account(client: TestClient, world: World) -> None:
    for attempt in range(5):
        login(client, "officer@test.vn", f"Wrong-Password-{attempt}")
    assert login(client, "officer@test.vn", PASSWORD).status_code == 429
    assert login(client, "inspector@test.vn", PASSWORD).status_code == 200


def test_unknown_emails_are_not_locked_or_counted(client: TestClient, world: World, db: Session) -> None:
    for attempt in range(6):
        problem(login(client, "ghost@test.vn", f"Wrong-Password-{attempt}"), 401, "invalid_credentials")
    assert fresh(db).scalar(select(func.count()).select_from(AuditEvent)) == 0


# --- access tokens -----------------------------------------------------------------------------------------


REJECTED_TOKENS = {
    "garbage": lambda w: "not-a-jwt",
    "three_garbage_parts": lambda w: "aaa.bbb.ccc",
    "alg_none": lambda w: unsigned(w, "none"),
    "alg_None": lambda w: unsigned(w, "None"),
    "alg_hs256_without_signature": lambda w: unsigned(w, "HS256"),
    "wrong_audience": lambda w: sign(w, aud="another-api"),
    "audience_list_without_ours": lambda w: sign(w, aud=["another-api", "third-api"]),
    "no_audience": lambda w: sign(w, aud=None),
    "wrong_issuer": lambda w: sign(w, iss="someone-else"),
    "no_issuer": lambda w: sign(w, iss=None),
    "expired_beyond_leeway": lambda w: sign(w, exp=int(time.time()) - 45, iat=int(time.time()) - 960),
    "long_expired": lambda w: sign(w, exp=int(time.time()) - 86400, iat=int(time.time()) - 90000),
    "not_yet_valid": lambda w: sign(w, nbf=int(time.time()) + 120),
    "no_exp": lambda w: sign(w, exp=None),
    "no_iat": lambda w: sign(w, iat=None),
    "no_sub": lambda w: sign(w, sub=None),
    "bad_signature": lambda w: sign(w, key="some-other-secret-that-is-long-enough-0123456789"),
    "tampered_payload": tampered,
    "hs512_same_secret": lambda w: sign(w, "HS512"),
    "hs384_same_secret": lambda w: sign(w, "HS384"),
    "rs256": rsa_signed,
    "es256": ec_signed,
    "no_token_use": lambda w: sign(w, token_use=None),
    "refresh_token_use": lambda w: sign(w, token_use="refresh"),
    "unknown_user": lambda w: sign(w, sub="user:987654"),
    "unknown_client": lambda w: sign(w, sub="client:987654"),
    "sub_not_numeric": lambda w: sign(w, sub="user:admin"),
    "sub_without_kind": lambda w: sign(w, sub=str(w.ids["user_admin"])),
    "sub_other_kind": lambda w: sign(w, sub=f"enterprise:{w.ids['a1']}"),
    "sub_negative": lambda w: sign(w, sub="user:-1"),
    "sub_not_a_string": lambda w: sign(w, sub=w.ids["user_admin"]),
    "sub_superscript_digit": lambda w: sign(w, sub="user:\u00b2"),
    "sub_arabic_indic_digits": lambda w: sign(w, sub="user:\u0661"),
    "sub_beyond_int32": lambda w: sign(w, sub="user:4294967297"),
    "sub_beyond_int64": lambda w: sign(w, sub="user:99999999999999999999999"),
    "client_sub_beyond_int64": lambda w: sign(w, sub="client:99999999999999999999999"),
}


def test_bad_access_tokens_are_refused(client: TestClient, world: World, subtests: pytest.Subtests) -> None:
    for name, build in REJECTED_TOKENS.items():
        with subtests.test(name):
            answer = client.get(ME, headers=bearer(build(world)))
            body = problem(answer, 401, "unauthorized")
            assert answer.headers["www-authenticate"] == 'Bearer realm="osh"'
            assert body["detail"] == "Cần đăng nhập hoặc mã truy cập hợp lệ."
            assert "role" not in body
            admin_only = client.get("/api/v1/users", headers=bearer(build(world)))
            problem(admin_only, 401, "unauthorized")


def test_the_rejected_claims_are_accepted_when_right(client: TestClient, world: World) -> None:
    answer = client.get(ME, headers=bearer(sign(world)))
    assert answer.status_code == 200, answer.text
    assert answer.json()["id"] == world.ids["user_admin"]


def test_expiry_has_thirty_seconds_of_leeway(client: TestClient, world: World) -> None:
    now = int(time.time())
    just_expired = sign(world, exp=now - 10, iat=now - 900)
    assert client.get(ME, headers=bearer(just_expired)).status_code == 200
    beyond = sign(world, exp=now - 40, iat=now - 900)
    problem(client.get(ME, headers=bearer(beyond)), 401, "unauthorized")


NO_TOKEN_HEADERS: list[dict[str, str]] = [
    {},
    {"Authorization": ""},
    {"Authorization": "Bearer"},
    {"Authorization": "Bearer "},
    {"Authorization": "Basic YWRtaW5AdGVzdC52bjpwYXNz"},
    {"Authorization": "Token abc"},
]


def test_missing_token_is_refused(client: TestClient, world: World, subtests: pytest.Subtests) -> None:
    for headers in NO_TOKEN_HEADERS:
        with subtests.test(str(headers)):
            answer = client.get(ME, headers=headers)
            problem(answer, 401, "unauthorized")
            assert answer.headers["www-authenticate"].startswith("Bearer")


def test_role_changes_apply_to_existing_tokens(client: TestClient, world: World, db: Session) -> None:
    user = user_row(db, world.ids["user_viewer"])
    user.role = "inspector"
    db.commit()
    me = client.get(ME, headers=world.auth("viewer"))
    assert me.status_code == 200
    assert me.json()["role"] == "inspector"


def test_refresh_token_is_not_a_bearer_token(client: TestClient, world: World) -> None:
    pair = tokens_of(client, "admin@test.vn")
    problem(client.get(ME, headers=bearer(pair["refresh_token"])), 401, "unauthorized")
    problem(client.get("/api/v1/users", headers=bearer(pair["refresh_token"])), 401, "unauthorized")
    assert client.get(ME, headers=bearer(pair["access_token"])).status_code == 200


def test_deactivation_ends_unexpired_sessions(client: TestClient, world: World, db: Session) -> None:
    target = world.ids["user_inspector"]
    pair = tokens_of(client, "inspector@test.vn")
    assert client.get(ME, headers=bearer(pair["access_token"])).status_code == 200
    etag = client.get(f"/api/v1/users/{target}", headers=world.auth("admin")).headers["etag"]
    gone = client.delete(f"/api/v1/users/{target}", headers={**world.auth("admin"), "If-Match": etag})
    assert gone.status_code == 204, gone.text
    problem(client.get(ME, headers=bearer(pair["access_token"])), 401, "unauthorized")
    problem(client.get(ME, headers=world.auth("inspector")), 401, "unauthorized")
    problem(refresh(client, pair["refresh_token"]), 401, "invalid_credentials")
    problem(login(client, "inspector@test.vn"), 401, "invalid_credentials")
    rows = list(fresh(db).scalars(select(RefreshToken).where(RefreshToken.user_id == target)))
    assert rows and all(r.revoked_at is not None for r in rows)


ACCIDENT_REPORTER = {"accidents:read", "accidents:report"}
ACCIDENT_KEEPER = ACCIDENT_REPORTER | {"accidents:investigate", "accidents:delete"}
EXPECTED_PERMISSIONS = {
    "admin": {
        "areas:read",
        "audit:read",
        "enterprises:create",
        "enterprises:delete",
        "enterprises:export",
        "enterprises:import",
        "enterprises:read",
        "enterprises:write",
        "reference:read",
        "training:manage",
        "training:read",
        "training:record",
        "users:manage",
        "zones:write",
        *ACCIDENT_KEEPER,
    },
    "commune_a": {
        "areas:read",
        "enterprises:create",
        "enterprises:delete",
        "enterprises:export",
        "enterprises:import",
        "enterprises:read",
        "enterprises:write",
        "reference:read",
        "training:read",
        *ACCIDENT_REPORTER,
    },
    "enterprise_a": {
        "areas:read",
        "enterprises:read",
        "enterprises:write",
        "reference:read",
        "training:read",
        "training:record",
        *ACCIDENT_REPORTER,
    },
    "health": {"areas:read", "enterprises:read", "reference:read", "training:read"},
    "viewer": {
        "accidents:read",
        "areas:read",
        "audit:read",
        "enterprises:export",
        "enterprises:read",
        "reference:read",
        "training:read",
    },
    "integrator_a": {
        "areas:read",
        "enterprises:create",
        "enterprises:delete",
        "enterprises:export",
        "enterprises:import",
        "enterprises:read",
        "enterprises:write",
        "reference:read",
        "training:read",
        "training:record",
        *ACCIDENT_REPORTER,
    },
}


@pytest.mark.parametrize("name", list(EXPECTED_PERMISSIONS))
def test_me_shows_role_permissions_and_scope(client: TestClient, world: World, name: str) -> None:
    answer = client.get(ME, headers=world.auth(name))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["permissions"] == sorted(EXPECTED_PERMISSIONS[name])
    expected = {
        "admin": ("user", "admin", {"kind": "province"}),
        "commune_a": ("user", "commune_officer", {"kind": "communes", "codes": [COMMUNE_A]}),
        "enterprise_a": ("user", "enterprise_user", {"kind": "enterprise", "enterprise_id": world.ids["a1"]}),
        "health": ("user", "health_facility", {"kind": "province"}),
        "viewer": ("user", "viewer", {"kind": "province"}),
        "integrator_a": ("client", "zone_board", {"kind": "zones", "codes": ["ZA"]}),
    }[name]
    assert (body["kind"], body["role"], body["scope"]) == expected
    if body["kind"] == "user":
        assert body["id"] == world.ids[f"user_{name}"]
        assert body["email"] == f"{name}@test.vn"
        assert body["label"] == f"{name}@test.vn"
        assert body["full_name"] == name
    else:
        assert body["id"] == world.ids["client_zone_a"]
        assert body["email"] is None
        assert body["label"] == "zone-a-app (cid-zone-a-app)"


# --- logout ---------------------------------------------------------------------------------------------------


def test_logout_revokes_the_refresh_token(client: TestClient, world: World, db: Session) -> None:
    pair = tokens_of(client, "officer@test.vn")
    other = tokens_of(client, "officer@test.vn")
    answer = client.post(LOGOUT, json={"refresh_token": pair["refresh_token"]})
    assert answer.status_code == 204, answer.text
    assert answer.content == b""
    problem(refresh(client, pair["refresh_token"]), 401, "invalid_credentials")
    assert refresh(client, other["refresh_token"]).status_code == 200
    assert "logout" in actions(db, world.ids["user_officer"])


def test_logout_revokes_the_rotated_family(client: TestClient, world: World) -> None:
    first = tokens_of(client, "officer@test.vn")
    second = refresh(client, first["refresh_token"]).json()
    assert client.post(LOGOUT, json={"refresh_token": first["refresh_token"]}).status_code == 204
    problem(refresh(client, second["refresh_token"]), 401, "invalid_credentials")


def test_logout_with_an_unknown_token_is_quiet(client: TestClient, world: World, db: Session) -> None:
    assert client.post(LOGOUT, json={"refresh_token": "never-issued"}).status_code == 204
    assert fresh(db).scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_logout_validates_its_body(client: TestClient, world: World, subtests: pytest.Subtests) -> None:
    pair = tokens_of(client, "officer@test.vn")
    cases: list[tuple[dict[str, Any], str]] = [
        ({}, "refresh_token"),
        ({"refresh_token": ""}, "refresh_token"),
        ({"refresh_token": "x" * 513}, "refresh_token"),
        ({"refresh_token": pair["refresh_token"], "all": True}, "all"),
    ]
    for body, field in cases:
        with subtests.test(f"{sorted(body)}->{field}"):
            answer = problem(client.post(LOGOUT, json=body), 422, "validation_error")
            assert error_fields(answer) == [field]
    assert refresh(client, pair["refresh_token"]).status_code == 200


# --- passwords -----------------------------------------------------------------------------------------------


def test_stored_hashes_are_argon2id(client: TestClient, world: World, db: Session) -> None:
    hashes = list(fresh(db).scalars(select(User.password_hash)))
    assert len(hashes) == 8
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert PASSWORD not in "".join(hashes)


def test_change_own_password(client: TestClient, world: World, db: Session) -> None:
    user_id = world.ids["user_inspector"]
    before = user_row(db, user_id).password_hash
    other_session = tokens_of(client, "inspector@test.vn")
    current = tokens_of(client, "inspector@test.vn")
    answer = client.post(
        CHANGE_PASSWORD,
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers=bearer(current["access_token"]),
    )
    assert answer.status_code == 204, answer.text
    after = user_row(db, user_id).password_hash
    assert after != before and after.startswith("$argon2id$")
    problem(refresh(client, other_session["refresh_token"]), 401, "invalid_credentials")
    problem(refresh(client, current["refresh_token"]), 401, "invalid_credentials")
    problem(login(client, "inspector@test.vn", PASSWORD), 401, "invalid_credentials")
    assert login(client, "inspector@test.vn", NEW_PASSWORD).status_code == 200
    assert "password_change" in actions(db, user_id)


def test_change_password_needs_the_current_one(client: TestClient, world: World, db: Session) -> None:
    before = user_row(db, world.ids["user_inspector"]).password_hash
    answer = client.post(
        CHANGE_PASSWORD,
        json={"current_password": "Not-My-Password-1", "new_password": NEW_PASSWORD},
        headers=world.auth("inspector"),
    )
    body = problem(answer, 422, "validation_error")
    assert body["errors"] == [
        {"field": "current_password", "message": "Mật khẩu hiện tại không đúng", "code": "password_wrong"}
    ]
    assert user_row(db, world.ids["user_inspector"]).password_hash == before
    assert login(client, "inspector@test.vn", PASSWORD).status_code == 200


def test_change_password_refuses_weak_ones(
    client: TestClient, world: World, db: Session, subtests: pytest.Subtests
) -> None:
    before = user_row(db, world.ids["user_inspector"]).password_hash
    for new_password in ["password123", "Short-1", "inspector@test.vn", "INSPECTOR@TEST.VN", "abababababab"]:
        with subtests.test(new_password):
            answer = client.post(
                CHANGE_PASSWORD,
                json={"current_password": PASSWORD, "new_password": new_password},
                headers=world.auth("inspector"),
            )
            body = problem(answer, 422, "validation_error")
            assert error_fields(body) == ["new_password"]
            assert body["errors"][0]["code"] == "password_weak"
            assert user_row(db, world.ids["user_inspector"]).password_hash == before
    assert login(client, "inspector@test.vn", PASSWORD).status_code == 200


def test_change_password_needs_a_login(client: TestClient, world: World) -> None:
    answer = client.post(CHANGE_PASSWORD, json={"current_password": PASSWORD, "new_password": NEW_PASSWORD})
    problem(answer, 401, "unauthorized")
    answer = client.post(
        CHANGE_PASSWORD,
        json={"current_password": "zone-a-secret", "new_password": NEW_PASSWORD},
        headers=world.auth("integrator_a"),
    )
    body = problem(answer, 422, "validation_error")
    assert error_fields(body) == ["current_password"]


PASSWORD_CHANGE_REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"new_password": NEW_PASSWORD}, "current_password"),
    ({"current_password": PASSWORD}, "new_password"),
    ({"current_password": PASSWORD, "new_password": NEW_PASSWORD, "email": "x@test.vn"}, "email"),
    ({"current_password": PASSWORD, "new_password": "x" * 257}, "new_password"),
]


def test_change_password_body_is_validated(client: TestClient, world: World, subtests: pytest.Subtests) -> None:
    for body, field in PASSWORD_CHANGE_REFUSALS:
        with subtests.test(f"{sorted(body)}->{field}"):
            answer = client.post(CHANGE_PASSWORD, json=body, headers=world.auth("inspector"))
            assert error_fields(problem(answer, 422, "validation_error")) == [field]
    assert login(client, "inspector@test.vn", PASSWORD).status_code == 200


def test_long_passwords_work_end_to_end(client: TestClient, world: World, db: Session) -> None:
    long_password = "Long-pass-" + "".join(chr(ord("a") + i % 26) for i in range(246))
    assert len(long_password) == 256
    make_user(db, world.settings, "long@test.vn", "viewer", {"kind": "province"}, long_password)
    db.commit()
    assert login(client, "long@test.vn", long_password).status_code == 200
    problem(login(client, "long@test.vn", long_password[:-1]), 401, "invalid_credentials")


# --- languages ---------------------------------------------------------------------------------------------------


LANGUAGES: list[tuple[str | None, str, str]] = [
    (None, "Sai thông tin đăng nhập", "Email hoặc mật khẩu không đúng."),
    ("vi", "Sai thông tin đăng nhập", "Email hoặc mật khẩu không đúng."),
    ("en", "Invalid credentials", "Wrong email or password."),
    ("en-US,en;q=0.9", "Invalid credentials", "Wrong email or password."),
    ("vi;q=0.4, en;q=0.8", "Invalid credentials", "Wrong email or password."),
    ("en;q=0.5, vi", "Sai thông tin đăng nhập", "Email hoặc mật khẩu không đúng."),
    ("fr", "Sai thông tin đăng nhập", "Email hoặc mật khẩu không đúng."),
]


def test_credential_errors_speak_the_callers_language(
    client: TestClient, world: World, subtests: pytest.Subtests
) -> None:
    for accept_language, title, detail in LANGUAGES:
        with subtests.test(str(accept_language)):
            headers = {"Accept-Language": accept_language} if accept_language else {}
            body = problem(login(client, "nobody@test.vn", "Wrong-Password-1", **headers), 401, "invalid_credentials")
            assert (body["title"], body["detail"]) == (title, detail)


def test_validation_and_auth_errors_in_both_languages(client: TestClient, world: World) -> None:
    vi = problem(client.post(TOKEN, data={"grant_type": "password", "password": PASSWORD}), 422, "validation_error")
    assert vi["title"] == "Dữ liệu không hợp lệ"
    assert vi["errors"][0]["message"] == "Trường này là bắt buộc"
    en = problem(
        client.post(TOKEN, data={"grant_type": "password", "password": PASSWORD}, headers={"Accept-Language": "en"}),
        422,
        "validation_error",
    )
    assert en["title"] == "Invalid data"
    assert en["errors"][0]["message"] == "This field is required"

    assert problem(client.get(ME), 401, "unauthorized")["title"] == "Chưa xác thực"
    english = problem(client.get(ME, headers={"Accept-Language": "en"}), 401, "unauthorized")
    assert english["title"] == "Not authenticated"
    assert english["detail"] == "A valid login or access token is required."

    refused = client.post(
        CHANGE_PASSWORD,
        json={"current_password": "Not-My-Password-1", "new_password": NEW_PASSWORD},
        headers={**world.auth("inspector"), "Accept-Language": "en"},
    )
    assert problem(refused, 422, "validation_error")["errors"][0]["message"] == "The current password is wrong"


def test_signing_in_leaves_account_versions_alone(client: TestClient, world: World, db: Session) -> None:
    """Sign-in bookkeeping (failures, last login, last use) must not make an administrator's ETag stale."""
    user_id = world.ids["user_officer"]
    before = user_row(db, user_id).version
    assert login(client, "officer@test.vn", "wrong-password-1").status_code == 401
    assert login(client, "officer@test.vn").status_code == 200
    assert user_row(db, user_id).version == before
    etag = client.get(f"/api/v1/users/{user_id}", headers=world.auth("admin")).headers["etag"]
    assert etag == f'"{before}"'

    client_id = world.ids["client_zone_a"]
    version = fresh(db).get(ApiClient, client_id).version  # type: ignore[union-attr]
    assert client_login(client, "cid-zone-a-app", "zone-a-secret").status_code == 200
    stored = fresh(db).get(ApiClient, client_id)
    assert stored is not None and stored.version == version and stored.last_used_at is not None
