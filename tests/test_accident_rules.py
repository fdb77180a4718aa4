"""The legal rules of accidents, as pure functions: no database, no app."""

from datetime import UTC, date, datetime, timedelta

import pytest

from osh.accidents import rules
from osh.accidents.rules import VictimFacts

OCCURRED = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam


def victims(*severities: str, female: int = 0) -> list[VictimFacts]:
    """Victims of the given severities; the first `female` of them women."""
    return [VictimFacts(s, "female" if i < female else "male") for i, s in enumerate(severities)]


def derive(
    facts: list[VictimFacts],
    notified_at: datetime | None = None,
    needs_examination: bool = False,
    extension_days: int | None = None,
    occurred_at: datetime = OCCURRED,
) -> rules.Derived:
    return rules.derive(facts, occurred_at, notified_at or occurred_at, needs_examination, extension_days)


# --- severity and counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severities", "worst"),
    [
        ([], None),
        (["minor"], "minor"),
        (["minor", "minor"], "minor"),
        (["minor", "serious"], "serious"),
        (["serious", "minor", "serious"], "serious"),
        (["minor", "fatal", "serious"], "fatal"),
        (["fatal"], "fatal"),
    ],
)
def test_worst_severity(severities: list[str], worst: str | None) -> None:
    assert rules.worst_severity(severities) == worst
    assert derive(victims(*severities)).severity == worst


def test_counts() -> None:
    derived = derive(victims("fatal", "serious", "minor", "serious", "fatal", female=3))
    assert derived.victims_count == 5
    assert derived.deaths == 2
    assert derived.serious_count == 2
    assert derived.female_count == 3
    none = derive([])
    assert (none.victims_count, none.deaths, none.serious_count, none.female_count) == (0, 0, 0, 0)


# --- immediate notification and its lateness --------------------------------------------------------------


@pytest.mark.parametrize(
    ("severities", "immediate"),
    [
        (["fatal"], True),
        (["fatal", "minor"], True),
        (["serious", "serious"], True),
        (["serious", "serious", "minor"], True),
        (["serious"], False),
        (["serious", "minor", "minor"], False),
        (["minor", "minor", "minor"], False),
        ([], False),
    ],
)
def test_immediate_notification(severities: list[str], immediate: bool) -> None:
    assert derive(victims(*severities)).immediate_notification is immediate
    deaths, serious = severities.count("fatal"), severities.count("serious")
    assert rules.needs_immediate_notification(deaths, serious) is immediate
    # The provincial team investigates exactly the accidents that must be notified at once.
    assert rules.proposed_investigation_level(deaths, serious) == ("province" if immediate else "establishment")


def test_notification_late_after_24_hours_only() -> None:
    fatal = victims("fatal")
    on_the_hour = OCCURRED + timedelta(hours=24)
    assert derive(fatal, notified_at=on_the_hour).notification_late is False
    assert derive(fatal, notified_at=on_the_hour + timedelta(seconds=1)).notification_late is True
    assert derive(fatal, notified_at=OCCURRED + timedelta(minutes=30)).notification_late is False
    # Only notifications the law wants at once can be late.
    assert derive(victims("serious"), notified_at=OCCURRED + timedelta(days=3)).notification_late is False
    assert derive(victims("minor"), notified_at=OCCURRED + timedelta(days=3)).notification_late is False
    assert derive(victims("serious", "serious"), notified_at=OCCURRED + timedelta(days=2)).notification_late is True


# --- the investigation's time limit and deadline ----------------------------------------------------------


@pytest.mark.parametrize(
    ("severities", "limit"),
    [
        (["minor"], 4),
        (["minor", "minor", "minor"], 4),
        (["serious"], 7),
        (["serious", "minor"], 7),
        (["serious", "serious"], 20),
        (["fatal"], 30),
        (["fatal", "serious", "serious"], 30),
        ([], None),
    ],
)
def test_investigation_limit(severities: list[str], limit: int | None) -> None:
    derived = derive(victims(*severities))
    assert derived.investigation_limit_days == limit
    if limit is None:
        assert derived.investigation_deadline is None
    else:
        assert derived.investigation_deadline == date(2026, 3, 10) + timedelta(days=limit)


@pytest.mark.parametrize("severities", [["minor"], ["serious"], ["serious", "serious"], ["fatal"]])
def test_examination_gives_60_days(severities: list[str]) -> None:
    derived = derive(victims(*severities), needs_examination=True)
    assert derived.investigation_limit_days == 60
    assert derived.investigation_deadline == date(2026, 5, 9)


def test_no_limit_without_victims_even_with_examination() -> None:
    derived = derive([], needs_examination=True, extension_days=10)
    assert derived.investigation_limit_days is None
    assert derived.investigation_deadline is None
    assert rules.investigation_limit(None, 0, True) is None


def test_deadline_counts_from_the_local_date_of_the_notification() -> None:
    occurred = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)  # 03:00 on 11 March in Vietnam
    late_evening_utc = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)  # 06:30 on 11 March in Vietnam
    derived = derive(victims("minor"), notified_at=late_evening_utc, occurred_at=occurred)
    assert rules.local_date(late_evening_utc) == date(2026, 3, 11)
    assert derived.investigation_deadline == date(2026, 3, 15)
    before_midnight = datetime(2026, 3, 11, 16, 59, tzinfo=UTC)  # 23:59 on 11 March in Vietnam
    assert derive(victims("minor"), notified_at=before_midnight, occurred_at=occurred).investigation_deadline == date(
        2026, 3, 15
    )
    after_midnight = datetime(2026, 3, 11, 17, 0, tzinfo=UTC)  # 00:00 on 12 March in Vietnam
    assert derive(victims("minor"), notified_at=after_midnight, occurred_at=occurred).investigation_deadline == date(
        2026, 3, 16
    )


def test_extension_is_added_to_the_deadline_not_the_limit() -> None:
    derived = derive(victims("fatal"), extension_days=30)
    assert derived.investigation_limit_days == 30
    assert derived.investigation_deadline == date(2026, 3, 10) + timedelta(days=60)


@pytest.mark.parametrize(("severity", "allowed"), [("fatal", True), ("serious", True), ("minor", False), (None, False)])
def test_extension_only_for_serious_or_fatal(severity: str | None, allowed: bool) -> None:
    assert rules.extension_allowed(severity) is allowed


# --- overdue ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["notified", "investigating"])
def test_overdue_the_day_after_the_deadline_not_on_it(status: str) -> None:
    deadline = date(2026, 3, 14)
    assert rules.is_overdue(status, deadline, date(2026, 3, 13)) is False
    assert rules.is_overdue(status, deadline, deadline) is False
    assert rules.is_overdue(status, deadline, date(2026, 3, 15)) is True
    assert rules.is_overdue(status, None, date(2030, 1, 1)) is False


@pytest.mark.parametrize("status", ["concluded", "closed"])
def test_never_overdue_once_concluded(status: str) -> None:
    assert rules.is_overdue(status, date(2026, 3, 14), date(2027, 1, 1)) is False


def test_local_date_and_today_are_vietnamese_days() -> None:
    assert rules.local_date(datetime(2026, 12, 31, 16, 59, tzinfo=UTC)) == date(2026, 12, 31)
    assert rules.local_date(datetime(2026, 12, 31, 17, 0, tzinfo=UTC)) == date(2027, 1, 1)
    assert rules.today() == datetime.now(rules.LOCAL_TZ).date()


# --- status moves -----------------------------------------------------------------------------------------

ALLOWED_MOVES = {
    ("notified", "investigating"),
    ("investigating", "concluded"),
    ("concluded", "closed"),
    ("concluded", "investigating"),  # reopened
}


def test_transitions_table() -> None:
    assert rules.STATUSES == ("notified", "investigating", "concluded", "closed")
    moves = {(a, b) for a in rules.STATUSES for b in rules.STATUSES if rules.can_move(a, b)}
    assert moves == ALLOWED_MOVES
    assert {(a, b) for a, targets in rules.TRANSITIONS.items() for b in targets} == ALLOWED_MOVES


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("notified", "concluded"),
        ("notified", "closed"),
        ("investigating", "closed"),
        ("investigating", "notified"),
        ("closed", "concluded"),
        ("closed", "investigating"),
        ("closed", "notified"),
        ("notified", "notified"),
        ("closed", "closed"),
        ("notified", "unknown"),
        ("unknown", "investigating"),
    ],
)
def test_illegal_moves(current: str, target: str) -> None:
    assert rules.can_move(current, target) is False


# --- periods ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "bounds"),
    [
        ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("2025-H1", (date(2025, 1, 1), date(2025, 6, 30))),
        ("2025-H2", (date(2025, 7, 1), date(2025, 12, 31))),
        ("2024-H1", (date(2024, 1, 1), date(2024, 6, 30))),
    ],
)
def test_period_bounds(period: str, bounds: tuple[date, date]) -> None:
    assert rules.period_bounds(period) == bounds


@pytest.mark.parametrize("period", ["2025-H3", "2025-Q1", "abcd", "", "2025-", " 2025", "+2025", "٢٠٢٥", "2025-H1 "])
def test_period_bounds_refuses_other_periods(period: str) -> None:
    with pytest.raises(ValueError):
        rules.period_bounds(period)
