"""Accident statistics: SQL aggregates by group, with the frequency rates K and K-fatal.

What counts:
- Accidents of the kind asked (occupational accidents unless told otherwise) whose local date (`occurred_on`)
  falls in the period, both ends included, not deleted, inside the caller's scope (`service.visible`).
- Accident figures (accidents, accidents with a death, accidents with two or more victims, property damage)
  count the accident; victim figures (victims, female victims, deaths, seriously injured, days off, medical
  costs, wages during treatment, compensation) add up its victims. "With a death" and "two or more victims"
  are classes of the whole accident (Decree 39/2016 Art. 9, Annex XII).
- Groupings by a fact of the accident (commune where it happened, zone and industry section of its
  enterprise, main cause, main injury factor, month of its local date, its derived severity, sector) put
  each accident in exactly one row. Grouping by occupation is by victim: a row adds up the victims of that
  occupation and counts, with their class and property damage, the accidents that hurt at least one of
  them, so an accident whose victims have two occupations is in both rows and one without victims in none.
  The total is always counted once over the whole set, never added up from the rows.
- K = victims x 1000 / workers and K-fatal = deaths x 1000 / workers, contract sector only. Workers: the sum
  of `employees_total` of the enterprises in the caller's scope that are active and not deleted. Victims and
  deaths: those of the contract-sector accidents counted above whose enterprise is one of these
  enterprises, leaving out the victims not under that employer's management (another employer's workers
  are not in its worker count). Rows by commune, zone and industry section compare the enterprises of that
  commune (head office), zone or section with their own victims, so a commune's K counts the victims of its
  enterprises wherever the accident happened; the contract row of the sector grouping carries the total's
  K; other rows carry none (null).
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, extract, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.accidents import service
from osh.accidents.models import Accident, AccidentVictim
from osh.accidents.schemas import AccidentStats, Rate, StatsFigures, StatsRow
from osh.areas.models import AdminUnit, IndustrialZone
from osh.auth.principal import Principal
from osh.enterprises import service as enterprises
from osh.enterprises.models import Enterprise
from osh.reference import service as reference

Key = tuple[Any, ...]


@dataclass
class Figures:
    """Sums over a set of accidents; added field by field when sets do not overlap."""

    accidents: int = 0
    fatal_accidents: int = 0
    multi_victim_accidents: int = 0
    property_damage_vnd: int = 0
    victims: int = 0
    victims_not_managed: int = 0
    female_victims: int = 0
    female_victims_not_managed: int = 0
    deaths: int = 0
    deaths_not_managed: int = 0
    serious_injuries: int = 0
    serious_injuries_not_managed: int = 0
    days_off: int = 0
    medical_cost_vnd: int = 0
    wages_during_treatment_vnd: int = 0
    compensation_vnd: int = 0

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @property
    def cost_vnd(self) -> int:
        """Money spent on the victims: medical care, wages during treatment, compensation."""
        return self.medical_cost_vnd + self.wages_during_treatment_vnd + self.compensation_vnd


FIGURE_NAMES = tuple(f.name for f in fields(Figures))
ACCIDENT_FIGURES = FIGURE_NAMES[:4]
VICTIM_FIGURES = FIGURE_NAMES[4:]


@dataclass(frozen=True)
class Workforce:
    """What K is computed from: contract-sector victims and deaths, and the workers of the same enterprises."""

    victims: int = 0
    deaths: int = 0
    workers: int = 0

    def rates(self) -> tuple[Rate, Rate]:
        return rate(self.victims, self.workers), rate(self.deaths, self.workers)


def rate(numerator: int, workers: int) -> Rate:
    """Per 1,000 workers, rounded half up to 2 decimals from the exact quotient."""
    value = None
    if workers:
        value = float((Decimal(numerator * 1000) / Decimal(workers)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return Rate(value=value, numerator=numerator, denominator=workers)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _total(column: Any) -> ColumnElement[int]:
    return func.coalesce(func.sum(column), 0)


def accidents_in(principal: Principal, date_from: date, date_to: date, kind: str = "accident") -> Select[Any]:
    """The accidents statistics count: visible to the caller, of the kind, with their local date in the period."""
    return service.visible(principal).where(
        Accident.kind == kind, Accident.occurred_on >= date_from, Accident.occurred_on <= date_to
    )


async def figures_by(
    session: AsyncSession, accidents: Select[Any], keys: Sequence[Any] = (), victim_key: Any = None
) -> dict[Key, Figures]:
    """The figures of `accidents` grouped by columns of the accident and, when given, one column of the
    victim (an accident then counts in each group of its victims). Keys are tuples in that order; without
    keys the one entry, key (), is the whole set."""
    victim = AccidentVictim
    managed_elsewhere = victim.not_under_management.is_(True)
    female = victim.sex == "female"
    fatal = victim.severity == "fatal"
    serious = victim.severity == "serious"
    per_victim = [victim.accident_id] + ([victim_key.label("victim_key")] if victim_key is not None else [])
    victims = (
        select(
            *per_victim,
            func.count(victim.id).label("victims"),
            _count_if(managed_elsewhere).label("victims_not_managed"),
            _count_if(female).label("female_victims"),
            _count_if(and_(female, managed_elsewhere)).label("female_victims_not_managed"),
            _count_if(fatal).label("deaths"),
            _count_if(and_(fatal, managed_elsewhere)).label("deaths_not_managed"),
            _count_if(serious).label("serious_injuries"),
            _count_if(and_(serious, managed_elsewhere)).label("serious_injuries_not_managed"),
            _total(victim.days_off).label("days_off"),
            _total(victim.medical_cost_vnd).label("medical_cost_vnd"),
            _total(victim.wages_during_treatment_vnd).label("wages_during_treatment_vnd"),
            _total(victim.compensation_vnd).label("compensation_vnd"),
        )
        .where(victim.accident_id.in_(accidents.with_only_columns(Accident.id)))
        .group_by(victim.accident_id, *([victim_key] if victim_key is not None else []))
        .subquery()
    )
    group = [*keys, *([victims.c.victim_key] if victim_key is not None else [])]
    stmt = (
        accidents.with_only_columns(
            *group,
            func.count(Accident.id),
            _count_if(Accident.deaths > 0),
            _count_if(Accident.victims_count >= 2),
            _total(Accident.property_damage_vnd),
            *(_total(victims.c[name]) for name in VICTIM_FIGURES),
        )
        .select_from(Accident)
        .join(victims, victims.c.accident_id == Accident.id, isouter=victim_key is None)
        .order_by(None)
    )
    if group:
        stmt = stmt.group_by(*group)
    width = len(group)
    result: dict[Key, Figures] = {}
    for row in await session.execute(stmt):
        result[tuple(row[:width])] = Figures(*(int(value) for value in row[width:]))
    return result


async def workforce_by(
    session: AsyncSession, principal: Principal, accidents: Select[Any], enterprise_key: Any = None
) -> dict[Key, Workforce]:
    """K's numerators and denominators, for the whole scope or by a column of the enterprise (commune of the
    head office, zone, section). Both sides come from one set of enterprises: active, not deleted, in scope."""
    key = [enterprise_key.label("key")] if enterprise_key is not None else []
    population = (
        enterprises.visible(principal)
        .where(Enterprise.status == "active")
        .with_only_columns(Enterprise.id, Enterprise.employees_total, *key)
        .subquery()
    )
    group = [population.c.key] if enterprise_key is not None else []
    workers_stmt = select(*group, _total(population.c.employees_total))
    victims_stmt = (
        accidents.where(Accident.sector == "contract")
        .with_only_columns(
            *group,
            func.count(AccidentVictim.id),
            _count_if(AccidentVictim.severity == "fatal"),
        )
        .select_from(Accident)
        .join(population, population.c.id == Accident.enterprise_id)
        .join(
            AccidentVictim,
            and_(AccidentVictim.accident_id == Accident.id, AccidentVictim.not_under_management.is_(False)),
        )
        .order_by(None)
    )
    if group:
        workers_stmt = workers_stmt.group_by(*group)
        victims_stmt = victims_stmt.group_by(*group)
    width = len(group)
    workers = {tuple(row[:width]): int(row[width]) for row in await session.execute(workers_stmt)}
    counted = {
        tuple(row[:width]): (int(row[width]), int(row[width + 1])) for row in await session.execute(victims_stmt)
    }
    result: dict[Key, Workforce] = {}
    for group_key, (victims, deaths) in counted.items():
        result[group_key] = Workforce(victims, deaths, workers.get(group_key, 0))
    for group_key, count in workers.items():
        result.setdefault(group_key, Workforce(workers=count))
    return result


# group -> (columns of the accident, column of the victim, column of the enterprise for K)
GROUPS: dict[str, tuple[tuple[Any, ...], Any, Any]] = {
    "commune": ((Accident.admin_unit_code,), None, Enterprise.admin_unit_code),
    "zone": ((Accident.zone_code,), None, Enterprise.zone_code),
    "industry_section": ((Accident.vsic_section,), None, Enterprise.vsic_section),
    "cause": ((Accident.cause_code,), None, None),
    "injury_factor": ((Accident.injury_factor_code,), None, None),
    "occupation": ((), AccidentVictim.occupation_code, None),
    # Extracted from the stored local date, the same on SQLite and PostgreSQL.
    "month": ((extract("year", Accident.occurred_on), extract("month", Accident.occurred_on)), None, None),
    "severity": ((Accident.severity,), None, None),
    "sector": ((Accident.sector,), None, None),
}
REFERENCE_LISTS = {
    "industry_section": "vsic_sections",
    "cause": "accident_causes",
    "injury_factor": "injury_factors",
    "occupation": "occupations_vsco",
    "severity": "accident_severity",
}
SECTOR_LABELS = {
    "contract": ("Khu vực có quan hệ lao động", "Workers with a labour contract"),
    "non_contract": ("Người lao động không theo hợp đồng lao động", "Workers without a labour contract"),
}
SECTOR_ORDER = ("contract", "non_contract")
# The label of the group of accidents without a value.
NONE_LABELS = {
    "zone": ("Ngoài khu, cụm công nghiệp", "Outside industrial zones"),
    "industry_section": ("Không thuộc doanh nghiệp", "Not an enterprise's"),
    "severity": ("Không có người bị nạn", "No victims"),
}
NOT_RECORDED = ("Chưa xác định", "Not recorded")


def pick(labels: tuple[str, str], lang: str) -> str:
    return labels[1] if lang == "en" else labels[0]


def _key_text(group: str, key: Key) -> str | None:
    if group == "month":
        year, month = key
        return None if year is None else f"{int(year):04d}-{int(month):02d}"
    value = key[0]
    return None if value is None else str(value)


async def area_names(session: AsyncSession, group: str, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    model: Any = AdminUnit if group == "commune" else IndustrialZone
    rows = await session.execute(select(model.code, model.name).where(model.code.in_(codes)))
    return {row.code: row.name for row in rows}


async def labels(session: AsyncSession, group: str, keys: set[str | None], lang: str) -> dict[str | None, str]:
    codes = {key for key in keys if key is not None}
    found: dict[str | None, str] = {}
    if group in ("commune", "zone"):
        found.update(await area_names(session, group, codes))
    elif group in REFERENCE_LISTS:
        found.update({code: reference.label(REFERENCE_LISTS[group], code, lang) for code in codes})
    elif group == "sector":
        found.update({code: pick(SECTOR_LABELS[code], lang) for code in codes if code in SECTOR_LABELS})
    found[None] = pick(NONE_LABELS.get(group, NOT_RECORDED), lang)
    return {key: found.get(key, str(key)) for key in keys}


@cache
def list_order(list_name: str) -> dict[str, int]:
    return {str(item["code"]): index for index, item in enumerate(reference.load(list_name)["items"])}


def row_order(group: str, key: str | None) -> tuple[int, int, str]:
    """The reference list's own order for coded groups, sectors as listed, communes, zones and months by
    code; the group without a value last."""
    if key is None:
        return 2, 0, ""
    if group in REFERENCE_LISTS:
        position = list_order(REFERENCE_LISTS[group]).get(key)
        return (0, position, key) if position is not None else (1, 0, key)
    if group == "sector":
        return 0, SECTOR_ORDER.index(key) if key in SECTOR_ORDER else len(SECTOR_ORDER), key
    return 0, 0, key


def stats_figures(figures: Figures, workforce: Workforce | None) -> dict[str, Any]:
    k, k_fatal = workforce.rates() if workforce is not None else (None, None)
    return {
        **{name: getattr(figures, name) for name in StatsFigures.model_fields if hasattr(figures, name)},
        "total_cost_vnd": figures.cost_vnd + figures.property_damage_vnd,
        "k": k,
        "k_fatal": k_fatal,
    }


async def accident_stats(
    session: AsyncSession,
    principal: Principal,
    date_from: date,
    date_to: date,
    group_by: str,
    lang: str,
    kind: str = "accident",
) -> AccidentStats:
    accidents = accidents_in(principal, date_from, date_to, kind)
    keys, victim_key, enterprise_key = GROUPS[group_by]
    grouped = {
        _key_text(group_by, key): figures
        for key, figures in (await figures_by(session, accidents, keys, victim_key)).items()
    }
    total = (await figures_by(session, accidents)).get((), Figures())
    total_workforce = (await workforce_by(session, principal, accidents)).get((), Workforce())

    # K per row: from the enterprises of the row's commune, zone or section; the contract row of the sector
    # grouping is the total's; no other row has one.
    workforce: dict[str | None, Workforce | None] = {}
    if enterprise_key is not None:
        by_enterprise = await workforce_by(session, principal, accidents, enterprise_key)
        workforce = {key[0]: value for key, value in by_enterprise.items()}
        # A group whose enterprises had victims elsewhere has a row too, for its K.
        for key, value in by_enterprise.items():
            if value.victims and key[0] not in grouped:
                grouped[key[0]] = Figures()
        for code in grouped:
            workforce.setdefault(code, Workforce())
    elif group_by == "sector":
        workforce = {"contract": total_workforce}

    names = await labels(session, group_by, set(grouped), lang)
    rows = [
        StatsRow.model_validate({"key": key, "label": names[key], **stats_figures(figures, workforce.get(key))})
        for key, figures in sorted(grouped.items(), key=lambda item: row_order(group_by, item[0]))
    ]
    return AccidentStats.model_validate(
        {
            "date_from": date_from,
            "date_to": date_to,
            "group_by": group_by,
            "kind": kind,
            "rows": rows,
            "total": stats_figures(total, total_workforce),
        }
    )
