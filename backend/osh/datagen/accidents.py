"""Generated accidents and victims for the last five years, distributed like the national yearly figures.

Each record is built as the API builds it: Accident and AccidentVictim objects whose derived columns (severity,
counts, deadlines, local date, search text) come from osh.accidents.service.derive(), codes from the per-year
counter that later API creates continue."""

import bisect
import random
import time
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from osh.accidents import rules, service
from osh.accidents.models import Accident, AccidentVictim
from osh.auth.permissions import Role
from osh.core.counters import Counter
from osh.datagen import words
from osh.enterprises.models import Enterprise

# National figures (the ministry's yearly notices, ../shared/reference/NOTES.md §1.9): accidents a year, and
# in 2024 8,286 accidents, 8,472 victims, 675 fatal accidents, 727 deaths, 1,690 seriously injured.
NATIONAL_ACCIDENTS = {2022: 7_718, 2023: 7_394, 2024: 8_286}
NATIONAL_DEFAULT = 8_000  # years with no published figure here (2025, 2026)
FATAL_ACCIDENT_SHARE = 675 / 8_286  # 8.1 % of accidents kill someone
# Victims per accident: 1.16 in fatal accidents (collapses, explosions), 1.01 in the others, 1.02 overall; each
# victim after the first of a fatal accident dies with probability 1/2, which gives 1.08 deaths per fatal
# accident (2024: 727 / 675).
VICTIMS_FATAL = ((1, 900), (2, 60), (3, 25), (4, 10), (5, 5))
VICTIMS_OTHER = ((1, 990), (2, 8), (3, 2))
FATAL_COMPANION = 0.5
# The notices split by sector only the fatal accidents (2022: 568 of 720, 2023: 503 of 662 in the sector with
# labour relations, ~77 %) and the seriously injured (2022: 1,466 of 1,647, 89 %). The split of all accidents
# was not found: we assume it follows the fatal accidents' split (77 / 23), and give the non-contract sector's
# victims a lower chance of serious injury so that 89 % of the seriously injured are in the contract sector and
# 20 % of all victims are seriously injured (2024: 1,690 / 8,472).
CONTRACT_SHARE = 0.77
SERIOUS_CHANCE = {"contract": 0.245, "non_contract": 0.105}
# Serious technical incidents, on top of the accidents, in enterprises of the sections that run such plant.
INCIDENT_SHARE = 0.01
INCIDENT_SECTIONS = frozenset("BCDF")
YEARS = 5
# A few investigations are never concluded and stay open past their deadline.
STUCK_SHARE = 0.02
LATE_SHARE = 0.13  # investigations concluded after their deadline
LATE_NOTIFICATION_SHARE = 0.08  # immediate notifications received more than a day late
EXTENSION_SHARE = 0.06  # serious or fatal accidents whose investigation was extended once
DAILY_WAGE_VND = (250_000, 450_000)
MONTHLY_WAGE_VND = (6_000_000, 9_500_000)

USER_DOMAIN = "bench.osh.vn"


def login_email(role: Role) -> str:
    """The generated login of a role, e.g. province.officer@bench.osh.vn."""
    return f"{role.value.replace('_', '.')}@{USER_DOMAIN}"


# Who the generated records say reported and investigated them (the generated logins).
REPORTER = {"contract": login_email(Role.enterprise_user), "non_contract": login_email(Role.commune_officer)}
INVESTIGATOR = login_email(Role.province_officer)
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 5, 9, 10, 10, 10, 8, 4, 8, 10, 10, 9, 6, 4, 3, 2, 2, 1, 1)

T = TypeVar("T")
ACCIDENT_COLUMNS = tuple(c.name for c in Accident.__table__.columns)
VICTIM_COLUMNS = tuple(c.name for c in AccidentVictim.__table__.columns if c.name != "id")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    province: str


@dataclass(frozen=True)
class Employer:
    id: int
    name: str
    commune: str
    zone: str | None
    section: str
    female_share: float


@dataclass
class Plan:
    """What is drawn first for every accident of a year, before the enterprises' details are read."""

    occurred_at: datetime
    kind: str
    sector: str
    enterprise_id: int | None
    commune: str | None  # where it happened, for the non-contract sector


@dataclass
class Totals:
    accidents: int = 0
    incidents: int = 0
    victims: int = 0
    by_year: dict[int, int] = field(default_factory=dict)


def cumulative(weights: Sequence[float]) -> list[float]:
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


class Weighted:
    """Draws keys by weight."""

    def __init__(self, weights: Mapping[str, float] | Sequence[tuple[Any, float]]) -> None:
        pairs = list(weights.items()) if isinstance(weights, Mapping) else list(weights)
        self.keys = [k for k, _ in pairs]
        self.cum = cumulative([w for _, w in pairs])

    def __call__(self, rng: random.Random) -> Any:
        return self.keys[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


def yearly_counts(per_year: int, today: date) -> dict[int, int]:
    """Accidents to draw for each of the last five years (the current one whole: those after today are dropped)."""
    years = range(today.year - YEARS + 1, today.year + 1)
    return {y: round(per_year * NATIONAL_ACCIDENTS.get(y, NATIONAL_DEFAULT) / NATIONAL_DEFAULT) for y in years}


def by_factor(table: Mapping[str, tuple[T, ...]], factor: str) -> tuple[T, ...]:
    """A factor's entry, else its parent's (6.3 -> 6), else the entry for any factor."""
    return table.get(factor) or table.get(factor.split(".")[0]) or table["*"]


def local_moment(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=rules.LOCAL_TZ).astimezone(UTC)


class AccidentGenerator:
    def __init__(
        self,
        seed: int,
        places: list[Place],
        employers: "Employers",
        now: datetime,
    ) -> None:
        self.seed = seed
        self.places = places
        self.by_code = {p.code: p for p in places}
        self.by_province: dict[str, list[Place]] = {}
        for p in places:
            self.by_province.setdefault(p.province, []).append(p)
        rng = random.Random(f"{seed}:accident-communes")
        weights = [
            (1.4 if p.name.startswith("Xã") else 0.5 if p.name.startswith("Đặc khu") else 1.0)
            * rng.lognormvariate(0, 0.5)
            for p in places
        ]
        self.place_cum = cumulative(weights)
        self.employers = employers
        self.now = now
        self.surnames = Weighted(words.SURNAMES)
        self.factors = {s: Weighted(w) for s, w in words.FACTORS_BY_SECTION.items()}
        self.factors_fatal = {
            s: Weighted({k: v * words.LETHALITY[k] for k, v in w.items()}) for s, w in words.FACTORS_BY_SECTION.items()
        }
        self.factors_serious = {
            s: Weighted({k: v * words.LETHALITY[k] ** 0.5 for k, v in w.items()})
            for s, w in words.FACTORS_BY_SECTION.items()
        }
        nc = words.FACTORS_NON_CONTRACT
        self.nc_factors = {
            "minor": Weighted(nc),
            "serious": Weighted({k: v * words.LETHALITY[k] ** 0.5 for k, v in nc.items()}),
            "fatal": Weighted({k: v * words.LETHALITY[k] for k, v in nc.items()}),
        }
        self.causes = Weighted(words.CAUSES)
        self.causes_traffic = Weighted(words.CAUSES_TRAFFIC)
        self.occupations = {s: Weighted(w) for s, w in words.OCCUPATIONS_BY_SECTION.items()}
        self.nc_occupations = Weighted(words.OCCUPATIONS_NON_CONTRACT)
        self.victims_fatal = Weighted(VICTIMS_FATAL)
        self.victims_other = Weighted(VICTIMS_OTHER)
        self.hours = Weighted([(h, w) for h, w in enumerate(HOUR_WEIGHTS)])

    # -- first pass: when, which sector, which enterprise or commune ---------------------------------------
    def plans(self, year: int, count: int) -> list[Plan]:
        rng = random.Random(f"{self.seed}:accidents:{year}")
        days = (date(year + 1, 1, 1) - date(year, 1, 1)).days
        incidents = round(count * INCIDENT_SHARE)
        out = []
        for n in range(count + incidents):
            while True:
                day = date(year, 1, 1) + timedelta(days=rng.randrange(days))
                if day.weekday() != 6 or rng.random() < 0.5:  # fewer on Sundays
                    break
            occurred_at = local_moment(day, self.hours(rng), rng.randrange(60))
            kind = "accident" if n < count else "technical_incident"
            if kind == "technical_incident" or rng.random() < CONTRACT_SHARE:
                index = self.employers.pick(rng)
                if kind == "technical_incident":  # plant that can fail badly: mines, factories, power, building sites
                    for _ in range(50):
                        if chr(self.employers.sections[index]) in INCIDENT_SECTIONS:
                            break
                        index = self.employers.pick(rng)
                plan = Plan(occurred_at, kind, "contract", self.employers.ids[index], None)
            else:
                commune = self.places[bisect.bisect_right(self.place_cum, rng.random() * self.place_cum[-1])]
                plan = Plan(occurred_at, kind, "non_contract", None, commune.code)
            if occurred_at < self.now:
                out.append(plan)
        return out

    # -- second pass: the whole record --------------------------------------------------------------------
    def accident(self, rng: random.Random, plan: Plan, employer: Employer | None) -> Accident:
        sector = plan.sector
        section = employer.section if employer else ""
        table = section if section in words.FACTORS_BY_SECTION else "*"
        if plan.kind == "technical_incident":
            factor, what = rng.choice(words.INCIDENTS)
            severities: list[str] = []
            severity = None
        else:
            fatal = rng.random() < FATAL_ACCIDENT_SHARE
            count = (self.victims_fatal if fatal else self.victims_other)(rng)
            severities = []
            for k in range(count):
                if fatal and (k == 0 or rng.random() < FATAL_COMPANION):
                    severities.append("fatal")
                else:
                    severities.append("serious" if rng.random() < SERIOUS_CHANCE[sector] else "minor")
            severity = rules.worst_severity(severities)
            assert severity is not None
            if employer is None:
                factor = self.nc_factors[severity](rng)
            else:
                pick = {"fatal": self.factors_fatal, "serious": self.factors_serious}.get(severity, self.factors)
                factor = pick[table](rng)
            what = ""
        commune = self.where(rng, plan, employer)
        victims = [self.victim(rng, s, factor, employer, commune, plan.occurred_at) for s in severities]
        if employer is None:
            place = rng.choice(by_factor(words.PLACES_NON_CONTRACT, factor))
        elif factor.startswith("14"):
            place = rng.choice(words.PLACES_BY_SECTION["H"][:2])
        else:
            place = rng.choice(words.PLACES_BY_SECTION.get(section, words.PLACES_BY_SECTION["*"]))
        place = place.format(n=rng.randint(1, 40), street=rng.choice(words.STREETS)) + f", {commune.name}"
        local = plan.occurred_at.astimezone(rules.LOCAL_TZ)
        if plan.kind == "technical_incident":
            description = f"Khoảng {local.hour:02d} giờ {local.minute:02d}: {what[0].lower()}{what[1:]}."
            description += " Không có người bị thương."
        else:
            description = self.description(rng, factor, local, victims)
        cause = (self.causes_traffic if factor.startswith("14") else self.causes)(rng)

        deaths = sum(1 for v in victims if v.severity == "fatal")
        serious = sum(1 for v in victims if v.severity == "serious")
        immediate = rules.needs_immediate_notification(deaths, serious)
        if plan.kind == "technical_incident":
            delay_h = rng.uniform(0.5, 12)
        elif immediate:
            late = rng.random() < LATE_NOTIFICATION_SHARE
            delay_h = rng.uniform(26, 96) if late else rng.uniform(0.3, 8)
        else:
            delay_h = min(240.0, rng.lognormvariate(3.0, 1.0))
        notified_at = max(plan.occurred_at, min(plan.occurred_at + timedelta(hours=delay_h), self.now))
        if employer is None:
            channel = rng.choice(("in_person", "in_person", "phone", "phone", "other"))
        else:
            channel = rng.choice(("phone", "phone", "online", "online", "in_person", "email", "fax"))
        needs_examination = (severity == "fatal" and rng.random() < 0.12) or (
            severity == "serious" and rng.random() < 0.03
        )
        # A serious technical incident is beyond the establishment's means by definition (Law on OSH Art. 3(7)).
        level = "province" if plan.kind == "technical_incident" else rules.proposed_investigation_level(deaths, serious)
        limit = rules.investigation_limit(severity, serious, needs_examination)
        extension_days = extension_reason = None
        if limit is not None and rules.extension_allowed(severity) and rng.random() < EXTENSION_SHARE:
            extension_days = max(1, min(limit, round(limit * rng.uniform(0.3, 1.0))))
            extension_reason = rng.choice(words.EXTENSION_REASONS)

        values: dict[str, Any] = dict(
            kind=plan.kind,
            sector=sector,
            enterprise_id=employer.id if employer else None,
            zone_code=employer.zone if employer else None,
            vsic_section=employer.section if employer else None,
            admin_unit_code=commune.code,
            occurred_at=plan.occurred_at,
            place=place[:500],
            cause_code=cause,
            injury_factor_code=factor,
            description=description,
            notified_at=notified_at,
            notification_channel=channel,
            needs_examination=needs_examination,
            investigation_level=level,
            investigation_team=None,
            investigation_record_date=None,
            extension_days=extension_days,
            extension_reason=extension_reason,
            property_damage_vnd=self.property_damage(rng, plan.kind),
            reported_by=REPORTER[sector],
            deleted_at=None,
            created_at=notified_at,
            version=1,
        )
        values.update(self.progress(rng, notified_at, limit, extension_days, level, employer, commune))
        accident = Accident(**values)
        accident.victims = victims
        return accident

    def where(self, rng: random.Random, plan: Plan, employer: Employer | None) -> Place:
        if employer is None:
            assert plan.commune is not None
            return self.by_code[plan.commune]
        home = self.by_code[employer.commune]
        if employer.section == "F" and rng.random() < 0.5:  # building sites across the province
            return rng.choice(self.by_province[home.province])
        return home

    def victim(
        self,
        rng: random.Random,
        severity: str,
        factor: str,
        employer: Employer | None,
        commune: Place,
        occurred_at: datetime,
    ) -> AccidentVictim:
        female_chance = 0.7 * employer.female_share if employer else 0.2
        sex = "female" if rng.random() < female_chance else "male"
        age = int(rng.triangular(18, 62, 34))
        birth_year = occurred_at.astimezone(rules.LOCAL_TZ).year - age
        if employer is None:
            occupation = self.nc_occupations(rng)
            contract = "no_contract"
        else:
            occupation = self.occupations.get(employer.section, self.occupations["*"])(rng)
            contract = rng.choices(
                ("indefinite_term", "fixed_term", "probation", "apprentice", "no_contract"), (45, 40, 5, 3, 7)
            )[0]
        citizen_id = None
        if rng.random() < 0.6:
            century = (0 if birth_year < 2000 else 2) + (1 if sex == "female" else 0)
            province = commune.province.zfill(3)  # the first digits of a citizen id: the province of birth
            citizen_id = f"{province}{century}{birth_year % 100:02d}{rng.randrange(10**6):06d}"
        daily = rng.randint(*DAILY_WAGE_VND) // 1000 * 1000
        monthly = rng.randint(*MONTHLY_WAGE_VND) // 100_000 * 100_000
        capacity_loss = None
        if severity == "fatal":
            days_off = 0
            medical = rng.randint(2, 60) * 1_000_000
            compensation = 30 * monthly  # at least 30 months' wages for a death (Law on OSH Art. 38)
        elif severity == "serious":
            days_off = min(365, int(rng.lognormvariate(4.0, 0.6)))
            medical = rng.randint(10, 200) * 1_000_000
            if rng.random() < 0.75:
                capacity_loss = rng.randint(11, 60)
            compensation = round((1.5 + 0.4 * ((capacity_loss or 10) - 10)) * monthly) if capacity_loss else 0
        else:
            days_off = max(1, min(60, int(rng.lognormvariate(2.2, 0.6))))
            medical = rng.randint(5, 100) * 100_000
            if rng.random() < 0.15:
                capacity_loss = rng.randint(1, 10)
            compensation = round(1.5 * monthly) if capacity_loss and capacity_loss >= 5 else 0
        return AccidentVictim(
            full_name=self.person(rng, sex),
            sex=sex,
            birth_year=birth_year,
            occupation_code=occupation,
            citizen_id=citizen_id,
            contract_status=contract,
            not_under_management=employer is not None and rng.random() < 0.04,
            severity=severity,
            injury_description=rng.choice(by_factor(words.INJURIES[severity], factor)),
            days_off=days_off,
            medical_cost_vnd=medical,
            wages_during_treatment_vnd=days_off * daily,
            compensation_vnd=compensation,
            capacity_loss_pct=capacity_loss,
        )

    def person(self, rng: random.Random, sex: str) -> str:
        if sex == "male":
            return f"{self.surnames(rng)} {rng.choice(words.MIDDLE_MALE)} {rng.choice(words.GIVEN_MALE)}"
        return f"{self.surnames(rng)} {rng.choice(words.MIDDLE_FEMALE)} {rng.choice(words.GIVEN_FEMALE)}"

    @staticmethod
    def description(rng: random.Random, factor: str, local: datetime, victims: list[AccidentVictim]) -> str:
        tasks = by_factor(words.TASKS, factor)
        task, what = rng.choice(tasks)
        first = victims[0]
        young = local.year - (first.birth_year or local.year) < 40
        title = ("anh" if young else "ông") if first.sex == "male" else ("chị" if young else "bà")
        who = f"{title} {first.full_name}" if len(victims) == 1 else f"{len(victims)} người lao động"
        text = f"Khoảng {local.hour:02d} giờ {local.minute:02d}, trong khi {task}, {who} {what}.".format(
            n=rng.randint(3, 15)
        )
        deaths = sum(1 for v in victims if v.severity == "fatal")
        if len(victims) > 1:
            hurt = len(victims) - deaths
            toll = f"{deaths} người tử vong, {hurt} người bị thương" if deaths else f"{hurt} người bị thương"
            return text + f" Vụ tai nạn làm {toll}."
        if deaths:
            return text + " Người bị nạn được đưa đi cấp cứu nhưng không qua khỏi."
        return text + " Người bị nạn được sơ cứu tại chỗ và đưa đến bệnh viện điều trị."

    @staticmethod
    def property_damage(rng: random.Random, kind: str) -> int:
        if kind == "technical_incident":
            return rng.randint(50, 5000) * 1_000_000
        return rng.randint(5, 500) * 1_000_000 if rng.random() < 0.1 else 0

    def progress(
        self,
        rng: random.Random,
        notified_at: datetime,
        limit: int | None,
        extension_days: int | None,
        level: str,
        employer: Employer | None,
        commune: Place,
    ) -> dict[str, Any]:
        """The investigation's steps, each kept only if it happened before now."""
        started = notified_at + timedelta(days=rng.uniform(0.05, 2))
        allowed = (limit or rng.randint(5, 45)) + (extension_days or 0)
        roll = rng.random()
        concluded: datetime | None
        if roll < STUCK_SHARE:
            concluded = None
        elif roll < STUCK_SHARE + LATE_SHARE:
            concluded = notified_at + timedelta(days=allowed * rng.uniform(1.02, 1.8))
        else:
            concluded = notified_at + timedelta(days=allowed * rng.uniform(0.3, 1.0))
        closed = concluded + timedelta(days=rng.uniform(3, 40)) if concluded and rng.random() > 0.03 else None
        steps: dict[str, Any] = {"status": "notified", "updated_at": notified_at}
        if started < self.now:
            steps.update(status="investigating", investigating_at=started, investigating_by=INVESTIGATOR)
            steps["updated_at"] = started
        if concluded is not None and concluded < self.now:
            concluded = max(concluded, started + timedelta(hours=1))
            if level == "province":
                team = "Đoàn điều tra tai nạn lao động cấp tỉnh (Sở Nội vụ, Công an tỉnh, Liên đoàn Lao động tỉnh)"
            elif employer is not None:
                team = f"Đoàn điều tra tai nạn lao động cấp cơ sở của {employer.name}"
            else:
                team = f"Ủy ban nhân dân {commune.name} phối hợp với Công an {commune.name}"
            steps.update(
                status="concluded",
                concluded_at=concluded,
                concluded_by=INVESTIGATOR,
                investigation_team=team[:1000],
                investigation_record_date=rules.local_date(concluded),
                updated_at=concluded,
            )
            if closed is not None and closed < self.now:
                steps.update(status="closed", closed_at=closed, closed_by=INVESTIGATOR, updated_at=closed)
        return steps


# -- loading ---------------------------------------------------------------------------------------------------


@dataclass
class Employers:
    """Active enterprises with workers, each weighted by its headcount and its industry's risk: compact arrays,
    a million enterprises take 17 MB."""

    ids: "array[int]" = field(default_factory=lambda: array("q"))
    cum: "array[float]" = field(default_factory=lambda: array("d"))
    sections: bytearray = field(default_factory=bytearray)

    def pick(self, rng: random.Random) -> int:
        return bisect.bisect_right(self.cum, rng.random() * self.cum[-1])


def employer_weights(conn: Connection) -> Employers:
    out = Employers()
    total = 0.0
    stmt = (
        select(Enterprise.id, Enterprise.employees_total, Enterprise.vsic_section, Enterprise.high_risk)
        .where(Enterprise.deleted_at.is_(None), Enterprise.status == "active", Enterprise.employees_total > 0)
        .order_by(Enterprise.id)
    )
    for eid, employees, section, high_risk in conn.execution_options(yield_per=50_000).execute(stmt):
        total += employees * words.SECTION_RISK.get(section, 0.5) * (1.5 if high_risk else 1.0)
        out.ids.append(eid)
        out.cum.append(total)
        out.sections.append(ord(section[:1] or "?"))
    return out


def employers(conn: Connection, ids: set[int]) -> dict[int, Employer]:
    out: dict[int, Employer] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 5000):
        chunk = ordered[start : start + 5000]
        rows = conn.execute(
            select(
                Enterprise.id,
                Enterprise.name,
                Enterprise.admin_unit_code,
                Enterprise.zone_code,
                Enterprise.vsic_section,
                Enterprise.employees_total,
                Enterprise.employees_female,
            ).where(Enterprise.id.in_(chunk))
        )
        for eid, name, commune, zone, section, total, female in rows:
            out[eid] = Employer(eid, name, commune, zone, section, female / total if total else 0.0)
    return out


def write_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    copy: Callable[[Connection, str, Sequence[str], Iterator[tuple[Any, ...]]], None] | None,
) -> None:
    if not rows:
        return
    if copy is not None:
        copy(conn, table, columns, iter(rows))
        return
    target = Accident if table == "accidents" else AccidentVictim
    for start in range(0, len(rows), 2000):
        conn.execute(insert(target), [dict(zip(columns, r, strict=True)) for r in rows[start : start + 2000]])


def code_prefix(kind: str) -> str:
    return "TNLD" if kind == "accident" else "SCKT"


def counter_name(prefix: str, year: int) -> str:
    """The counter osh.accidents.service numbers a series with: accidents and incidents apart, each year anew."""
    return f"accident:{prefix}:{year}"


def set_counters(conn: Connection, last: dict[str, int]) -> None:
    """Each series' counter at the last number used, so that the API's next code follows."""
    dialect = conn.dialect.name
    make_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    for name, value in sorted(last.items()):
        stmt = make_insert(Counter).values(name=name, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=["name"], set_={"value": value}))


def generate_accidents(
    engine: Engine,
    seed: int,
    places: list[Place],
    per_year: int,
    today: date,
    copy: Callable[[Connection, str, Sequence[str], Iterator[tuple[Any, ...]]], None] | None,
    out: Callable[[str], None],
) -> Totals:
    """Add about `per_year` accidents a year for the five years to `today` (excluded); nothing when the database
    already has accidents."""
    totals = Totals()
    with engine.connect() as conn:
        existing = int(conn.scalar(select(func.count()).select_from(Accident)) or 0)
        if existing:
            out(f"accidents: the database already has {existing:,}; none added")
            return totals
        if per_year <= 0:
            return totals
        started = time.perf_counter()
        weights = employer_weights(conn)
        if not weights.ids:
            out("accidents: no active enterprise with workers; none added")
            return totals
        counters = {
            str(name): int(value)
            for name, value in conn.execute(select(Counter.name, Counter.value).where(Counter.name.like("accident:%")))
        }
    now = local_moment(today, 0, 0)
    gen = AccidentGenerator(seed, places, weights, now)
    counts = yearly_counts(per_year, today)
    plans = {year: gen.plans(year, n) for year, n in counts.items()}
    wanted = {p.enterprise_id for ps in plans.values() for p in ps if p.enterprise_id is not None}
    with engine.connect() as conn:
        known = employers(conn, wanted)
    seconds = time.perf_counter() - started
    out(f"accidents: {len(weights.ids):,} employers weighted, {len(known):,} picked in {seconds:.1f} s")

    next_id = 1
    last: dict[str, int] = {}
    for year, year_plans in plans.items():
        rng = random.Random(f"{seed}:accident-details:{year}")
        built = [(gen.accident(rng, p, known.get(p.enterprise_id or 0)), p) for p in year_plans]
        built.sort(key=lambda pair: (pair[0].notified_at, pair[0].occurred_at))
        accident_rows: list[tuple[Any, ...]] = []
        victim_rows: list[tuple[Any, ...]] = []
        for accident, plan in built:
            prefix = code_prefix(plan.kind)
            name = counter_name(prefix, year)
            last[name] = last.get(name, counters.get(name, 0)) + 1
            accident.id = next_id
            next_id += 1
            accident.code = f"{prefix}-{year}-{last[name]:05d}"
            employer = known.get(plan.enterprise_id or 0)
            service.derive(accident, employer.name if employer else None)
            accident_rows.append(tuple(getattr(accident, c) for c in ACCIDENT_COLUMNS))
            for victim in accident.victims:
                victim.accident_id = accident.id
                victim_rows.append(tuple(getattr(victim, c) for c in VICTIM_COLUMNS))
            if plan.kind == "accident":
                totals.accidents += 1
            else:
                totals.incidents += 1
        totals.victims += len(victim_rows)
        totals.by_year[year] = len(built)
        with engine.begin() as conn:
            write_rows(conn, "accidents", ACCIDENT_COLUMNS, accident_rows, copy)
            write_rows(conn, "accident_victims", VICTIM_COLUMNS, victim_rows, copy)
        out(f"  accidents {year}: {len(built):,} ({len(victim_rows):,} victims)")
    with engine.begin() as conn:
        set_counters(conn, last)
        if conn.dialect.name == "postgresql" and next_id > 1:  # the ids were given: move the sequence past them
            conn.execute(text("SELECT setval(pg_get_serial_sequence('accidents', 'id'), :n)"), {"n": next_id - 1})
    out(
        f"accidents: {totals.accidents:,} accidents, {totals.incidents:,} technical incidents, "
        f"{totals.victims:,} victims in {time.perf_counter() - started:.1f} s"
    )
    return totals
