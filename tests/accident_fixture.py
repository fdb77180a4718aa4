"""A hand-counted set of accidents for the statistics and report tests, reported through the API by the
principals who would report them.

Enterprises (active unless said): a1 commune A, 120 workers (40 women); za commune A zone ZA, 80; b1
commune B, section F (construction), 200; zb commune B zone ZB, 40; "idle" commune A, suspended, 1000;
"gone" commune B zone ZB, deleted, 500. The last two never count as workers.

Accidents (local dates, 2025):
  A1  15 Jan  a1 contract, commune A, cause 1, factor 4, property 10,000,000
      V1 male fatal occ 72, medical 5,000,000, compensation 200,000,000
      V2 female serious occ 82, 30 days, medical 12,000,000, wages 6,000,000, compensation 10,000,000
      V3 male minor occ 72, not under management, 5 days, medical 1,000,000, wages 500,000
  A2  10 Feb  za contract (zone ZA), commune A, cause 7, factor 13
      V4 female serious occ 93, 45 days, medical 20,000,000, wages 9,000,000, compensation 15,000,000
  A3   5 Mar  b1 contract, happened in commune A, cause 3, factor 6.1, property 50,000,000
      V5 male fatal occ 71, compensation 300,000,000
      V6 male fatal occ 71, not under management, compensation 150,000,000
      V7 male serious, no occupation, 60 days, medical 30,000,000, wages 12,000,000
  A4  20 Mar  non-contract, commune A, cause 9, factor 14.1
      V8 female minor occ 92, 3 days, medical 800,000
  A5   2 Apr  non-contract, commune B, no cause, factor 11, property 2,000,000
      V9 male fatal occ 92, medical 1,500,000
      V10 female minor, no occupation, 2 days, medical 300,000
  A6   1 Jun 00:30 local (31 May in UTC)  zb contract (zone ZB), commune B, cause 1, factor 3.1
      V11 male minor occ 81, 4 days, medical 700,000, wages 400,000
  A10 20 May  a1 contract, commune A, cause 1, factor 4
      V12 female minor occ 82, 7 days, medical 2,000,000, wages 1,400,600, compensation 600,000
  A7   1 Jul 00:30 local (30 Jun in UTC)  a1 contract, cause 1, factor 4: outside the first half
      V13 male fatal occ 72, compensation 100,000,000
  A8   5 May  a1 contract, cause 2, factor 5, deleted: never counts
      V14 male serious occ 72, medical 9,999,000
  A9  10 May  technical incident at zb, no victim, property 80,000,000
"""

from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, World, make_enterprise
from osh.core.database import utcnow
from osh.enterprises.models import Enterprise

API = "/api/v1/accidents"
MILLION = 1_000_000


def victim(sex: str, severity: str, occupation: str | None, **money: Any) -> dict[str, Any]:
    return {
        "full_name": f"Nguyễn Văn {severity} {occupation}",
        "sex": sex,
        "severity": severity,
        "occupation_code": occupation,
        **money,
    }


@dataclass
class Accidents:
    ids: dict[str, int]


def report(client: TestClient, world: World, who: str, **body: Any) -> dict[str, Any]:
    payload = {"place": "Xưởng sản xuất", "description": "Mô tả vụ việc", **body}
    answer = client.post(API, json=payload, headers=world.auth(who))
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def build(client: TestClient, world: World, db: Session) -> Accidents:
    ids = world.ids
    for key, values in {
        "a1": {"employees_total": 120, "employees_female": 40},
        "za": {"employees_total": 80, "employees_female": 30},
        "b1": {"employees_total": 200, "employees_female": 20, "vsic_code": "4101", "vsic_section": "F"},
        "zb": {"employees_total": 40, "employees_female": 10},
    }.items():
        db.execute(update(Enterprise).where(Enterprise.id == ids[key]).values(**values))
    make_enterprise(db, "0100000005", "Công ty Tạm Ngừng", COMMUNE_A, employees_total=1000, status="suspended")
    make_enterprise(db, "0100000006", "Công ty Đã Xóa", COMMUNE_B, "ZB", employees_total=500, deleted_at=utcnow())
    db.commit()

    made: dict[str, int] = {}
    made["A1"] = report(
        client,
        world,
        "enterprise_a",
        sector="contract",
        enterprise_id=ids["a1"],
        occurred_at="2025-01-15T08:00:00+07:00",
        cause_code="1",
        injury_factor_code="4",
        property_damage_vnd=10 * MILLION,
        victims=[
            victim("male", "fatal", "72", medical_cost_vnd=5 * MILLION, compensation_vnd=200 * MILLION),
            victim(
                "female",
                "serious",
                "82",
                days_off=30,
                medical_cost_vnd=12 * MILLION,
                wages_during_treatment_vnd=6 * MILLION,
                compensation_vnd=10 * MILLION,
            ),
            {
                **victim("male", "minor", "72", days_off=5, medical_cost_vnd=MILLION),
                "wages_during_treatment_vnd": 500_000,
                "not_under_management": True,
            },
        ],
    )["id"]
    made["A2"] = report(
        client,
        world,
        "zone_a",
        sector="contract",
        enterprise_id=ids["za"],
        occurred_at="2025-02-10T14:00:00+07:00",
        cause_code="7",
        injury_factor_code="13",
        victims=[
            victim(
                "female",
                "serious",
                "93",
                days_off=45,
                medical_cost_vnd=20 * MILLION,
                wages_during_treatment_vnd=9 * MILLION,
                compensation_vnd=15 * MILLION,
            )
        ],
    )["id"]
    made["A3"] = report(
        client,
        world,
        "officer",
        sector="contract",
        enterprise_id=ids["b1"],
        admin_unit_code=COMMUNE_A,
        occurred_at="2025-03-05T09:00:00+07:00",
        cause_code="3",
        injury_factor_code="6.1",
        property_damage_vnd=50 * MILLION,
        victims=[
            victim("male", "fatal", "71", compensation_vnd=300 * MILLION),
            {**victim("male", "fatal", "71", compensation_vnd=150 * MILLION), "not_under_management": True},
            victim(
                "male",
                "serious",
                None,
                days_off=60,
                medical_cost_vnd=30 * MILLION,
                wages_during_treatment_vnd=12 * MILLION,
            ),
        ],
    )["id"]
    made["A4"] = report(
        client,
        world,
        "commune_a",
        sector="non_contract",
        admin_unit_code=COMMUNE_A,
        occurred_at="2025-03-20T07:00:00+07:00",
        cause_code="9",
        injury_factor_code="14.1",
        victims=[victim("female", "minor", "92", days_off=3, medical_cost_vnd=800_000)],
    )["id"]
    made["A5"] = report(
        client,
        world,
        "officer",
        sector="non_contract",
        admin_unit_code=COMMUNE_B,
        occurred_at="2025-04-02T10:00:00+07:00",
        injury_factor_code="11",
        property_damage_vnd=2 * MILLION,
        victims=[
            victim("male", "fatal", "92", medical_cost_vnd=1_500_000),
            victim("female", "minor", None, days_off=2, medical_cost_vnd=300_000),
        ],
    )["id"]
    made["A6"] = report(
        client,
        world,
        "officer",
        sector="contract",
        enterprise_id=ids["zb"],
        occurred_at="2025-06-01T00:30:00+07:00",
        cause_code="1",
        injury_factor_code="3.1",
        victims=[
            victim("male", "minor", "81", days_off=4, medical_cost_vnd=700_000, wages_during_treatment_vnd=400_000)
        ],
    )["id"]
    made["A10"] = report(
        client,
        world,
        "enterprise_a",
        sector="contract",
        enterprise_id=ids["a1"],
        occurred_at="2025-05-20T10:00:00+07:00",
        cause_code="1",
        injury_factor_code="4",
        victims=[
            victim(
                "female",
                "minor",
                "82",
                days_off=7,
                medical_cost_vnd=2 * MILLION,
                wages_during_treatment_vnd=1_400_600,
                compensation_vnd=600_000,
            )
        ],
    )["id"]
    made["A7"] = report(
        client,
        world,
        "officer",
        sector="contract",
        enterprise_id=ids["a1"],
        occurred_at="2025-07-01T00:30:00+07:00",
        cause_code="1",
        injury_factor_code="4",
        victims=[victim("male", "fatal", "72", compensation_vnd=100 * MILLION)],
    )["id"]
    deleted = report(
        client,
        world,
        "enterprise_a",
        sector="contract",
        enterprise_id=ids["a1"],
        occurred_at="2025-05-05T10:00:00+07:00",
        cause_code="2",
        injury_factor_code="5",
        victims=[victim("male", "serious", "72", medical_cost_vnd=9_999_000)],
    )
    made["A8"] = deleted["id"]
    gone = client.delete(
        f"{API}/{deleted['id']}", headers={**world.auth("officer"), "If-Match": f'"{deleted["version"]}"'}
    )
    assert gone.status_code == 204, gone.text
    made["A9"] = report(
        client,
        world,
        "officer",
        kind="technical_incident",
        sector="contract",
        enterprise_id=ids["zb"],
        occurred_at="2025-05-10T10:00:00+07:00",
        property_damage_vnd=80 * MILLION,
        victims=[],
    )["id"]
    return Accidents(made)
