"""The training rules of Decree 44/2016 (as amended) without a database: which class trains which group (read
from the reference list, never restated here), the document of each group and its expiry, refresher due dates,
states at their boundaries, failed trainings and the hours warning."""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from osh.training import rules

DATA = Path(rules.__file__).resolve().parents[1] / "reference" / "data"
ISSUED = date(2026, 10, 3)


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


CLASSES = {
    str(item["class"]): {int(g) for g in item["trains_groups"]} for item in load("training_org_classes")["items"]
}
GROUPS = {int(item["group"]): item for item in load("training_groups")["items"]}


def test_the_reference_lists_hold_three_classes_and_six_groups() -> None:
    assert sorted(CLASSES) == ["A", "B", "C"]
    assert sorted(GROUPS) == [1, 2, 3, 4, 5, 6]
    assert rules.GROUPS == (1, 2, 3, 4, 5, 6)
    # Every group can be trained by some class, and no class trains a group outside 1-6.
    assert set().union(*CLASSES.values()) <= set(GROUPS)


@pytest.mark.parametrize("org_class", ["A", "B", "C"])
@pytest.mark.parametrize("group", [1, 2, 3, 4, 5, 6])
def test_class_covers_exactly_the_groups_of_the_reference(org_class: str, group: int) -> None:
    assert rules.class_covers(org_class, group) is (group in CLASSES[org_class])


def test_class_coverage_follows_the_amended_mapping_not_the_superseded_one() -> None:
    data = load("training_org_classes")
    superseded = {cls: set(groups) for cls, groups in data["superseded_2016_mapping"].items()}
    # The file keeps the 2016 mapping for history; the rules read the current one, and the two differ.
    assert {cls: set(groups) for cls, groups in rules.class_groups().items()} == CLASSES
    assert CLASSES != superseded
    differing = [(cls, g) for cls in CLASSES for g in range(1, 7) if (g in CLASSES[cls]) != (g in superseded[cls])]
    assert differing
    for cls, group in differing:
        assert rules.class_covers(cls, group) is (group in CLASSES[cls])


def test_unknown_class_covers_nothing() -> None:
    assert not any(rules.class_covers("D", group) for group in range(1, 7))
    assert not rules.class_covers("C", 7)


def test_documents_by_group() -> None:
    expected = {1: "certificate", 2: "certificate", 3: "safety_card", 4: "log_book_entry", 5: "certificate"}
    expected[6] = "certificate"
    for group, document in expected.items():
        assert rules.group_rules()[group].document == document == GROUPS[group]["document"]
        assert rules.derive(group, "first", 100, "pass", ISSUED).document_kind == document


@pytest.mark.parametrize("group", [1, 2, 3, 5, 6])
def test_certificate_and_card_valid_through_the_same_date_24_months_on(group: int) -> None:
    derived = rules.derive(group, "first", 100, "pass", ISSUED)
    assert derived.expires_on == date(2028, 10, 3)
    assert derived.valid_until == date(2028, 10, 3)
    refresher = GROUPS[group]["refresher_interval_months"]
    assert derived.refresher_due_on == rules.last_day_of(ISSUED, refresher)
    assert derived.hours_below_minimum is False


def test_log_book_entry_has_no_expiry_and_counts_until_the_refresher() -> None:
    derived = rules.derive(4, "first", 16, "pass", ISSUED)
    assert derived.document_kind == "log_book_entry"
    assert derived.expires_on is None
    months = GROUPS[4]["refresher_interval_months"]
    assert derived.refresher_due_on == rules.last_day_of(ISSUED, months)
    assert derived.valid_until == derived.refresher_due_on
    assert derived.refresher_due_on == date(2027, 10, 3)  # yearly (C2 in the reference)


def test_add_months_and_last_day_at_month_ends() -> None:
    assert rules.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert rules.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert rules.add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert rules.add_months(date(2026, 10, 3), 24) == date(2028, 10, 3)
    assert rules.last_day_of(date(2026, 12, 31), 12) == date(2027, 12, 31)
    assert rules.last_day_of(date(2026, 12, 31), 2) == date(2027, 2, 28)  # across a year end, to a shorter month


def test_issued_on_29_february() -> None:
    leap = date(2028, 2, 29)
    # 24 months on, February has no 29th: the term ends on the month's last day (Civil Code Art. 148).
    card = rules.derive(3, "first", 24, "pass", leap)
    assert card.expires_on == date(2030, 2, 28)
    # Four years on, the date exists again.
    assert rules.last_day_of(leap, 48) == date(2032, 2, 29)
    log = rules.derive(4, "first", 16, "pass", leap)
    assert log.valid_until == rules.last_day_of(leap, GROUPS[4]["refresher_interval_months"])
    assert log.valid_until == date(2029, 2, 28)
    # Issued on 28 February of a leap year, the card runs to 28 February.
    assert rules.derive(3, "first", 24, "pass", date(2028, 2, 28)).expires_on == date(2030, 2, 28)


def test_state_at_the_expiry_boundaries() -> None:
    last_day = date(2028, 10, 3)
    assert rules.state(last_day, "pass", last_day - timedelta(days=1)) == "expiring"
    assert rules.state(last_day, "pass", last_day) == "expiring"
    assert rules.state(last_day, "pass", last_day + timedelta(days=1)) == "expired"


def test_expiring_window_is_60_days_inclusive() -> None:
    assert rules.EXPIRING_WITHIN_DAYS == 60
    on = date(2026, 11, 30)
    assert rules.state(on + timedelta(days=60), "pass", on) == "expiring"
    assert rules.state(on + timedelta(days=61), "pass", on) == "valid"
    assert rules.state(on + timedelta(days=1), "pass", on) == "expiring"
    assert rules.state(on - timedelta(days=1), "pass", on) == "expired"
    assert rules.state(None, "pass", on) == "valid"


def test_state_of_a_derived_card_over_its_life() -> None:
    card = rules.derive(3, "first", 24, "pass", ISSUED)
    assert card.valid_until is not None
    assert rules.state(card.valid_until, "pass", ISSUED) == "valid"
    assert rules.state(card.valid_until, "pass", card.valid_until - timedelta(days=61)) == "valid"
    assert rules.state(card.valid_until, "pass", card.valid_until - timedelta(days=60)) == "expiring"
    # Issued 3 October 2026 for 24 months: still good on 3 October 2028, expired from the 4th.
    assert rules.state(card.valid_until, "pass", date(2028, 10, 3)) == "expiring"
    assert rules.state(card.valid_until, "pass", date(2028, 10, 4)) == "expired"


@pytest.mark.parametrize("group", [1, 2, 3, 4, 5, 6])
def test_failed_training_gives_no_document(group: int) -> None:
    derived = rules.derive(group, "first", 100, "fail", ISSUED)
    assert derived.document_kind is None
    assert (derived.expires_on, derived.refresher_due_on, derived.valid_until) == (None, None, None)
    assert rules.state(None, "fail", ISSUED) == "failed"
    assert rules.state(date(2030, 1, 1), "fail", ISSUED) == "failed"


@pytest.mark.parametrize("group", [1, 2, 3, 4, 5, 6])
def test_hours_warning_for_a_first_training_under_the_minimum(group: int) -> None:
    minimum = int(GROUPS[group]["first_training_min_hours"])
    assert rules.group_rules()[group].first_training_min_hours == minimum
    assert rules.derive(group, "first", minimum - 1, "pass", ISSUED).hours_below_minimum is True
    assert rules.derive(group, "first", minimum, "pass", ISSUED).hours_below_minimum is False
    # A failed first training that was too short is flagged too: the course itself fell short.
    assert rules.derive(group, "first", minimum - 1, "fail", ISSUED).hours_below_minimum is True
    # No first-training minimum applies to a refresher or a retraining.
    assert rules.derive(group, "refresher", 1, "pass", ISSUED).hours_below_minimum is False
    assert rules.derive(group, "retraining", 1, "pass", ISSUED).hours_below_minimum is False


def test_minimum_hours_of_the_decree() -> None:
    assert {g: rules.group_rules()[g].first_training_min_hours for g in rules.GROUPS} == {
        1: 16,
        2: 48,
        3: 24,
        4: 16,
        5: 56,
        6: 4,
    }
