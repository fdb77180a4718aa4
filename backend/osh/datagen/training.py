"""Generated training providers, courses and training records for the five years to today.

Providers are licensed organisations of class A, B or C and a few large employers qualified to train their own
workers. Each trains only the groups its class covers (rules.class_covers) and only while its licence is in
force. People are drawn group by group from the active enterprises, weighted by the part of the workforce the
group is made of: group 3 by the workers in strict-OSH jobs (employees_hazardous), group 4 by the other
workers, managers, OSH officers, health staff and OSH collaborators by size. Each person is trained first, then
again shortly before the document or the refresher interval runs out, sometimes late, until they leave; a few
fail and retake the test. Derived columns come from rules.derive and the service's own rules, as the API sets
them; admin unit and zone are the enterprise's (the course's commune for people without an enterprise)."""

import bisect
import math
import random
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.engine import Engine

from osh.core.text import fold
from osh.datagen import words
from osh.datagen.accidents import Place, Weighted, cumulative
from osh.datagen.bulk import SetAside, copy_rows, pg_types
from osh.enterprises.models import Enterprise
from osh.training import rules
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord

YEARS = 5
LICENCE_MONTHS = 60  # generated licences run five years
# Share of the records by trainee group: most are other workers (4), then workers in strict-OSH jobs (3),
# managers (1), OSH officers (2), OSH collaborators (6) and health staff (5).
GROUP_SHARES = {4: 0.60, 3: 0.17, 1: 0.10, 2: 0.06, 6: 0.05, 5: 0.02}
# People trained in program courses without an enterprise: farmers and freelance workers, commune officials.
NO_ENTERPRISE_SHARE = {4: 0.04, 3: 0.02, 1: 0.03}
FAIL_SHARE = 0.03
BELOW_MINIMUM_SHARE = 0.02  # first courses shorter than the group's minimum: the API flags their records
WITHOUT_COURSE_SHARE = 0.08  # training recorded afterwards, without the course
LATE_SHARE = 0.12  # renewals after the document ran out
RETRAINING_SHARE = 0.03  # training again on a change of job or equipment
LEAVE_CHANCE = {4: 0.22, 3: 0.2, 1: 0.15, 2: 0.2, 5: 0.15, 6: 0.25}  # leaves before the next training
IN_HOUSE_FROM = 200  # workers from which an enterprise has its workers trained on site
LEAD_IN = 3  # refresher intervals before the five years in which people may have been first trained
PERIOD = 28  # days: courses are planned in periods of four weeks
CAMPAIGN_QUARTERLY_FROM = 1000  # workers from which an employer trains on site every quarter rather than yearly
SELF_TRAINING_SHARE = 0.85  # of a self-training employer's own training in the groups its class covers
SELF_TRAINING_FROM = 300  # workers, for an employer to be qualified to train its own
MIN_PROVIDERS = 6  # per province: two long-lived class-C centres and at least four others
PROGRAM_CHANCE = {1: 0.25, 2: 0.25, 3: 0.05, 4: 0.03, 5: 0.3, 6: 0.1}  # open courses paid by the program
AUDIENCE = {1: "employers", 2: "osh_officers", 3: "workers", 4: "workers", 5: "health_workers", 6: "workers"}
CLASS_WEIGHTS = (("A", 0.4), ("B", 0.3), ("C", 0.3))

KIND_VI = {"first": "huấn luyện lần đầu", "refresher": "huấn luyện định kỳ", "retraining": "huấn luyện lại"}
AUDIENCE_VI = {
    "employers": "người sử dụng lao động",
    "osh_officers": "người làm công tác an toàn, vệ sinh lao động",
    "workers": "người lao động",
    "health_workers": "người làm công tác y tế",
    "farmers": "nông dân",
    "commune_officials": "cán bộ xã, phường",
    "zone_board_staff": "cán bộ Ban quản lý các khu công nghiệp",
}
ORGANISATIONS = (
    "Trung tâm Huấn luyện An toàn lao động {place}",
    "Trung tâm Kỹ thuật An toàn lao động {place}",
    "Công ty Cổ phần Kiểm định và Huấn luyện An toàn {brand}",
    "Công ty TNHH Tư vấn và Huấn luyện An toàn {brand}",
    "Công ty Cổ phần Đào tạo An toàn lao động {brand}",
    "Trường Cao đẳng Nghề {place}",
    "Trung tâm Giáo dục nghề nghiệp {place}",
    "Công ty TNHH Môi trường và An toàn lao động {brand}",
)
OCCUPATIONS = {
    1: ("Giám đốc", "Phó giám đốc", "Quản đốc phân xưởng", "Trưởng phòng sản xuất", "Trưởng ca", "Chủ cơ sở"),
    2: ("Cán bộ an toàn, vệ sinh lao động", "Chuyên viên an toàn (HSE)", "Trưởng ban an toàn", "Kỹ sư an toàn"),
    3: (
        "Vận hành cầu trục",
        "Vận hành xe nâng hàng",
        "Thợ hàn điện",
        "Vận hành nồi hơi",
        "Thợ điện",
        "Vận hành máy ép",
        "Thợ lắp dựng giàn giáo",
        "Công nhân làm việc trên cao",
        "Vận hành thiết bị chịu áp lực",
        "Công nhân tiếp xúc hóa chất",
    ),
    4: (
        "Công nhân may",
        "Công nhân lắp ráp",
        "Công nhân đóng gói",
        "Nhân viên kho",
        "Công nhân kiểm hàng",
        "Nhân viên văn phòng",
        "Công nhân sản xuất",
        "Lái xe",
        "Nhân viên bán hàng",
        "Công nhân xây dựng",
    ),
    5: ("Bác sĩ", "Y sĩ", "Điều dưỡng", "Nhân viên y tế cơ sở"),
    6: ("An toàn, vệ sinh viên tổ sản xuất", "Tổ trưởng sản xuất", "Công nhân kỹ thuật"),
}
NO_ENTERPRISE_OCCUPATIONS = {
    1: ("Công chức văn hóa - xã hội", "Phó Chủ tịch Ủy ban nhân dân xã", "Cán bộ Ban quản lý các khu công nghiệp"),
    3: ("Thợ hàn tự do", "Thợ điện tự do", "Thợ xây làm thuê"),
    4: ("Nông dân", "Làm thuê tự do", "Lao động thời vụ", "Thợ xây làm thuê"),
}

PROVIDER_COLUMNS = tuple(c.name for c in TrainingProvider.__table__.columns if c.name != "deleted_at")
COURSE_COLUMNS = tuple(c.name for c in TrainingCourse.__table__.columns if c.name != "deleted_at")
RECORD_COLUMNS = (
    "worker_name",
    "worker_name_folded",
    "birth_year",
    "citizen_id",
    "occupation",
    "enterprise_id",
    "admin_unit_code",
    "zone_code",
    "provider_id",
    "course_id",
    "trainee_group",
    "kind",
    "hours",
    "result",
    "document_kind",
    "document_number",
    "issued_on",
    "expires_on",
    "refresher_due_on",
    "valid_until",
    "hours_below_minimum",
    "created_at",
    "updated_at",
    "version",
)
# Binary COPY: a quarter of the client's cost of a text one.
RECORD_TYPES = pg_types(TrainingRecord.__table__, RECORD_COLUMNS)


@dataclass
class TrainingTotals:
    providers: int = 0
    courses: int = 0
    records: int = 0
    by_group: dict[int, int] = field(default_factory=dict)


@dataclass
class Provider:
    id: int
    province: str
    kind: str  # organisation | self_training_employer
    name: str
    licence: str
    org_class: str
    issued: date
    expires: date
    commune: str
    address: str
    phone: str
    weight: float
    enterprise_id: int | None = None
    numbers: int = 0  # documents issued so far, for their numbers

    def covers(self, group: int) -> bool:
        return rules.class_covers(self.org_class, group)

    def row(self) -> tuple[Any, ...]:
        created = datetime.combine(self.issued, clock(3), UTC)
        values = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "name_folded": fold(self.name)[:300],
            "license_number": self.licence,
            "org_class": self.org_class,
            "license_issued_on": self.issued,
            "license_expires_on": self.expires,
            "enterprise_id": self.enterprise_id,
            "admin_unit_code": self.commune,
            "address": self.address,
            "phone": self.phone,
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }
        return tuple(values[c] for c in PROVIDER_COLUMNS)


@dataclass
class Course:
    id: int
    provider: Provider
    group: int
    kind: str
    start: int  # days from TrainingGenerator.monday0
    end: int
    hours: int
    commune: str
    enterprise_id: int | None
    audience: str | None
    funding: int | None
    place: str = ""


@dataclass
class Staff:
    """The active enterprises of one province with workers, in compact arrays."""

    ids: "array[int]" = field(default_factory=lambda: array("q"))
    communes: list[str] = field(default_factory=list)
    zones: list[str | None] = field(default_factory=list)
    totals: "array[int]" = field(default_factory=lambda: array("l"))
    hazardous: "array[int]" = field(default_factory=lambda: array("l"))


def group_weight(group: int, total: int, hazardous: int) -> float:
    """How many people of the group an enterprise of this workforce has, in relative terms."""
    if group == 3:
        return float(hazardous)
    if group == 4:
        return float(max(0, total - hazardous))
    if group == 1:  # the employer and the managers in charge of OSH
        return 1.0 + math.pow(total, 0.6) / 3
    if group == 2:  # a part-time officer in a small firm, full-time officers in large ones
        return 1.0 + total / 300
    if group == 5:  # health staff from a few dozen workers
        return max(0, total - 40) / 300
    return total / 20  # one collaborator per production team


def load_staff(conn: Connection, province_of: dict[str, str]) -> dict[str, Staff]:
    out: dict[str, Staff] = {}
    stmt = (
        select(
            Enterprise.id,
            Enterprise.admin_unit_code,
            Enterprise.zone_code,
            Enterprise.employees_total,
            Enterprise.employees_hazardous,
        )
        .where(Enterprise.deleted_at.is_(None), Enterprise.status == "active", Enterprise.employees_total > 0)
        .order_by(Enterprise.id)
    )
    for eid, commune, zone, total, hazardous in conn.execution_options(yield_per=50_000).execute(stmt):
        province = province_of.get(commune)
        if province is None:
            continue
        staff = out.get(province)
        if staff is None:
            staff = out[province] = Staff()
        staff.ids.append(eid)
        staff.communes.append(commune)
        staff.zones.append(zone)
        staff.totals.append(total)
        staff.hazardous.append(hazardous)
    return out


def split(total: int, weights: dict[Any, float]) -> dict[Any, int]:
    """Largest-remainder split of `total` by weight (deterministic)."""
    mass = sum(weights.values())
    if mass <= 0:
        return dict.fromkeys(weights, 0)
    exact = {k: total * w / mass for k, w in weights.items()}
    counts = {k: int(v) for k, v in exact.items()}
    rest = total - sum(counts.values())
    for k in sorted(exact, key=lambda k: (counts[k] - exact[k], str(k)))[:rest]:
        counts[k] += 1
    return counts


class TrainingGenerator:
    """Dates are whole days counted from `monday0`, the Monday five years back; records fall in the days before
    `stop`, the Monday of today's week, in periods of four weeks: a course lies within one period, and a provider
    may give it when its licence is in force over the whole period."""

    def __init__(self, seed: int, places: list[Place], today: date) -> None:
        self.seed = seed
        self.places = {p.code: p for p in places}
        self.by_province: dict[str, list[Place]] = {}
        for p in places:
            self.by_province.setdefault(p.province, []).append(p)
        start = rules.add_months(today, -12 * YEARS)
        self.monday0 = start - timedelta(days=start.weekday())
        self.stop = today - timedelta(days=today.weekday())
        self.days = (self.stop - self.monday0).days
        self.periods = math.ceil(self.days / PERIOD)
        self.today = today
        # Every day a record, a due date or a lead-in may fall on, and the due dates by interval.
        self.base = -31 * (24 * LEAD_IN + 1)
        self.calendar = [self.monday0 + timedelta(days=o) for o in range(self.base, self.days + 400)]
        self.due = {
            months: [(rules.last_day_of(d, months) - self.monday0).days for d in self.calendar] for months in (12, 24)
        }
        self.surnames = Weighted(words.SURNAMES)
        self.rules = rules.group_rules()
        self.derived: dict[tuple[int, str, int, str, int], rules.Derived] = {}
        self.folded: dict[str, str] = {}
        self.created: dict[int, datetime] = {}
        self.next_course_id = 1
        self.providers: list[Provider] = []
        self.self_trainers: dict[int, Provider] = {}
        self.courses: dict[tuple[Any, ...], Course] = {}

    def offset(self, day: date) -> int:
        return (day - self.monday0).days

    def period_bounds(self, period: int) -> tuple[int, int]:
        return PERIOD * period, min(PERIOD * period + PERIOD - 1, self.days - 1)

    def in_force(self, provider: Provider, period: int) -> bool:
        first, last = self.period_bounds(period)
        calendar = self.calendar
        return provider.issued <= calendar[first - self.base] and calendar[last - self.base] <= provider.expires

    # -- providers ------------------------------------------------------------------------------------------------
    def plan_providers(self, count: int, staff: dict[str, Staff], first_id: int) -> list[Provider]:
        """`count` providers over the provinces by their workforce, at least MIN_PROVIDERS each; about one in ten
        a large employer qualified to train its own workers."""
        workforce = {p: float(sum(s.totals)) for p, s in sorted(staff.items())}
        plan = {p: max(MIN_PROVIDERS, n) for p, n in split(count, workforce).items()}
        serial = 0
        for province, n in plan.items():
            rng = random.Random(f"{self.seed}:training-providers:{province}")
            communes = self.by_province[province]
            s = staff[province]
            big = sorted(
                (i for i in range(len(s.ids)) if s.totals[i] >= SELF_TRAINING_FROM), key=lambda i: (-s.totals[i], i)
            )
            employers = min(len(big), max(1, n // 10))
            chosen = sorted(rng.sample(big[: 3 * employers], employers)) if employers else []
            for k in range(n):
                serial += 1
                commune = rng.choice(communes)
                if k < len(chosen):
                    index = chosen[k]
                    org_class = rng.choice(("B", "C"))
                    issued = self.monday0 + timedelta(days=rng.randint(-365, 3 * 365))
                    provider = Provider(
                        first_id + len(self.providers),
                        province,
                        "self_training_employer",
                        "",
                        f"{serial:04d}/{issued.year}/GCN-TH-{province}",
                        org_class,
                        issued,
                        rules.last_day_of(issued, LICENCE_MONTHS),
                        s.communes[index],
                        "",
                        phone(rng),
                        1.0,
                        s.ids[index],
                    )
                    self.self_trainers[s.ids[index]] = provider
                else:
                    # Two class-C centres cover every period: the first from before the five years until the second
                    # has its licence (any period ending after the first's expiry starts after the second's issue).
                    if k == len(chosen):
                        org_class = "C"
                        issued = self.monday0 - timedelta(days=rng.randint(7, 600))
                    elif k == len(chosen) + 1:
                        org_class = "C"
                        issued = self.monday0 + timedelta(days=rng.randint(548, 1000))
                    else:
                        org_class = Weighted(CLASS_WEIGHTS)(rng)
                        span = (self.today - timedelta(days=60) - (self.monday0 - timedelta(days=730))).days
                        issued = self.monday0 - timedelta(days=730) + timedelta(days=rng.randrange(span))
                    template = rng.choice(ORGANISATIONS)
                    brand = f"{rng.choice(words.BRAND)} {rng.choice(words.BRAND)}"
                    provider = Provider(
                        first_id + len(self.providers),
                        province,
                        "organisation",
                        template.format(place=commune.name.split(" ", 1)[-1], brand=brand),
                        f"{serial:04d}/{issued.year}/GCN-HL-{province}",
                        org_class,
                        issued,
                        rules.last_day_of(issued, LICENCE_MONTHS),
                        commune.code,
                        f"Số {rng.randint(1, 300)} đường {rng.choice(words.STREETS)}, {commune.name}",
                        phone(rng),
                        rng.lognormvariate(0, 0.8) * (3.0 if k - len(chosen) < 2 else 1.0),
                    )
                self.providers.append(provider)
        return self.providers

    # -- records --------------------------------------------------------------------------------------------------
    def derive(self, group: int, kind: str, hours: int, result: str, issued: int) -> rules.Derived:
        key = (group, kind, hours, result, issued)
        found = self.derived.get(key)
        if found is None:
            day = self.calendar[issued - self.base]
            found = self.derived[key] = rules.derive(group, kind, hours, result, day)
        return found

    def fold(self, name: str) -> str:
        found = self.folded.get(name)
        if found is None:
            found = self.folded[name] = fold(name)[:200]
        return found

    def created_at(self, day: int) -> datetime:
        found = self.created.get(day)
        if found is None:  # the afternoon of the day of issue
            found = self.created[day] = datetime.combine(self.calendar[day - self.base], clock(10), UTC)
        return found

    def hours(self, rng: random.Random, group: int, kind: str) -> int:
        rule = self.rules[group]
        if kind == "first":
            if rng.random() < BELOW_MINIMUM_SHARE:
                return max(1, rule.first_training_min_hours // 2)
            return rule.first_training_min_hours + (8 if group in (3, 4) and rng.random() < 0.2 else 0)
        return max(1, math.ceil(rule.refresher_min_hours or rule.first_training_min_hours / 2))

    def province_records(
        self,
        province: str,
        staff: Staff,
        targets: dict[int, int],
        progress: Callable[[int], None],
    ) -> Iterator[tuple[Any, ...]]:
        """The records of one province, group by group; the courses they attend are kept in `self.courses`."""
        self.courses = {}
        organisations = [p for p in self.providers if p.province == province and p.kind == "organisation"]
        base, calendar, days = self.base, self.calendar, self.days
        for group in rules.GROUPS:
            target = targets.get(group, 0)
            cum = cumulative([group_weight(group, t, h) for t, h in zip(staff.totals, staff.hazardous, strict=True)])
            if not target or not cum or cum[-1] <= 0:
                continue
            mass = cum[-1]
            rng = random.Random(f"{self.seed}:training:{province}:{group}")
            rand = rng.random
            rule = self.rules[group]
            months = rule.validity_months or rule.refresher_interval_months or 12
            due = self.due[months]
            leave = LEAVE_CHANCE[group]
            document = rule.document
            suffix = "TAT" if document == "safety_card" else "GCN"
            eligible = []  # the providers that may train the group in each period, with cumulative weights
            for period in range(self.periods):
                chosen = [p for p in organisations if p.covers(group) and self.in_force(p, period)]
                eligible.append((chosen, cumulative([p.weight for p in chosen])))
            plain_hours = {kind: self.hours(rng, group, kind) for kind in ("refresher", "retraining")}
            alone = NO_ENTERPRISE_SHARE.get(group, 0.0)
            occupations = OCCUPATIONS[group]
            strangers = NO_ENTERPRISE_OCCUPATIONS.get(group, occupations)
            low, high = (28, 62) if group in (1, 2, 5) else (18, 58)
            first_day = -31 * months * LEAD_IN
            span = days - first_day
            made = reported = 0
            while made < target:
                # A person: when first trained (those trained before the five years come back for refreshers
                # unless they left), where they work, who they are.
                day = first_day + int(rand() * span)
                kind = "first"
                while day < 0 and rand() >= leave:
                    day = self.next_due(rand, due, day)
                    kind = "refresher"
                if day < 0:
                    continue
                if rand() < alone:
                    index, enterprise_id, self_trainer, on_site = -1, None, None, False
                    occupation = strangers[int(rand() * len(strangers))]
                else:
                    index = bisect.bisect_right(cum, rand() * mass)
                    enterprise_id = staff.ids[index]
                    self_trainer = self.self_trainers.get(enterprise_id)
                    if self_trainer is not None and not self_trainer.covers(group):
                        self_trainer = None
                    on_site = (group == 4 and staff.totals[index] >= IN_HOUSE_FROM) or (
                        group == 3 and staff.hazardous[index] >= IN_HOUSE_FROM // 2
                    )
                    occupation = occupations[int(rand() * len(occupations))]
                if rand() < 0.5:
                    name = f"{self.surnames(rng)} {rng.choice(words.MIDDLE_MALE)} {rng.choice(words.GIVEN_MALE)}"
                    sex = 0
                else:
                    name = f"{self.surnames(rng)} {rng.choice(words.MIDDLE_FEMALE)} {rng.choice(words.GIVEN_FEMALE)}"
                    sex = 1
                folded = self.fold(name)
                birth_year = self.today.year - low - int(rand() * (high - low + 1))
                citizen_id = None
                if rand() < 0.7:
                    century = (0 if birth_year < 2000 else 2) + sex
                    citizen_id = f"{province.zfill(3)}{century}{birth_year % 100:02d}{int(rand() * 1e6):06d}"

                retake = False
                while day < days and made < target:
                    period = day // PERIOD
                    course: Course | None = None
                    provider: Provider | None = None
                    if index >= 0 and (on_site or self_trainer is not None) and kind != "retraining" and not retake:
                        # The employer's yearly training (quarterly at the largest): people due around it attend.
                        every = 4 if staff.totals[index] >= CAMPAIGN_QUARTERLY_FROM else 13
                        period = self.campaign(period, enterprise_id or 0, every)
                        key: tuple[Any, ...] = (enterprise_id, group, kind, period)
                        course = self.courses.get(key)
                        if course is None:
                            if self_trainer is not None and self.in_force(self_trainer, period):
                                if rand() < SELF_TRAINING_SHARE:
                                    provider = self_trainer
                            if provider is None:
                                provider = pick(eligible[period], rand)
                            if provider is not None:
                                at = (staff.ids[index], staff.communes[index])
                                course = self.course(rng, key, provider, group, kind, period, at)
                    else:
                        provider = pick(eligible[period], rand)
                        direct = index >= 0 and (kind == "retraining" or retake or rand() < WITHOUT_COURSE_SHARE)
                        if provider is not None and not direct:
                            key = (provider.id, group, kind, period, index < 0)
                            course = self.courses.get(key)
                            if course is None:
                                course = self.course(rng, key, provider, group, kind, period, None)
                    if course is not None:
                        provider, issued, hours = course.provider, course.end, course.hours
                    elif provider is not None:
                        issued, hours = day, plain_hours.get(kind) or self.hours(rng, group, kind)
                    else:  # nobody may train the group in this period: in the next one
                        day = PERIOD * (period + 1)
                        continue
                    result = "pass" if retake or rand() >= FAIL_SHARE else "fail"
                    derived = self.derive(group, kind, hours, result, issued)
                    number = None
                    if result == "pass" and document != "log_book_entry":
                        provider.numbers += 1
                        number = f"{provider.numbers:06d}/{calendar[issued - base].year}/{suffix}"
                    created = self.created_at(issued)
                    if index >= 0:
                        commune, zone = staff.communes[index], staff.zones[index]
                    else:
                        assert course is not None
                        commune, zone = course.commune, None
                    yield (
                        name,
                        folded,
                        birth_year,
                        citizen_id,
                        occupation,
                        enterprise_id,
                        commune,
                        zone,
                        provider.id,
                        course.id if course is not None else None,
                        group,
                        kind,
                        hours,
                        result,
                        derived.document_kind,
                        number,
                        calendar[issued - base],
                        derived.expires_on,
                        derived.refresher_due_on,
                        derived.valid_until,
                        derived.hours_below_minimum,
                        created,
                        created,
                        1,
                    )
                    made += 1
                    if result == "fail":  # the test again a few weeks later
                        day, retake = issued + 14 + int(rand() * 27), True
                        continue
                    retake = False
                    if rand() < leave:
                        break
                    day = self.next_due(rand, due, issued)
                    kind = "retraining" if rand() < RETRAINING_SHARE else "refresher"
                if made - reported >= 10_000:
                    progress(made - reported)
                    reported = made
            progress(made - reported)

    def campaign(self, period: int, enterprise_id: int, every: int) -> int:
        """The period of the employer's on-site training nearest to `period` (one every `every` periods, at a
        phase of its own), within the five years."""
        phase = enterprise_id * 7919 % every
        held = phase + round((period - phase) / every) * every
        while held >= self.periods:
            held -= every
        while held < 0:
            held += every
        return held

    def next_due(self, rand: Callable[[], float], due: list[int], issued: int) -> int:
        """When a person trained on `issued` is trained again: shortly before the document or the refresher
        interval runs out, sometimes weeks or months after."""
        day = due[issued - self.base]
        if rand() < LATE_SHARE:
            return day + 10 + int(rand() * 141)
        return day - 3 - int(rand() * 48)

    def course(
        self,
        rng: random.Random,
        key: tuple[Any, ...],
        provider: Provider,
        group: int,
        kind: str,
        period: int,
        on_site: tuple[int, str] | None,
    ) -> Course:
        """A new course of the period: in-house at an enterprise (`on_site`: its id and commune), a program course
        in a commune for people without an enterprise, else one of the provider's open courses."""
        hours = self.hours(rng, group, kind)
        length = min(PERIOD, math.ceil(hours / 8))
        first, last = self.period_bounds(period)
        start = first + int(rng.random() * (last - first + 2 - length))
        audience = funding = None
        if on_site is not None:
            commune = on_site[1]
        elif key[4]:  # people without an enterprise
            commune = rng.choice(self.by_province[provider.province]).code
            if group == 1:
                audience = "commune_officials" if rng.random() < 0.7 else "zone_board_staff"
            else:
                audience = "farmers" if group == 4 and rng.random() < 0.6 else "workers"
        else:
            commune = provider.commune
            if rng.random() < PROGRAM_CHANCE[group]:
                audience = AUDIENCE[group]
        if audience is not None:
            funding = rng.randint(15, 150) * 1_000_000
        enterprise_id = on_site[0] if on_site else None
        end = start + length - 1
        course = Course(
            self.next_course_id, provider, group, kind, start, end, hours, commune, enterprise_id, audience, funding
        )
        self.next_course_id += 1
        self.courses[key] = course
        return course

    def course_rows(self, addresses: dict[int, tuple[str, str]]) -> list[tuple[Any, ...]]:
        rows = []
        base = self.base
        for course in sorted(self.courses.values(), key=lambda c: c.id):
            title = f"Huấn luyện an toàn, vệ sinh lao động nhóm {course.group} ({KIND_VI[course.kind]})"
            commune = self.places[course.commune]
            start = self.calendar[course.start - base]
            if course.enterprise_id is not None:
                address = addresses.get(course.enterprise_id, ("", ""))[1] or commune.name
                place = f"Hội trường doanh nghiệp, {address}"
            elif course.audience is not None and course.commune != course.provider.commune:
                place = f"Hội trường Ủy ban nhân dân {commune.name}"
            else:
                place = course.provider.address
            if course.audience is not None:
                title = f"Lớp huấn luyện cho {AUDIENCE_VI[course.audience]} {start.year} - {commune.name}"
            created = datetime.combine(start - timedelta(days=7), clock(2), UTC)
            values = {
                "id": course.id,
                "provider_id": course.provider.id,
                "title": title[:300],
                "trainee_group": course.group,
                "kind": course.kind,
                "start_on": start,
                "end_on": self.calendar[course.end - base],
                "hours": course.hours,
                "place": place[:500],
                "admin_unit_code": course.commune,
                "enterprise_id": course.enterprise_id,
                "funded_by_program": course.audience is not None,
                "program_funding_vnd": course.funding,
                "audience": course.audience,
                "created_at": created,
                "updated_at": created,
                "version": 1,
            }
            rows.append(tuple(values[c] for c in COURSE_COLUMNS))
        return rows


def pick(eligible: tuple[list[Provider], list[float]], rand: Callable[[], float]) -> Provider | None:
    chosen, cum = eligible
    if not chosen:
        return None
    return chosen[bisect.bisect_right(cum, rand() * cum[-1])]


def phone(rng: random.Random) -> str:
    return f"{rng.choice(words.MOBILE_PREFIXES)}{rng.randrange(10**7):07d}"


def names_and_addresses(conn: Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 5000):
        chunk = ordered[start : start + 5000]
        for eid, name, address in conn.execute(
            select(Enterprise.id, Enterprise.name, Enterprise.address).where(Enterprise.id.in_(chunk))
        ):
            out[int(eid)] = (str(name), str(address or ""))
    return out


def has_training(conn: Connection) -> bool:
    for model in (TrainingRecord, TrainingCourse, TrainingProvider):
        if conn.scalar(select(model.id).limit(1)) is not None:
            return True
    return False


def generate_training(
    engine: Engine,
    seed: int,
    places: list[Place],
    records: int,
    providers: int,
    today: date,
    out: Callable[[str], None],
) -> TrainingTotals:
    """About `records` training records over the five years to `today` (excluded), from `providers` providers;
    nothing when the database already has training data."""
    totals = TrainingTotals()
    started = time.perf_counter()
    postgres = engine.dialect.name == "postgresql"
    province_of = {p.code: p.province for p in places}
    with engine.connect() as conn:
        if has_training(conn):
            out("training: the database already has training data; none added")
            return totals
        if records <= 0:
            return totals
        staff = load_staff(conn, province_of)
        first_id = int(conn.scalar(select(func.coalesce(func.max(TrainingProvider.id), 0))) or 0) + 1
    if not staff:
        out("training: no active enterprise with workers; none added")
        return totals
    gen = TrainingGenerator(seed, places, today)
    gen.plan_providers(providers, staff, first_id)
    employers = {p.enterprise_id for p in gen.providers if p.enterprise_id is not None}
    with engine.connect() as conn:
        names = names_and_addresses(conn, employers)
    for provider in gen.providers:
        if provider.enterprise_id is not None:
            provider.name, provider.address = names[provider.enterprise_id]

    # Records by group, then each group's records over the provinces by the group's workforce there.
    by_group = split(records, {g: GROUP_SHARES[g] for g in rules.GROUPS})
    targets: dict[str, dict[int, int]] = {p: {} for p in staff}
    for group, n in by_group.items():
        mass = {
            p: sum(group_weight(group, t, h) for t, h in zip(s.totals, s.hazardous, strict=True))
            for p, s in sorted(staff.items())
        }
        for province, k in split(n, mass).items():
            targets[province][group] = k
    out(
        f"training: {len(gen.providers):,} providers, {records:,} records planned over {gen.days:,} days "
        f"({time.perf_counter() - started:.1f} s)"
    )

    step = max(10_000, min(1_000_000, records // 10))
    done = shown = 0
    load_started = time.perf_counter()

    def progress(n: int) -> None:
        nonlocal done, shown
        done += n
        if done - shown >= step or (n and done == records):
            shown = done
            rate = done / max(1e-9, time.perf_counter() - load_started)
            out(f"  training records {done:>11,}/{records:,}  {rate:,.0f}/s")

    course_count = 0
    with engine.begin() as conn:
        provider_rows = [p.row() for p in gen.providers]
        conn.execute(insert(TrainingProvider), [dict(zip(PROVIDER_COLUMNS, r, strict=True)) for r in provider_rows])
        if postgres:
            with SetAside(conn, "training_records", out):
                for province in sorted(staff):
                    copy_rows(
                        conn,
                        "training_records",
                        RECORD_COLUMNS,
                        gen.province_records(province, staff[province], targets[province], progress),
                        RECORD_TYPES,
                    )
                    course_count += _write_courses(conn, gen, postgres)
        else:
            for province in sorted(staff):
                rows = list(gen.province_records(province, staff[province], targets[province], progress))
                course_count += _write_courses(conn, gen, postgres)
                for start in range(0, len(rows), 5000):
                    chunk = [dict(zip(RECORD_COLUMNS, r, strict=True)) for r in rows[start : start + 5000]]
                    conn.execute(insert(TrainingRecord), chunk)
        if postgres:  # the ids were given: move the sequences past them
            last_ids = (("training_providers", gen.providers[-1].id), ("training_courses", gen.next_course_id - 1))
            for table, last in last_ids:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :n)"), {"n": last})
    if postgres:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in ("training_providers", "training_courses", "training_records"):
                conn.execute(text(f"ANALYZE {table}"))
    totals.providers, totals.courses, totals.records = len(gen.providers), course_count, done
    totals.by_group = by_group
    out(
        f"training: {totals.providers:,} providers, {totals.courses:,} courses, {totals.records:,} records "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return totals


def _write_courses(conn: Connection, gen: TrainingGenerator, postgres: bool) -> int:
    in_house = {c.enterprise_id for c in gen.courses.values() if c.enterprise_id is not None}
    rows = gen.course_rows(names_and_addresses(conn, in_house))
    if postgres:
        copy_rows(conn, "training_courses", COURSE_COLUMNS, iter(rows))
    else:
        for start in range(0, len(rows), 5000):
            conn.execute(
                insert(TrainingCourse), [dict(zip(COURSE_COLUMNS, r, strict=True)) for r in rows[start : start + 5000]]
            )
    return len(rows)
