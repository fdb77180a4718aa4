"""The certificate check for inspectors in the field: its answers at the expiry boundaries, by provider id or
licence number, with the holder's initials only; and its per-caller rate limit, kept in the database so that it
holds across server processes."""

import asyncio
import itertools
import unicodedata
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, World
from osh.app import create_app
from osh.core import ratelimit
from osh.core.calendar import today
from osh.core.database import make_engine, make_sessionmaker
from osh.core.errors import ApiError
from osh.core.ratelimit import RateLimitWindow
from osh.core.settings import Settings
from osh.training import rules
from osh.training.service import initials

API = "/api/v1"
TODAY = today()
LICENCE = "27/2024/GCN-HLATVSLĐ"
PROVIDER_NAME = "Công ty Huấn luyện An toàn Bắc Ninh"
VERIFY_KEYS = {
    "status",
    "holder_initials",
    "birth_year",
    "trainee_group",
    "document_kind",
    "issued_on",
    "expires_on",
    "provider_name",
}


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    return module_app


def created(answer: Response) -> dict[str, Any]:
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def make_provider(client: TestClient, world: World, licence: str = LICENCE, name: str = PROVIDER_NAME) -> int:
    body = {
        "name": name,
        "license_number": licence,
        "org_class": "C",
        "license_issued_on": date(TODAY.year - 4, 3, 1).isoformat(),
        "license_expires_on": date(TODAY.year + 1, 2, 28).isoformat(),
        "admin_unit_code": COMMUNE_A,
    }
    return int(created(client.post(f"{API}/training-providers", json=body, headers=world.auth("officer")))["id"])


def issued_for(valid_until: date) -> date:
    """The issue date of a 24-month card whose last valid day is `valid_until`."""
    for shift in range(-3, 4):
        start = valid_until + timedelta(days=shift)
        try:
            issued = start.replace(year=start.year - 2)
        except ValueError:  # 29 February
            continue
        if rules.last_day_of(issued, 24) == valid_until:
            return issued
    raise AssertionError(valid_until)


def make_record(
    client: TestClient, world: World, provider_id: int, number: str, until: date, **extra: Any
) -> dict[str, Any]:
    body = {
        "worker_name": "Nguyễn Văn Đức",
        "birth_year": 1990,
        "citizen_id": "027090001234",
        "enterprise_id": world.ids["a1"],
        "provider_id": provider_id,
        "trainee_group": 3,
        "hours": 24,
        "document_number": number,
        "issued_on": issued_for(until).isoformat(),
        **extra,
    }
    return created(client.post(f"{API}/training-records", json=body, headers=world.auth("officer")))


def verify(client: TestClient, world: World, provider: Any, number: str, who: str = "inspector") -> dict[str, Any]:
    answer = client.get(
        f"{API}/training-records/verify", params={"provider": provider, "number": number}, headers=world.auth(who)
    )
    assert answer.status_code == 200, answer.text
    assert "Nguyễn Văn Đức" not in answer.text and "027090001234" not in answer.text
    body: dict[str, Any] = answer.json()
    assert set(body) == VERIFY_KEYS
    return body


UNKNOWN = {key: None for key in VERIFY_KEYS} | {"status": "unknown"}


def expected(status: str, until: date, provider_name: str = PROVIDER_NAME) -> dict[str, Any]:
    return {
        "status": status,
        "holder_initials": "N. V. Đ.",
        "birth_year": 1990,
        "trainee_group": 3,
        "document_kind": "safety_card",
        "issued_on": issued_for(until).isoformat(),
        "expires_on": until.isoformat(),
        "provider_name": provider_name,
    }


# --- the answers ------------------------------------------------------------------------------------------


def test_answers_at_the_expiry_boundaries(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    cases = {
        "THE-61": (TODAY + timedelta(days=61), "valid"),
        "THE-60": (TODAY + timedelta(days=60), "expiring"),  # the 60th day ahead is still "expiring"
        "THE-59": (TODAY + timedelta(days=59), "expiring"),
        "THE-0": (TODAY, "expiring"),  # the last valid day
        "THE-1": (TODAY - timedelta(days=1), "expired"),  # the day after the last valid day
        "THE-400": (TODAY - timedelta(days=400), "expired"),
    }
    for number, (until, _) in cases.items():
        make_record(client, world, provider, number, until)
    for number, (until, status) in cases.items():
        assert verify(client, world, provider, number) == expected(status, until), number
        assert verify(client, world, LICENCE, number) == expected(status, until), number


def test_a_failed_result_answers_failed(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    record = make_record(client, world, provider, "THE-F", TODAY + timedelta(days=300), result="fail")
    assert verify(client, world, provider, "THE-F") == {
        "status": "failed",
        "holder_initials": "N. V. Đ.",
        "birth_year": 1990,
        "trainee_group": 3,
        "document_kind": None,
        "issued_on": record["issued_on"],
        "expires_on": None,
        "provider_name": PROVIDER_NAME,
    }
    # A card that passed, then corrected to a failed result, keeps its number and answers "failed".
    passed = make_record(client, world, provider, "THE-P", TODAY + timedelta(days=300))
    assert verify(client, world, provider, "THE-P")["status"] == "valid"
    client.patch(
        f"{API}/training-records/{passed['id']}",
        json={"result": "fail"},
        headers={**world.auth("officer"), "If-Match": f'"{passed["version"]}"'},
    ).raise_for_status()
    assert verify(client, world, provider, "THE-P")["status"] == "failed"


def test_unknown_answers_say_nothing_more(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    other = make_provider(client, world, "99/2025/GCN-HLATVSLĐ", "Trung tâm khác")
    record = make_record(client, world, provider, "THE-1", TODAY + timedelta(days=200))
    make_record(client, world, other, "KHAC-1", TODAY + timedelta(days=200))
    assert verify(client, world, provider, "THE-2") == UNKNOWN
    assert verify(client, world, provider, "KHAC-1") == UNKNOWN  # another provider's number
    assert verify(client, world, "00/0000/KHONG-CO", "THE-1") == UNKNOWN
    assert verify(client, world, 999999, "THE-1") == UNKNOWN
    assert verify(client, world, 99999999999, "THE-1") == UNKNOWN  # beyond any id
    assert verify(client, world, "²", "THE-1") == UNKNOWN  # a digit to Unicode, not a number
    client.delete(
        f"{API}/training-records/{record['id']}",
        headers={**world.auth("officer"), "If-Match": f'"{record["version"]}"'},
    ).raise_for_status()
    assert verify(client, world, provider, "THE-1") == UNKNOWN  # a removed record


def test_provider_by_id_or_licence_number(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    until = TODAY + timedelta(days=500)
    make_record(client, world, provider, "THE-1", until)
    for given in (provider, str(provider), LICENCE, LICENCE.lower(), f"  {LICENCE} "):
        assert verify(client, world, given, " THE-1 ") == expected("valid", until), given
    # A licence number made of digits that is also another provider's id: the licence is meant.
    digits = make_provider(client, world, str(provider), "Trung tâm số")
    make_record(client, world, digits, "SO-1", until)
    make_record(client, world, digits, "THE-1", until, worker_name="Trần Thị Hoa")
    assert verify(client, world, provider, "SO-1") == expected("valid", until, "Trung tâm số")
    assert verify(client, world, provider, "THE-1")["holder_initials"] == "T. T. H."
    assert verify(client, world, digits, "THE-1")["holder_initials"] == "T. T. H."


def test_every_role_checks_any_certificate_of_the_province(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    until = TODAY + timedelta(days=500)
    # A card of an enterprise in commune A, zone-less: outside the zone board's and other employers' scope.
    make_record(client, world, provider, "THE-1", until)
    for who in ("admin", "officer", "inspector", "commune_a", "zone_a", "enterprise_a", "health", "viewer"):
        assert verify(client, world, provider, "THE-1", who=who) == expected("valid", until), who
    assert verify(client, world, provider, "THE-1", who="integrator_a") == expected("valid", until)
    anonymous = client.get(f"{API}/training-records/verify", params={"provider": provider, "number": "THE-1"})
    assert anonymous.status_code == 401


def test_the_question_is_checked(client: TestClient, world: World) -> None:
    url = f"{API}/training-records/verify"
    for params in (
        {"provider": "1"},
        {"number": "1"},
        {"provider": "", "number": "1"},
        {"provider": "1", "number": "x" * 65},
    ):
        answer = client.get(url, params=params, headers=world.auth("inspector"))
        assert answer.status_code == 422, params
        assert answer.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    ("name", "expected_initials"),
    [
        ("Nguyễn Văn Đức", "N. V. Đ."),
        ("  đặng   thị ánh ", "Đ. T. Á."),
        (unicodedata.normalize("NFD", "Ông Ích Khiêm"), "Ô. Í. K."),
        ("Lò Thị Ún", "L. T. Ú."),
        ("Mai", "M."),
        ("Phạm (Văn) Hùng", "P. V. H."),
    ],
)
def test_initials(name: str, expected_initials: str) -> None:
    assert initials(name) == expected_initials


# --- the rate limit ---------------------------------------------------------------------------------------


def call(client: TestClient, world: World, who: str, number: str = "THE-1") -> Response:
    return client.get(
        f"{API}/training-records/verify", params={"provider": LICENCE, "number": number}, headers=world.auth(who)
    )


def assert_limited(answer: Response, window: int = 60) -> int:
    assert answer.status_code == 429, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem = answer.json()
    assert (problem["type"], problem["status"]) == ("urn:osh:problem:too_many_requests", 429)
    seconds = int(answer.headers["retry-after"])
    # The previous window's calls are taken as spread evenly over it: the wait may pass one window.
    assert 1 <= seconds <= 2 * window
    assert problem["detail"] == f"Quá nhiều lượt tra cứu. Thử lại sau {seconds} giây."
    return seconds


def test_the_default_limit_is_30_calls_a_minute(client: TestClient, world: World) -> None:
    assert Settings().verify_rate_limit == 30 and Settings().verify_rate_window_seconds == 60
    make_record(client, world, make_provider(client, world), "THE-1", TODAY + timedelta(days=500))
    # Unknown numbers count as much as known ones: the limit is what stops guessing numbers.
    for index in range(30):
        assert call(client, world, "inspector", "THE-1" if index % 2 else f"DOAN-{index}").status_code == 200, index
    assert_limited(call(client, world, "inspector"))
    # Another caller is not affected, nor is the limited caller's other work.
    assert verify(client, world, LICENCE, "THE-1", who="officer")["status"] == "valid"
    assert client.get(f"{API}/training-records", headers=world.auth("inspector")).status_code == 200


def test_the_limit_is_a_setting_and_refused_calls_do_not_count(world: World, db: Session, migrated: Settings) -> None:
    limited = create_app(migrated.model_copy(update={"verify_rate_limit": 3, "verify_rate_window_seconds": 3600}))
    with TestClient(limited, raise_server_exceptions=False) as client:
        for _ in range(3):
            assert call(client, world, "zone_a").status_code == 200
        for _ in range(3):
            assert_limited(call(client, world, "zone_a"), window=3600)
        assert call(client, world, "integrator_a").status_code == 200
    db.rollback()
    counted = {row.bucket: row.hits for row in db.scalars(select(RateLimitWindow))}
    assert counted == {
        f"verify:user:{world.ids['user_zone_a']}:3600": 3,
        f"verify:client:{world.ids['client_zone_a']}:3600": 1,
    }


def test_no_limit_when_set_to_zero(world: World, db: Session, migrated: Settings) -> None:
    with TestClient(create_app(migrated.model_copy(update={"verify_rate_limit": 0}))) as client:
        assert all(call(client, world, "viewer").status_code == 200 for _ in range(40))


def test_the_limit_holds_across_server_processes(world: World, db: Session, migrated: Settings) -> None:
    """Two apps with their own engines and pools, as two server processes would have, share one count."""
    settings = migrated.model_copy(update={"verify_rate_limit": 4, "verify_rate_window_seconds": 3600})
    with (
        TestClient(create_app(settings), raise_server_exceptions=False) as first,
        TestClient(create_app(settings), raise_server_exceptions=False) as second,
    ):
        assert [call(c, world, "viewer").status_code for c in (first, second, first, second)] == [200] * 4
        assert_limited(call(first, world, "viewer"), window=3600)
        assert_limited(call(second, world, "viewer"), window=3600)
        assert call(second, world, "health").status_code == 200


def test_the_window_slides(world: World, db: Session, migrated: Settings) -> None:
    """Two calls a minute: the count of the previous window weighs less as it slides out, and the caller who
    waits as long as Retry-After said gets through; old windows are dropped."""

    async def scenario() -> list[Any]:
        engine = make_engine(migrated)
        out: list[Any] = []

        async def at(moment: float) -> Any:
            async with make_sessionmaker(engine)() as session:
                try:
                    await ratelimit.hit(session, "test:caller", 2, 60, now=moment)
                    return "ok"
                except ApiError as error:
                    return int(error.headers["Retry-After"])

        try:
            out.append([await at(t) for t in (6030.0, 6050.0, 6059.0)])  # window 6000-6060
            out.append(await at(6061.0))  # the previous window still weighs 59/60 of 2
            retry = out[-1]
            out.append(await at(6061.0 + retry - 1))
            out.append(await at(6061.0 + retry))
            out.append(await at(6250.0))  # windows later: the old ones are dropped
            async with make_sessionmaker(engine)() as session:
                out.append(sorted(await session.scalars(select(RateLimitWindow.window_start))))
        finally:
            await engine.dispose()
        return out

    first, refused, before, after, later, windows = asyncio.run(scenario())
    assert first == ["ok", "ok", 31]  # at 6090 half the previous window has slid out: 2 x 0.5 + 1 call
    assert refused == 29
    assert (before, after, later) == (1, "ok", "ok")
    assert windows == [6240]


def _fits(previous: int, current: int, elapsed: float, limit: int, seconds: int, after: int) -> bool:
    """Whether one more call fits `after` seconds later, nothing else called meanwhile."""
    moment = elapsed + after / seconds
    if moment < 1:
        return ratelimit.allows(previous, current + 1, moment, limit)
    if moment < 2:
        return ratelimit.allows(current, 1, moment - 1, limit)
    return True


def test_retry_after_is_the_first_second_that_fits() -> None:
    seconds, refused = 60, 0
    for limit, previous, current, elapsed in itertools.product(
        [1, 2, 5, 30], [0, 1, 3, 29, 30, 45], [0, 1, 4, 29, 30], [0.0, 0.01, 0.25, 0.5, 59 / 60, 0.999]
    ):
        if _fits(previous, current, elapsed, limit, seconds, 0):
            continue  # this call is not refused
        refused += 1
        wait = ratelimit.wait_seconds(previous, current, elapsed, limit, seconds)
        case = (limit, previous, current, elapsed, wait)
        assert wait >= 1, case
        if previous <= limit and current <= limit:  # always so unless the limit was lowered meanwhile
            assert wait <= seconds + seconds / limit + 1, case
        assert _fits(previous, current, elapsed, limit, seconds, wait), case
        assert wait == 1 or not _fits(previous, current, elapsed, limit, seconds, wait - 1), case
    assert refused > 100
