"""What the law derives from an accident's facts (Law on OSH 2015 Art. 34-35, Decree 39/2016 Art. 9-10).

Pure functions over plain values, so each rule is tested on its own and applied on every write."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# Legal days and periods are Vietnamese calendar days.
from osh.core.calendar import LOCAL_TZ as LOCAL_TZ
from osh.core.calendar import local_date as local_date
from osh.core.calendar import today as today

SEVERITY_RANK = {"minor": 1, "serious": 2, "fatal": 3}

# Law on OSH Art. 35(6): days from notification to the announcement of the investigation record.
LIMIT_MINOR = 4
LIMIT_SERIOUS_ONE = 7
LIMIT_SERIOUS_SEVERAL = 20
LIMIT_FATAL = 30
LIMIT_EXAMINATION = 60

# "Immediately, by the fastest means" (Decree 39 Art. 10(1)) has no hour count in the law; the system flags a
# notification received more than this long after the accident so that officers can follow it up.
IMMEDIATE_NOTIFICATION_HOURS = 24

STATUSES = ("notified", "investigating", "concluded", "closed")
# Allowed moves: forward one step at a time, and back from concluded to investigating when the investigation is
# reopened (a note is then required).
TRANSITIONS = {
    "notified": ("investigating",),
    "investigating": ("concluded",),
    "concluded": ("closed", "investigating"),
    "closed": (),
}
OPEN_STATUSES = ("notified", "investigating")

# A year, or a half-year: the reporting periods of Decree 39/2016 Art. 24.
PERIOD = re.compile(r"(?P<year>[0-9]{4})(?:-H(?P<half>[12]))?")


@dataclass(frozen=True)
class VictimFacts:
    severity: str
    sex: str


@dataclass(frozen=True)
class Derived:
    severity: str | None
    victims_count: int
    deaths: int
    serious_count: int
    female_count: int
    immediate_notification: bool
    notification_late: bool
    investigation_limit_days: int | None
    investigation_deadline: date | None


def worst_severity(severities: list[str]) -> str | None:
    return max(severities, key=SEVERITY_RANK.__getitem__) if severities else None


def needs_immediate_notification(deaths: int, serious: int) -> bool:
    """Decree 39 Art. 10(1): a death, or two or more workers seriously injured."""
    return deaths > 0 or serious >= 2


def investigation_limit(severity: str | None, serious: int, needs_examination: bool) -> int | None:
    """Days allowed for the investigation, by the law's classes; None when nobody was hurt."""
    if severity is None:
        return None
    if needs_examination:
        return LIMIT_EXAMINATION
    if severity == "fatal":
        return LIMIT_FATAL
    if severity == "serious":
        return LIMIT_SERIOUS_SEVERAL if serious >= 2 else LIMIT_SERIOUS_ONE
    return LIMIT_MINOR


def extension_allowed(severity: str | None) -> bool:
    """One extension, for complex serious or fatal accidents only."""
    return severity in ("serious", "fatal")


def proposed_investigation_level(deaths: int, serious: int) -> str:
    """The provincial team investigates fatal accidents and those seriously injuring two or more workers
    (Law Art. 35(2)); the employer's own team the others."""
    return "province" if needs_immediate_notification(deaths, serious) else "establishment"


def derive(
    victims: list[VictimFacts],
    occurred_at: datetime,
    notified_at: datetime,
    needs_examination: bool,
    extension_days: int | None,
) -> Derived:
    severities = [v.severity for v in victims]
    deaths = severities.count("fatal")
    serious = severities.count("serious")
    severity = worst_severity(severities)
    immediate = needs_immediate_notification(deaths, serious)
    limit = investigation_limit(severity, serious, needs_examination)
    deadline = None
    if limit is not None:
        deadline = local_date(notified_at) + timedelta(days=limit + (extension_days or 0))
    late = immediate and notified_at - occurred_at > timedelta(hours=IMMEDIATE_NOTIFICATION_HOURS)
    return Derived(
        severity=severity,
        victims_count=len(victims),
        deaths=deaths,
        serious_count=serious,
        female_count=sum(1 for v in victims if v.sex == "female"),
        immediate_notification=immediate,
        notification_late=late,
        investigation_limit_days=limit,
        investigation_deadline=deadline,
    )


def is_overdue(status: str, deadline: date | None, on: date) -> bool:
    """Still open after the last day allowed."""
    return status in OPEN_STATUSES and deadline is not None and on > deadline


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, ())


def period_bounds(period: str) -> tuple[date, date]:
    """'2025' -> 1 Jan..31 Dec; '2025-H1' -> 1 Jan..30 Jun; '2025-H2' -> 1 Jul..31 Dec (both ends included)."""
    match = PERIOD.fullmatch(period)
    if match is None:
        raise ValueError(period)
    year = int(match["year"])
    if match["half"] == "1":
        return date(year, 1, 1), date(year, 6, 30)
    if match["half"] == "2":
        return date(year, 7, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)
