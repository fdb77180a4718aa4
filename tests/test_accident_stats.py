"""GET /accidents/stats against the hand-counted accidents of accident_fixture: every figure of the total
and of the rows for several groupings, K and K-fatal with their numerator and denominator, the caller's
scope, labels, and the period's validation."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy.orm import Session

from accident_fixture import MILLION, build
from conftest import COMMUNE_A, COMMUNE_B, World
from osh.app import create_app
from osh.core.settings import Settings
from osh.reference import service as reference

STATS = "/api/v1/accidents/stats"
H1 = {"date_from": "2025-01-01", "date_to": "2025-06-30"}
FIELDS = (
    "accidents",
    "fatal_accidents",
    "multi_victim_accidents",
    "victims",
    "female_victims",
    "deaths",
    "serious_injuries",
    "days_off",
    "medical_cost_vnd",
    "wages_during_treatment_vnd",
    "compensation_vnd",
    "property_damage_vnd",
)


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    return module_app


@pytest.fixture
def counted(client: TestClient, world: World, db: Session) -> World:
    build(client, world, db)
    return world


def figures(*values: int) -> dict[str, int]:
    """The figures in FIELDS order; the total cost is their four money columns."""
    result = dict(zip(FIELDS, values, strict=True))
    result["total_cost_vnd"] = sum(result[name] for name in FIELDS[8:])
    return result


def only_figures(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in (*FIELDS, "total_cost_vnd")}


def rate(value: float | None, numerator: int, denominator: int) -> dict[str, Any]:
    return {"value": value, "numerator": numerator, "denominator": denominator}


def stats(client: TestClient, world: World, who: str = "officer", **params: Any) -> dict[str, Any]:
    answer = client.get(STATS, params={**H1, **params}, headers=world.auth(who))
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


def by_key(data: dict[str, Any]) -> dict[str | None, dict[str, Any]]:
    return {row["key"]: row for row in data["rows"]}


# The first half of 2025 as the province sees it: A1, A2, A3, A4, A5, A6, A10.
TOTAL = figures(7, 3, 3, 12, 5, 4, 3, 156, 73_300_000, 29_300_600, 675_600_000, 62 * MILLION)
# Contract victims under their employer's management / workers of the four active enterprises (440).
K_TOTAL = rate(15.91, 7, 440)
K_FATAL_TOTAL = rate(4.55, 2, 440)


def test_total_counts_each_accident_and_victim_once(counted: World, client: TestClient) -> None:
    data = stats(client, counted)
    assert data["date_from"] == "2025-01-01" and data["date_to"] == "2025-06-30"
    assert data["group_by"] == "commune" and data["kind"] == "accident"
    assert only_figures(data["total"]) == TOTAL
    assert data["total"]["total_cost_vnd"] == 840_200_600
    assert data["total"]["k"] == K_TOTAL
    assert data["total"]["k_fatal"] == K_FATAL_TOTAL
    # Victim-level grouping: rows overlap, the total does not.
    occupation = stats(client, counted, group_by="occupation")
    assert sum(row["accidents"] for row in occupation["rows"]) == 10
    assert only_figures(occupation["total"]) == TOTAL


def test_by_commune_where_it_happened_with_k_of_the_communes_enterprises(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="commune")
    assert [row["key"] for row in data["rows"]] == [COMMUNE_A, COMMUNE_B]
    rows = by_key(data)
    assert rows[COMMUNE_A]["label"] == "Phường Kinh Bắc"
    assert rows[COMMUNE_B]["label"] == "Phường Phương Liễu"
    assert only_figures(rows[COMMUNE_A]) == figures(
        5, 2, 2, 9, 4, 3, 3, 150, 70_800_000, 28_900_600, 675_600_000, 60 * MILLION
    )
    assert only_figures(rows[COMMUNE_B]) == figures(2, 1, 1, 3, 1, 1, 0, 6, 2_500_000, 400_000, 0, 2 * MILLION)
    # Commune A's enterprises: a1 and za (200 workers; the suspended one not), victims of A1, A2, A10; A3 happened
    # in commune A but b1's head office is in commune B, so it counts there.
    assert rows[COMMUNE_A]["k"] == rate(20.0, 4, 200)
    assert rows[COMMUNE_A]["k_fatal"] == rate(5.0, 1, 200)
    assert rows[COMMUNE_B]["k"] == rate(12.5, 3, 240)
    assert rows[COMMUNE_B]["k_fatal"] == rate(4.17, 1, 240)
    assert data["total"]["k"] == K_TOTAL


def test_by_zone_outside_zones_last(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="zone")
    assert [row["key"] for row in data["rows"]] == ["ZA", "ZB", None]
    rows = by_key(data)
    assert rows["ZA"]["label"] == "Khu công nghiệp A"
    assert rows[None]["label"] == "Ngoài khu, cụm công nghiệp"
    assert only_figures(rows["ZA"]) == figures(1, 0, 0, 1, 1, 0, 1, 45, 20 * MILLION, 9 * MILLION, 15 * MILLION, 0)
    assert only_figures(rows["ZB"]) == figures(1, 0, 0, 1, 0, 0, 0, 4, 700_000, 400_000, 0, 0)
    assert only_figures(rows[None]) == figures(
        5, 3, 3, 10, 4, 4, 2, 107, 52_600_000, 19_900_600, 660_600_000, 62 * MILLION
    )
    assert rows["ZA"]["k"] == rate(12.5, 1, 80)
    assert rows["ZA"]["k_fatal"] == rate(0.0, 0, 80)
    # The deleted enterprise of zone ZB has no workers here.
    assert rows["ZB"]["k"] == rate(25.0, 1, 40)
    # Outside zones: a1 and b1 (320 workers); 15.625 rounds half up.
    assert rows[None]["k"] == rate(15.63, 5, 320)
    assert rows[None]["k_fatal"] == rate(6.25, 2, 320)


def test_by_industry_section(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="industry_section")
    assert [row["key"] for row in data["rows"]] == ["C", "F", None]
    rows = by_key(data)
    assert rows["C"]["label"] == reference.label("vsic_sections", "C", "vi")
    assert only_figures(rows["C"]) == figures(
        4, 1, 1, 6, 3, 1, 2, 91, 40_700_000, 17_300_600, 225_600_000, 10 * MILLION
    )
    assert only_figures(rows["F"]) == figures(
        1, 1, 1, 3, 0, 2, 1, 60, 30 * MILLION, 12 * MILLION, 450 * MILLION, 50 * MILLION
    )
    assert only_figures(rows[None]) == figures(2, 1, 1, 3, 2, 1, 0, 5, 2_600_000, 0, 0, 2 * MILLION)
    assert rows["C"]["k"] == rate(20.83, 5, 240)
    assert rows["C"]["k_fatal"] == rate(4.17, 1, 240)
    assert rows["F"]["k"] == rate(10.0, 2, 200)
    assert rows["F"]["k_fatal"] == rate(5.0, 1, 200)
    assert rows[None]["k"] == rate(None, 0, 0)


def test_by_cause_in_list_order_without_k(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="cause")
    assert [row["key"] for row in data["rows"]] == ["1", "3", "7", "9", None]
    rows = by_key(data)
    assert rows["1"]["label"] == reference.label("accident_causes", "1", "vi")
    assert rows[None]["label"] == "Chưa xác định"
    assert only_figures(rows["1"]) == figures(3, 1, 1, 5, 2, 1, 1, 46, 20_700_000, 8_300_600, 210_600_000, 10 * MILLION)
    assert only_figures(rows["3"]) == only_figures(by_key(stats(client, counted, group_by="industry_section"))["F"])
    assert only_figures(rows["7"]) == figures(1, 0, 0, 1, 1, 0, 1, 45, 20 * MILLION, 9 * MILLION, 15 * MILLION, 0)
    assert only_figures(rows["9"]) == figures(1, 0, 0, 1, 1, 0, 0, 3, 800_000, 0, 0, 0)
    assert only_figures(rows[None]) == figures(1, 1, 1, 2, 1, 1, 0, 2, 1_800_000, 0, 0, 2 * MILLION)
    assert all(row["k"] is None and row["k_fatal"] is None for row in data["rows"])
    assert data["total"]["k"] == K_TOTAL


def test_by_injury_factor(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="injury_factor")
    assert [row["key"] for row in data["rows"]] == ["3.1", "4", "6.1", "11", "13", "14.1"]
    rows = by_key(data)
    assert rows["6.1"]["label"] == "Sập đổ công trình, giàn giáo"
    assert only_figures(rows["4"]) == figures(
        2, 1, 1, 4, 2, 1, 1, 42, 20 * MILLION, 7_900_600, 210_600_000, 10 * MILLION
    )
    assert only_figures(rows["3.1"]) == figures(1, 0, 0, 1, 0, 0, 0, 4, 700_000, 400_000, 0, 0)


def test_by_occupation_counts_victims_and_the_accidents_that_hurt_them(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="occupation")
    assert [row["key"] for row in data["rows"]] == ["71", "72", "81", "82", "92", "93", None]
    rows = by_key(data)
    assert rows["72"]["label"] == "Thợ luyện kim, cơ khí và thợ có liên quan"
    assert only_figures(rows["71"]) == figures(1, 1, 1, 2, 0, 2, 0, 0, 0, 0, 450 * MILLION, 50 * MILLION)
    assert only_figures(rows["72"]) == figures(
        1, 1, 1, 2, 0, 1, 0, 5, 6 * MILLION, 500_000, 200 * MILLION, 10 * MILLION
    )
    assert only_figures(rows["81"]) == figures(1, 0, 0, 1, 0, 0, 0, 4, 700_000, 400_000, 0, 0)
    # A1 (V2) and A10 (V12); A1 is fatal and has three victims though V2 survived.
    assert only_figures(rows["82"]) == figures(
        2, 1, 1, 2, 2, 0, 1, 37, 14 * MILLION, 7_400_600, 10_600_000, 10 * MILLION
    )
    assert only_figures(rows["92"]) == figures(2, 1, 1, 2, 1, 1, 0, 3, 2_300_000, 0, 0, 2 * MILLION)
    assert only_figures(rows["93"]) == figures(1, 0, 0, 1, 1, 0, 1, 45, 20 * MILLION, 9 * MILLION, 15 * MILLION, 0)
    assert only_figures(rows[None]) == figures(2, 2, 2, 2, 1, 0, 1, 62, 30_300_000, 12 * MILLION, 0, 52 * MILLION)
    assert sum(row["victims"] for row in data["rows"]) == TOTAL["victims"]
    assert all(row["k"] is None for row in data["rows"])


def test_by_month_of_the_local_date(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="month")
    assert [(row["key"], row["label"], row["accidents"]) for row in data["rows"]] == [
        ("2025-01", "2025-01", 1),
        ("2025-02", "2025-02", 1),
        ("2025-03", "2025-03", 2),
        ("2025-04", "2025-04", 1),
        ("2025-05", "2025-05", 1),
        ("2025-06", "2025-06", 1),  # A6, at 00:30 on 1 June local time, 31 May in UTC
    ]
    rows = by_key(data)
    assert only_figures(rows["2025-03"]) == figures(
        2, 1, 1, 4, 1, 2, 1, 63, 30_800_000, 12 * MILLION, 450 * MILLION, 50 * MILLION
    )
    assert only_figures(rows["2025-06"]) == figures(1, 0, 0, 1, 0, 0, 0, 4, 700_000, 400_000, 0, 0)


def test_by_severity_of_the_accident(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="severity")
    assert [row["key"] for row in data["rows"]] == ["fatal", "serious", "minor"]
    rows = by_key(data)
    assert rows["fatal"]["label"] == "Tai nạn lao động chết người"
    assert only_figures(rows["fatal"]) == figures(
        3, 3, 3, 8, 2, 4, 2, 97, 49_800_000, 18_500_000, 660 * MILLION, 62 * MILLION
    )
    assert only_figures(rows["serious"]) == figures(1, 0, 0, 1, 1, 0, 1, 45, 20 * MILLION, 9 * MILLION, 15 * MILLION, 0)
    assert only_figures(rows["minor"]) == figures(3, 0, 0, 3, 2, 0, 0, 14, 3_500_000, 1_800_600, 600_000, 0)


def test_by_sector_with_k_on_the_contract_row(counted: World, client: TestClient) -> None:
    data = stats(client, counted, group_by="sector")
    assert [row["key"] for row in data["rows"]] == ["contract", "non_contract"]
    rows = by_key(data)
    assert only_figures(rows["contract"]) == figures(
        5, 2, 2, 9, 3, 3, 3, 151, 70_700_000, 29_300_600, 675_600_000, 60 * MILLION
    )
    assert only_figures(rows["non_contract"]) == figures(2, 1, 1, 3, 2, 1, 0, 5, 2_600_000, 0, 0, 2 * MILLION)
    assert rows["contract"]["k"] == K_TOTAL and rows["contract"]["k_fatal"] == K_FATAL_TOTAL
    assert rows["non_contract"]["k"] is None


def test_year_and_half_and_the_edges_of_the_period(counted: World, client: TestClient) -> None:
    half = client.get(STATS, params={"year": 2025, "half": 1}, headers=counted.auth("officer"))
    assert half.status_code == 200, half.text
    assert only_figures(half.json()["total"]) == TOTAL
    # The whole year adds A7 (1 July local time, 30 June in UTC); the deleted A8 never counts.
    year = client.get(STATS, params={"year": 2025}, headers=counted.auth("officer")).json()
    assert (year["total"]["accidents"], year["total"]["deaths"], year["total"]["victims"]) == (8, 5, 13)
    assert year["total"]["k"] == rate(18.18, 8, 440)
    second = client.get(STATS, params={"year": 2025, "half": 2}, headers=counted.auth("officer")).json()
    assert second["date_from"] == "2025-07-01" and second["total"]["accidents"] == 1
    empty = stats(client, counted, date_from="2024-01-01", date_to="2024-12-31")
    assert empty["rows"] == []
    assert only_figures(empty["total"]) == figures(*[0] * 12)
    assert empty["total"]["k"] == rate(0.0, 0, 440)


def test_technical_incidents_apart(counted: World, client: TestClient) -> None:
    data = stats(client, counted, kind="technical_incident", group_by="zone")
    assert data["kind"] == "technical_incident"
    assert only_figures(data["total"]) == figures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 80 * MILLION)
    assert [row["key"] for row in data["rows"]] == ["ZB"]


def test_labels_in_english(counted: World, client: TestClient) -> None:
    headers = {**counted.auth("officer"), "Accept-Language": "en"}
    cause = client.get(STATS, params={**H1, "group_by": "cause"}, headers=headers).json()
    assert by_key(cause)["1"]["label"] == "No safety device, or device not ensuring safety"
    assert by_key(cause)[None]["label"] == "Not recorded"
    sector = client.get(STATS, params={**H1, "group_by": "sector"}, headers=headers).json()
    assert by_key(sector)["non_contract"]["label"] == "Workers without a labour contract"


# --- scope ---------------------------------------------------------------------------------------------------


def test_commune_officer_counts_what_happened_in_the_commune(counted: World, client: TestClient) -> None:
    data = stats(client, counted, "commune_a", group_by="commune")
    assert [row["key"] for row in data["rows"]] == [COMMUNE_A]
    assert only_figures(data["total"]) == only_figures(by_key(stats(client, counted, group_by="commune"))[COMMUNE_A])
    # Workers: the commune's active enterprises; victims: theirs only (not b1's, whose A3 happened here).
    assert data["total"]["k"] == rate(20.0, 4, 200)
    assert data["total"]["k_fatal"] == rate(5.0, 1, 200)


@pytest.mark.parametrize("who", ["zone_a", "integrator_a"])
def test_zone_board_counts_its_zone(counted: World, client: TestClient, who: str) -> None:
    data = stats(client, counted, who, group_by="occupation")
    assert [row["key"] for row in data["rows"]] == ["93"]
    assert only_figures(data["total"]) == figures(1, 0, 0, 1, 1, 0, 1, 45, 20 * MILLION, 9 * MILLION, 15 * MILLION, 0)
    assert data["total"]["k"] == rate(12.5, 1, 80)


def test_enterprise_user_counts_its_own(counted: World, client: TestClient) -> None:
    data = stats(client, counted, "enterprise_a", group_by="cause")
    assert [row["key"] for row in data["rows"]] == ["1"]
    assert only_figures(data["total"]) == figures(
        2, 1, 1, 4, 2, 1, 1, 42, 20 * MILLION, 7_900_600, 210_600_000, 10 * MILLION
    )
    assert data["total"]["k"] == rate(25.0, 3, 120)
    assert data["total"]["k_fatal"] == rate(8.33, 1, 120)


def test_health_facility_may_not_read(counted: World, client: TestClient) -> None:
    assert client.get(STATS, params=H1, headers=counted.auth("health")).status_code == 403
    assert client.get(STATS, params=H1).status_code == 401


# --- validation ----------------------------------------------------------------------------------------------


def assert_period_error(answer: Response, field: str, code: str) -> None:
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem = answer.json()
    assert problem["type"] == "urn:osh:problem:validation_error"
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, code)]
    assert all(e["message"] for e in problem["errors"])


def test_period_errors(client: TestClient, world: World) -> None:
    headers = world.auth("officer")
    reversed_period = client.get(STATS, params={"date_from": "2025-06-30", "date_to": "2025-01-01"}, headers=headers)
    assert_period_error(reversed_period, "date_to", "period_reversed")
    both = client.get(STATS, params={"year": 2025, "date_from": "2025-01-01"}, headers=headers)
    assert_period_error(both, "year", "period_ambiguous")
    assert_period_error(client.get(STATS, headers=headers), "date_from", "field_required")
    assert_period_error(
        client.get(STATS, params={"date_from": "2025-01-01"}, headers=headers), "date_to", "field_required"
    )
    assert_period_error(client.get(STATS, params={"half": 1}, headers=headers), "year", "field_required")
    unknown_group = client.get(STATS, params={**H1, "group_by": "weather"}, headers=headers)
    assert unknown_group.status_code == 422
    assert unknown_group.headers["content-type"].startswith("application/problem+json")
    english = client.get(STATS, headers={**headers, "Accept-Language": "en"})
    assert english.json()["errors"][0]["message"] == "This field is required"
