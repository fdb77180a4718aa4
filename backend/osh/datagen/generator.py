"""Generate realistic enterprises and industrial zones into a migrated database (COPY on PostgreSQL)."""

import bisect
import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, create_engine, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from osh.accidents import rules
from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit.models import AuditEvent
from osh.auth.models import User
from osh.auth.permissions import Role
from osh.auth.security import PasswordHasher
from osh.core.settings import Settings, sync_url
from osh.core.text import fold
from osh.datagen import words
from osh.datagen.accidents import Place, Totals, generate_accidents, login_email
from osh.datagen.bulk import copy_rows, plain_indexes
from osh.datagen.training import TrainingTotals, generate_training
from osh.enterprises.models import Enterprise
from osh.reference import service as reference


@dataclass(frozen=True)
class Scale:
    name: str
    enterprises: int
    country: bool
    accidents_per_year: int  # in a year like the national average (8,000 accidents in the country)
    training_records: int  # over five years
    training_providers: int


SCALES = {
    "tiny": Scale("tiny", 400, False, 8, 12_000, 8),
    "demo": Scale("demo", 2_000, False, 24, 60_000, 12),
    "province": Scale("province", 50_000, False, 600, 1_500_000, 40),
    "country": Scale("country", 1_000_000, True, 8_000, 20_000_000, 800),
}
BENCH_PASSWORD = "ATVSLD-bench-2026"

# Share of the country's enterprises in the largest economies (the rest spread by commune count).
PROVINCE_SHARES = {
    "79": 0.27,
    "01": 0.19,
    "31": 0.035,
    "75": 0.035,
    "24": 0.03,
    "48": 0.025,
    "33": 0.02,
    "22": 0.02,
    "56": 0.015,
    "92": 0.015,
    "80": 0.015,
}

COLUMNS = (
    "tax_code",
    "name",
    "name_folded",
    "search_text",
    "legal_form",
    "ownership",
    "vsic_code",
    "vsic_section",
    "admin_unit_code",
    "address",
    "zone_code",
    "employees_total",
    "employees_female",
    "employees_hazardous",
    "annual_revenue_vnd",
    "total_capital_vnd",
    "size_class",
    "high_risk",
    "high_risk_override",
    "high_risk_reason",
    "osh_officer_name",
    "osh_officer_phone",
    "osh_officer_email",
    "phone",
    "email",
    "founded_on",
    "status",
    "created_at",
    "updated_at",
    "version",
)

# (employees low, high, per mille): most enterprises are micro, a few very large.
HEADCOUNT = (
    (1, 10, 620),
    (11, 50, 270),
    (51, 100, 55),
    (101, 200, 18),
    (201, 500, 9),
    (501, 1000, 4),
    (1001, 5000, 2.5),
)
HEADCOUNT_BIG = ((5001, 25000, 0.3),)
ZONE_HEADCOUNT = ((5, 50, 350), (51, 200, 350), (201, 1000, 220), (1001, 5000, 70), (5001, 20000, 10))

TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
MAX_MONEY = 2**53


class GenerationRefused(Exception):
    pass


@dataclass
class Commune:
    code: str
    name: str
    place: str  # the name without "Phường"/"Xã"
    province: str


@dataclass
class Zone:
    code: str
    name: str
    kind: str
    commune: str


@dataclass
class Result:
    enterprises: int = 0
    zones: int = 0
    seconds: float = 0.0
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    accidents: int = 0
    incidents: int = 0
    victims: int = 0
    training: TrainingTotals = field(default_factory=TrainingTotals)


def tax_check_digit(first9: str) -> int | None:
    """The tenth digit of a Vietnamese tax code (mod 11 over weighted digits); None when no digit fits."""
    total = sum(int(d) * w for d, w in zip(first9, TAX_WEIGHTS, strict=True))
    digit = 10 - total % 11
    return None if digit == 10 else digit


def _cumulative(weights: Sequence[float]) -> list[float]:
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def _pick(rng: random.Random, items: Sequence[Any], cum: list[float]) -> Any:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of `total` by weight (deterministic)."""
    mass = sum(weights.values())
    exact = {k: total * w / mass for k, w in weights.items()}
    counts = {k: int(v) for k, v in exact.items()}
    rest = total - sum(counts.values())
    for k in sorted(exact, key=lambda k: (counts[k] - exact[k], k))[:rest]:
        counts[k] += 1
    return counts


def derived_columns(
    vsic_code: str,
    employees: int,
    revenue: int | None,
    capital: int | None,
    override: bool | None,
    reason: str | None,
    name: str,
    tax_code: str,
    address: str,
) -> tuple[str, str, bool, str | None, str, str]:
    """What osh.enterprises.service.derive() computes: section, size class, high-risk flag and reason,
    folded name and search text."""
    section = reference.vsic_section(vsic_code) or "?"
    size = reference.size_class(vsic_code, employees, revenue, capital)
    high_risk = reference.is_high_risk_industry(vsic_code) if override is None else override
    folded = fold(name)
    search_text = " ".join((folded, tax_code, fold(address)))
    return section, size, high_risk, (reason if override is not None else None), folded[:300], search_text


class Generator:
    def __init__(self, seed: int, communes: list[Commune], province_names: dict[str, str], taken: set[str]) -> None:
        self.seed = seed
        self.communes = communes
        self.province_names = province_names
        self.taken = taken
        ind = words.INDUSTRIES
        self.industries = ind
        self.industry_cum = _cumulative([i.weight for i in ind])
        self.by_vsic = {i.vsic: i for i in ind}
        self.forms = words.LEGAL_FORMS
        self.form_cum = _cumulative([f[1] for f in self.forms])
        self.surnames = [s for s, _ in words.SURNAMES]
        self.surname_cum = _cumulative([w for _, w in words.SURNAMES])
        self.headcount_cum = _cumulative([b[2] for b in HEADCOUNT + HEADCOUNT_BIG])
        self.zone_headcount_cum = _cumulative([b[2] for b in ZONE_HEADCOUNT])

    # -- places -----------------------------------------------------------------------------------
    def province_plan(self, total: int, country: bool, province_code: str) -> dict[str, int]:
        if not country:
            return {province_code: total}
        by_province: dict[str, int] = {}
        for c in self.communes:
            by_province[c.province] = by_province.get(c.province, 0) + 1
        fixed = sum(PROVINCE_SHARES.get(p, 0.0) for p in by_province)
        others = sum(n for p, n in by_province.items() if p not in PROVINCE_SHARES)
        weights = {
            p: PROVINCE_SHARES[p] if p in PROVINCE_SHARES else (1 - fixed) * n / others for p, n in by_province.items()
        }
        return _split(total, weights)

    def zones_for(self, province: str, communes: list[Commune], enterprises: int) -> list[Zone]:
        rng = random.Random(f"{self.seed}:zones:{province}")
        count = max(2, min(60, round(enterprises / 2500) + rng.randint(0, 3)))
        zones = []
        used: set[str] = set()
        for i in range(count):
            kind, label, short = words.ZONE_PREFIXES[0] if i % 3 != 2 else words.ZONE_PREFIXES[1]
            commune = rng.choice(communes)
            place = commune.place
            if place in used:
                place = f"{place} {rng.choice(('II', 'III', 'mở rộng', 'Bắc', 'Nam'))}"
            used.add(place)
            zones.append(Zone(f"{short}-{province}-{i + 1:02d}", f"{label} {place}", kind, commune.code))
        return zones

    # -- people and contacts ------------------------------------------------------------------------
    def person(self, rng: random.Random) -> str:
        surname = _pick(rng, self.surnames, self.surname_cum)
        if rng.random() < 0.5:
            return f"{surname} {rng.choice(words.MIDDLE_MALE)} {rng.choice(words.GIVEN_MALE)}"
        return f"{surname} {rng.choice(words.MIDDLE_FEMALE)} {rng.choice(words.GIVEN_FEMALE)}"

    @staticmethod
    def phone(rng: random.Random) -> str:
        return f"{rng.choice(words.MOBILE_PREFIXES)}{rng.randrange(10**7):07d}"

    @staticmethod
    def slug(text: str) -> str:
        return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())

    # -- enterprises ---------------------------------------------------------------------------------
    def tax_code(self, rng: random.Random, province: str) -> str:
        while True:
            first9 = f"{province}{rng.randrange(10**7):07d}"
            check = tax_check_digit(first9)
            if check is None:
                continue
            code = f"{first9}{check}"
            if code not in self.taken:
                self.taken.add(code)
                return code

    def headcount(self, rng: random.Random, in_zone: bool, form: str) -> int:
        if form == "household_business":
            return rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8))
        if form in ("craft_village_establishment", "cooperative_group"):
            return rng.randint(2, 40)
        if form in ("cooperative", "cooperative_union"):
            return rng.randint(5, 90)
        buckets = ZONE_HEADCOUNT if in_zone else HEADCOUNT + HEADCOUNT_BIG
        low, high, _ = _pick(rng, buckets, self.zone_headcount_cum if in_zone else self.headcount_cum)
        # log-uniform inside the bucket: small values more common
        return min(int(high), int(math.exp(rng.uniform(math.log(low), math.log(high + 1)))))

    def rows(
        self, province: str, count: int, zones: list[Zone], progress: Callable[[int], None]
    ) -> Iterator[tuple[Any, ...]]:
        rng = random.Random(f"{self.seed}:enterprises:{province}")
        communes = [c for c in self.communes if c.province == province]
        weights = [
            (3.0 if c.name.startswith("Phường") else 0.5 if c.name.startswith("Đặc khu") else 1.0)
            * rng.lognormvariate(0, 0.7)
            for c in communes
        ]
        commune_cum = _cumulative(weights)
        by_code = {c.code: c for c in communes}
        province_name = self.province_names.get(province, "")
        province_place = province_name.removeprefix("Thành phố ").strip()
        places = [c.place for c in communes]
        parents: list[tuple[str, str]] = []  # (tax code, name) of companies that may open branches
        branch_counts: dict[str, int] = {}
        created_base = datetime(2025, 7, 1, tzinfo=UTC)
        for n in range(count):
            form, _, prefixes = _pick(rng, self.forms, self.form_cum)
            if form == "branch" and not parents:
                form, prefixes = "llc_multi_member", ("Công ty TNHH",)
            if form == "household_business":
                industry = self.by_vsic[rng.choice(words.HOUSEHOLD_VSIC)]
            elif form in ("craft_village_establishment", "cooperative_group"):
                industry = self.by_vsic[rng.choice(words.CRAFT_VSIC)]
            elif form in ("cooperative", "cooperative_union"):
                industry = self.by_vsic[rng.choice(words.COOPERATIVE_VSIC)]
            else:
                industry = _pick(rng, self.industries, self.industry_cum)
            section = reference.vsic_section(industry.vsic) or "?"
            in_zone = (
                bool(zones)
                and form not in ("household_business", "craft_village_establishment")
                and (rng.random() < (0.3 if section in words.ZONE_SECTIONS else 0.03))
            )
            zone = rng.choice(zones) if in_zone else None
            commune = by_code[zone.commune] if zone else _pick(rng, communes, commune_cum)
            trade = rng.choice(industry.trades)

            # name and tax code
            if form == "branch":
                parent_tax, parent_name = rng.choice(parents)
                k = branch_counts.get(parent_tax, 0) + 1
                while f"{parent_tax}-{k:03d}" in self.taken:
                    k += 1
                branch_counts[parent_tax] = k
                tax = f"{parent_tax}-{k:03d}"
                self.taken.add(tax)
                where = commune.place if rng.random() < 0.6 else province_place
                name = f"Chi nhánh {parent_name} tại {where}"[:300]
            else:
                tax = self.tax_code(rng, province)
                brand = f"{rng.choice(words.BRAND)} {rng.choice(words.BRAND)}"
                roll = rng.random()
                if roll < 0.12:
                    brand = f"{brand} {rng.choice(places)}"
                elif roll < 0.2:
                    brand = f"{brand} {rng.choice(words.BRAND_TAILS)}"
                prefix = rng.choice(prefixes)
                if form == "household_business":
                    name = f"{prefix} {self.person(rng) if rng.random() < 0.6 else f'{trade} {brand}'}"
                elif form in ("cooperative", "cooperative_union", "cooperative_group"):
                    name = f"{prefix} {trade} {rng.choice(places) if rng.random() < 0.7 else brand}"
                elif form == "craft_village_establishment":
                    name = f"{prefix} {trade} {rng.choice((*words.GIVEN_MALE, *words.GIVEN_FEMALE))} {commune.place}"
                else:
                    name = f"{prefix} {trade} {brand}"
                if form in ("llc_single_member", "llc_multi_member", "joint_stock"):
                    parents.append((tax, name))
            # workforce
            total = self.headcount(rng, in_zone, form)
            female = min(total, max(0, round(total * min(1.0, max(0.0, rng.gauss(industry.female, 0.12))))))
            hazardous = min(total, max(0, round(total * min(1.0, max(0.0, rng.gauss(industry.hazardous, 0.1))))))
            if industry.hazardous == 0:
                hazardous = 0
            revenue = capital = None
            if form != "household_business" and rng.random() < 0.8:
                per_worker = industry.revenue_per_worker_bn * rng.lognormvariate(0, 0.6)
                revenue = min(MAX_MONEY, round(total * per_worker * 1000) * 1_000_000)
            if form != "household_business" and rng.random() < 0.7:
                capital = min(MAX_MONEY, round(max(1, total) * rng.lognormvariate(-0.5, 0.9) * 1000) * 1_000_000)
            # ownership
            if form.startswith("cooperative"):
                ownership = "collective"
            elif form in ("household_business", "craft_village_establishment", "private_enterprise"):
                ownership = "domestic_private"
            elif in_zone and rng.random() < 0.55:
                ownership = "foreign_invested"
            elif form == "joint_stock" and rng.random() < 0.08:
                ownership = "state"
            else:
                ownership = "foreign_invested" if rng.random() < 0.03 else "domestic_private"
            # address
            if zone is not None:
                address = f"Lô {rng.choice('ABCDEFGH')}{rng.randint(1, 40)}, {zone.name}, {commune.name}"
            elif rng.random() < 0.6:
                address = f"Số {rng.randint(1, 400)} đường {rng.choice(words.STREETS)}, {commune.name}"
            else:
                hamlet = rng.choice(words.HAMLET_NAMES) if rng.random() < 0.5 else str(rng.randint(1, 12))
                address = f"{rng.choice(words.HAMLETS)} {hamlet}, {commune.name}"
            # override of the industry's risk, rarely
            override: bool | None = None
            reason = None
            base_risk = reference.is_high_risk_industry(industry.vsic)
            roll = rng.random()
            if not base_risk and roll < 0.004:
                override, reason = True, rng.choice(words.OVERRIDE_UP)
            elif base_risk and roll < 0.002:
                override, reason = False, rng.choice(words.OVERRIDE_DOWN)
            # contacts
            officer_name = officer_phone = officer_email = None
            if rng.random() < (0.85 if total >= 50 else 0.4 if total >= 10 else 0.1):
                officer_name = self.person(rng)
                officer_phone = self.phone(rng) if rng.random() < 0.8 else None
                if rng.random() < 0.5:
                    officer_email = f"{self.slug(officer_name)}{rng.randint(1, 99)}@{rng.choice(words.MAIL_DOMAINS)}"
            phone = self.phone(rng) if rng.random() < 0.6 else None
            email = None
            if rng.random() < 0.4:
                email = f"{self.slug(name.split(' ', 2)[-1])[:40] or 'lienhe'}{rng.randint(1, 999)}@gmail.com"
            # dates and status
            founded_years = rng.expovariate(1 / 8)
            founded_on = date(2026, 10, 1) - timedelta(days=min(int(founded_years * 365), 36 * 365))
            roll = rng.random()
            status = "active" if roll < 0.93 else "suspended" if roll < 0.975 else "dissolved"
            created_at = created_base + timedelta(seconds=rng.randrange(480 * 86400))
            section_, size, high_risk, reason, name_folded, search_text = derived_columns(
                industry.vsic, total, revenue, capital, override, reason, name, tax, address
            )
            yield (
                tax,
                name,
                name_folded,
                search_text,
                form,
                ownership,
                industry.vsic,
                section_,
                commune.code,
                address,
                zone.code if zone else None,
                total,
                female,
                hazardous,
                revenue,
                capital,
                size,
                high_risk,
                override,
                reason,
                officer_name,
                officer_phone,
                officer_email,
                phone,
                email,
                founded_on,
                status,
                created_at,
                created_at,
                1,
            )
            progress(n + 1)


# -- loading -----------------------------------------------------------------------------------------


def _communes(conn: Connection, country: bool, province_code: str) -> tuple[list[Commune], dict[str, str]]:
    stmt = select(AdminUnit.code, AdminUnit.name, AdminUnit.division_type, AdminUnit.parent_code).where(
        AdminUnit.level == "commune", AdminUnit.valid_to.is_(None)
    )
    if not country:
        stmt = stmt.where(AdminUnit.parent_code == province_code)
    communes = []
    for code, name, division, parent in conn.execute(stmt.order_by(AdminUnit.code)):
        place = name[len(division) :].strip() if name.lower().startswith(division.lower()) else name
        communes.append(Commune(code, name, place, parent or ""))
    provinces = {
        str(c): str(n)
        for c, n in conn.execute(select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "province"))
    }
    return communes, provinces


def _write_postgres(
    conn: Connection, rows: Iterator[tuple[Any, ...]], rebuild_indexes: bool, out: Callable[[str], None]
) -> None:
    indexes = plain_indexes(conn, "enterprises") if rebuild_indexes else []
    for name, _ in indexes:
        conn.execute(text(f'DROP INDEX "{name}"'))
    copy_rows(conn, "enterprises", COLUMNS, rows)
    if indexes:
        started = time.perf_counter()
        conn.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
        for _, ddl in indexes:
            conn.execute(text(ddl))
        out(f"  rebuilt {len(indexes)} indexes in {time.perf_counter() - started:.1f} s")


def _write_batches(conn: Connection, rows: Iterator[tuple[Any, ...]], batch: int = 5000) -> None:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(dict(zip(COLUMNS, row, strict=True)))
        if len(chunk) >= batch:
            conn.execute(insert(Enterprise), chunk)
            chunk = []
    if chunk:
        conn.execute(insert(Enterprise), chunk)


def _ensure_zones(session: Session, planned: list[Zone]) -> None:
    have = set(session.scalars(select(IndustrialZone.code)))
    for z in planned:
        if z.code not in have:
            session.add(
                IndustrialZone(
                    code=z.code, name=z.name, name_folded=fold(z.name), kind=z.kind, admin_unit_code=z.commune
                )
            )
    session.flush()


def _users(
    session: Session, settings: Settings, province_code: str, commune: str, zone: str | None, enterprise_id: int | None
) -> list[tuple[str, str, str]]:
    have = set(session.scalars(select(User.email)))
    scopes: dict[Role, dict[str, Any]] = {
        Role.admin: {"kind": "province"},
        Role.province_officer: {"kind": "province"},
        Role.inspector: {"kind": "province"},
        Role.commune_officer: {"kind": "communes", "codes": [commune]},
        Role.zone_board: {"kind": "zones", "codes": [zone] if zone else []},
        Role.enterprise_user: {"kind": "enterprise", "enterprise_id": enterprise_id or 0},
        Role.health_facility: {"kind": "province"},
        Role.viewer: {"kind": "province"},
    }
    password_hash: str | None = None
    logins = []
    for role, scope in scopes.items():
        email = login_email(role)
        logins.append((email, role.value, BENCH_PASSWORD))
        if email in have:
            continue
        password_hash = password_hash or PasswordHasher(settings).hash_sync(BENCH_PASSWORD)
        session.add(
            User(
                email=email,
                full_name=f"Người dùng thử ({role.value})",
                password_hash=password_hash,
                role=role.value,
                scope=scope,
                is_active=True,
                failed_logins=0,
            )
        )
    return logins


def _accidents(
    engine: Engine, communes: list[Commune], seed: int, per_year: int, today: date | None, out: Callable[[str], None]
) -> Totals:
    postgres = engine.dialect.name == "postgresql"
    places = [Place(c.code, c.name, c.province) for c in communes]
    copy = copy_rows if postgres else None
    totals = generate_accidents(engine, seed, places, per_year, today or rules.today(), copy, out)
    if postgres and totals.by_year:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE accidents"))
            conn.execute(text("ANALYZE accident_victims"))
    return totals


def add_accidents(
    settings: Settings,
    spec: Scale,
    seed: int = 1,
    accidents_per_year: int | None = None,
    today: date | None = None,
    out: Callable[[str], None] = print,
) -> Totals:
    """Add the scale's accidents to a database that has enterprises and no accidents (one filled before
    accidents existed); nothing otherwise."""
    engine = create_engine(sync_url(settings.database_url))
    try:
        with engine.connect() as conn:
            communes, _ = _communes(conn, spec.country, settings.province_code)
        per_year = spec.accidents_per_year if accidents_per_year is None else accidents_per_year
        return _accidents(engine, communes, seed, per_year, today, out)
    finally:
        engine.dispose()


def _training(
    engine: Engine,
    communes: list[Commune],
    seed: int,
    records: int,
    providers: int,
    today: date | None,
    out: Callable[[str], None],
) -> TrainingTotals:
    places = [Place(c.code, c.name, c.province) for c in communes]
    return generate_training(engine, seed, places, records, providers, today or rules.today(), out)


def add_training(
    settings: Settings,
    spec: Scale,
    seed: int = 1,
    records: int | None = None,
    today: date | None = None,
    out: Callable[[str], None] = print,
) -> TrainingTotals:
    """Add the scale's training providers, courses and records to a database that has enterprises and no training
    data (one filled before training existed); nothing otherwise."""
    engine = create_engine(sync_url(settings.database_url))
    try:
        with engine.connect() as conn:
            communes, _ = _communes(conn, spec.country, settings.province_code)
        count = spec.training_records if records is None else records
        return _training(engine, communes, seed, count, spec.training_providers, today, out)
    finally:
        engine.dispose()


def count_enterprises(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Enterprise)) or 0)


def generate(
    settings: Settings,
    scale: str,
    seed: int = 1,
    count: int | None = None,
    append: bool = False,
    out: Callable[[str], None] = print,
    accidents_per_year: int | None = None,
    today: date | None = None,
    training_records: int | None = None,
) -> Result:
    """Fill a migrated database with `scale` (or `count`) enterprises and the zones they are in, accidents and
    training for the five years to `today` (default: the scale's numbers, in proportion to `count`), and one login
    per role. Refuses a database that has enterprises unless `append`; adds no accidents to one that has some, no
    training to one that has training data."""
    spec = SCALES[scale]
    total = spec.enterprises if count is None else count
    if accidents_per_year is None:
        accidents_per_year = round(spec.accidents_per_year * total / spec.enterprises)
    if training_records is None:
        training_records = round(spec.training_records * total / spec.enterprises)
    training_providers = max(1, round(spec.training_providers * total / spec.enterprises))
    started = time.perf_counter()
    engine = create_engine(sync_url(settings.database_url))
    try:
        existing = count_enterprises(engine)
        if existing and not append:
            raise GenerationRefused(f"the database already has {existing:,} enterprises (use --append to add more)")
        postgres = engine.dialect.name == "postgresql"
        with engine.connect() as conn:
            communes, provinces = _communes(conn, spec.country, settings.province_code)
            taken = set(conn.scalars(select(Enterprise.tax_code))) if existing else set()
        if not communes:
            raise GenerationRefused(f"no communes for province {settings.province_code}: run migrations first")
        gen = Generator(seed, communes, provinces, taken)
        plan = gen.province_plan(total, spec.country, settings.province_code)
        zones: dict[str, list[Zone]] = {}
        for province, n in plan.items():
            if n:
                zones[province] = gen.zones_for(province, [c for c in communes if c.province == province], n)
        with Session(engine) as session, session.begin():
            _ensure_zones(session, [z for zs in zones.values() for z in zs])
            stored = {
                code: commune
                for code, commune in session.execute(select(IndustrialZone.code, IndustrialZone.admin_unit_code))
            }
        for zs in zones.values():
            for z in zs:
                z.commune = stored[z.code]
        out(
            f"{total:,} enterprises in {sum(1 for n in plan.values() if n)} province(s), "
            f"{sum(map(len, zones.values())):,} zones"
        )

        step = max(1000, min(50_000, total // 10 or 1))
        done = 0
        load_started = time.perf_counter()

        def progress(_: int) -> None:
            nonlocal done
            done += 1
            if done % step == 0 or done == total:
                rate = done / max(1e-9, time.perf_counter() - load_started)
                out(f"  enterprises {done:>10,}/{total:,}  {rate:,.0f}/s")

        def all_rows() -> Iterator[tuple[Any, ...]]:
            for province, n in plan.items():
                if n:
                    yield from gen.rows(province, n, zones.get(province, []), progress)

        with engine.begin() as conn:
            if postgres:
                _write_postgres(conn, all_rows(), rebuild_indexes=not existing, out=out)
            else:
                _write_batches(conn, all_rows())
        if postgres:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE enterprises"))
                conn.execute(text("ANALYZE industrial_zones"))

        accidents = _accidents(engine, communes, seed, accidents_per_year, today, out)
        training = _training(engine, communes, seed, training_records, training_providers, today, out)

        with Session(engine) as session, session.begin():
            home = settings.province_code if settings.province_code in plan else next(iter(plan))
            home_communes = [c.code for c in communes if c.province == home]
            busiest = (
                session.execute(
                    select(Enterprise.admin_unit_code)
                    .where(Enterprise.admin_unit_code.in_(home_communes))
                    .group_by(Enterprise.admin_unit_code)
                    .order_by(func.count().desc(), Enterprise.admin_unit_code)
                    .limit(1)
                ).scalar()
                or home_communes[0]
            )
            home_zones = zones.get(home) or []
            first = session.scalar(select(func.min(Enterprise.id)).where(Enterprise.admin_unit_code.in_(home_communes)))
            logins = _users(session, settings, home, busiest, home_zones[0].code if home_zones else None, first)
            session.add(
                AuditEvent(
                    actor_kind="system",
                    actor_id=None,
                    actor_label="system",
                    action="datagen_load",
                    entity="system",
                    entity_id=None,
                    after={
                        "scale": scale,
                        "seed": seed,
                        "enterprises": total,
                        "accidents": accidents.accidents,
                        "technical_incidents": accidents.incidents,
                        "victims": accidents.victims,
                        "training_providers": training.providers,
                        "training_courses": training.courses,
                        "training_records": training.records,
                    },
                )
            )
        return Result(
            total,
            sum(map(len, zones.values())),
            time.perf_counter() - started,
            logins,
            accidents.accidents,
            accidents.incidents,
            accidents.victims,
            training,
        )
    finally:
        engine.dispose()
