"""Searching the registry: case, Vietnamese diacritics (đ/Đ and the look-alike Ð included) and Unicode
normalisation are ignored; every word must match; LIKE wildcards in the query are plain characters."""

import unicodedata
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, World
from osh.app import create_app
from osh.core.settings import Settings
from osh.core.text import fold, search_terms
from osh.enterprises.models import Enterprise

API = "/api/v1/enterprises"

VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


# --- osh.core.text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
        ("Công ty Đồng Đức", "cong ty dong duc"),
        ("\u00d0\u1ed3ng Tháp", "dong thap"),  # Latin capital eth, a look-alike of Đ
        ("\u00f0\u1ed3ng", "dong"),  # Latin small eth
        ("Hòa Phát", "hoa phat"),
        ("Hoà Phát", "hoa phat"),  # old-style tone placement
        ("Ư Ơ ư ơ Ă Â Ê Ô Ắ Ỵ", "u o u o a a e o a y"),
        ("  Hà   Nội\t\n Phố ", "ha noi pho"),
        ("ＡＢＣ １２３", "abc 123"),
        ("100% Vốn_Ngoại", "100% von_ngoai"),
        ("0101234567-001", "0101234567-001"),
        ("", ""),
        (None, ""),
        ("   ", ""),
    ],
)
def test_fold(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_fold_ignores_normalisation_form() -> None:
    for text in ("Thủy Nguyên", "Đồng Đức", "Nguyễn Thị Ánh Tuyết", "Quỳnh Phụ", "Ðồng Tháp"):
        expected = fold(text)
        for form in ("NFC", "NFD", "NFKC", "NFKD"):
            assert fold(unicodedata.normalize(form, text)) == expected, (text, form)


def test_fold_leaves_plain_ascii_letters() -> None:
    folded = fold(VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "ĐÐð")
    assert folded.isascii()
    assert set(folded) <= set("aeiouyd")
    assert folded.count("d") == 5
    assert fold(folded) == folded


def test_search_terms() -> None:
    assert search_terms("  Công  ty   ĐỨC ") == ["cong", "ty", "duc"]
    assert search_terms("dong\tduc\n") == ["dong", "duc"]
    assert search_terms(None) == []
    assert search_terms("") == []
    assert search_terms("   ") == []
    assert search_terms("100% a_b") == ["100%", "a_b"]


# --- search over HTTP -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    """One app for the module; each test still gets its own lifespan and emptied database."""
    return module_app


def add(client: TestClient, world: World, tax_code: str, name: str, address: str = "Số 1", **extra: Any) -> int:
    body = {
        "tax_code": tax_code,
        "name": name,
        "legal_form": "llc_single_member",
        "vsic_code": "2592",
        "admin_unit_code": COMMUNE_A,
        "address": address,
        **extra,
    }
    answer = client.post(API, json=body, headers=world.auth("officer"))
    assert answer.status_code == 201, answer.text
    enterprise_id: int = answer.json()["id"]
    return enterprise_id


@pytest.fixture
def named(client: TestClient, world: World) -> dict[str, int]:
    ids = {name: world.ids[name] for name in ("a1", "za", "b1", "zb")}
    ids["eth"] = add(client, world, "0600000001", "Công ty \u00d0\u1ed3ng Tháp")
    ids["nfd"] = add(client, world, "0600000002", unicodedata.normalize("NFD", "Công ty Nguyễn Thị Thủy"))
    ids["street"] = add(client, world, "0600000003", "Xưởng cơ khí Ánh Dương", "Số 12 Đường Trần Hưng Đạo")
    ids["percent"] = add(client, world, "0600000004", "Công ty 100% Vốn Ngoại")
    ids["underscore"] = add(client, world, "0600000005", "Công ty Dệt_May")
    ids["knit"] = add(client, world, "0600000006", "Công ty Dệt Kim")
    ids["slash"] = add(client, world, "0600000007", "Công ty A/B", admin_unit_code=COMMUNE_B)
    ids["branch"] = add(client, world, "0600000001-002", "Chi nhánh Đông Anh", legal_form="branch")
    return ids


def search(client: TestClient, world: World, q: str, who: str = "officer", **params: Any) -> list[int]:
    answer = client.get(API, params={"q": q, "limit": 200, **params}, headers=world.auth(who))
    assert answer.status_code == 200, answer.text
    page = answer.json()
    assert page["total"] == len(page["items"])
    return sorted(e["id"] for e in page["items"])


def expect(named: dict[str, int], *names: str) -> list[int]:
    return sorted(named[name] for name in names)


SEARCHES: list[tuple[str, tuple[str, ...]]] = [
    ("dong duc", ("a1",)),
    ("DONG DUC", ("a1",)),
    ("Đồng Đức", ("a1",)),
    ("ĐỒNG ĐỨC", ("a1",)),
    ("đong đuc", ("a1",)),
    ("duc dong", ("a1",)),
    ("hoa phat", ("za",)),
    ("Hòa Phát", ("za",)),
    ("Hoà Phát", ("za",)),
    ("HOA PHAT KHU A", ("za",)),
    ("DONG THAP", ("eth",)),
    ("Đồng Tháp", ("eth",)),
    ("\u00f0\u00f4ng th\u00e1p", ("eth",)),
    ("nguyễn thị thủy", ("nfd",)),
    ("Nguyen Thi Thuy", ("nfd",)),
    (unicodedata.normalize("NFD", "Nguyễn Thị Thủy"), ("nfd",)),
    (unicodedata.normalize("NFD", "Bình Minh"), ("b1",)),
    ("bình minh", ("b1",)),
    ("0100000003", ("b1",)),
    ("100000004", ("zb",)),
    ("0600000001", ("eth", "branch")),
    ("0600000001-002", ("branch",)),
    ("tran hung dao", ("street",)),
    ("Đạo", ("street",)),
    ("duong tran", ("street",)),
    ("co khi duong", ("street",)),
    ("khu b", ("zb",)),
    ("cong ty khu", ("za", "zb")),
    ("dong binh", ()),
    ("dong", ("a1", "eth", "branch")),
    ("duong", ("street",)),
    ("%", ("percent",)),
    ("100%", ("percent",)),
    ("0%", ("percent",)),
    ("_", ("underscore",)),
    ("det_may", ("underscore",)),
    ("d_t", ()),
    ("det", ("underscore", "knit")),
    ("/", ("slash",)),
    ("a/b", ("slash",)),
    ("\\", ()),
    ("'", ()),
    ("khong co ai", ()),
]


def test_search_ignores_case_diacritics_and_normalisation(
    client: TestClient, world: World, named: dict[str, int]
) -> None:
    got = {q: search(client, world, q) for q, _ in SEARCHES}
    assert got == {q: expect(named, *names) for q, names in SEARCHES}


def test_blank_query_does_not_filter(client: TestClient, world: World, named: dict[str, int]) -> None:
    everything = sorted(named.values())
    assert search(client, world, "") == everything
    assert search(client, world, "   ") == everything


def test_search_stays_in_scope_and_combines_with_filters(
    client: TestClient, world: World, named: dict[str, int]
) -> None:
    assert search(client, world, "binh minh", "commune_a") == []
    assert search(client, world, "a/b", "commune_a") == []
    assert search(client, world, "dong", "commune_a") == expect(named, "a1", "eth", "branch")
    assert search(client, world, "cong ty khu", "zone_a") == expect(named, "za")
    assert search(client, world, "cong ty", admin_unit=COMMUNE_B) == expect(named, "b1", "zb", "slash")
    assert search(client, world, "dong", legal_form="branch") == expect(named, "branch")
    assert search(client, world, "cong ty", zone="ZA") == expect(named, "za")


def test_search_follows_renames_and_deletes(client: TestClient, world: World, named: dict[str, int]) -> None:
    url = f"{API}/{named['a1']}"
    answer = client.patch(
        url,
        json={"name": "Công ty Sông Đà", "address": "Khu phố Quế Võ"},
        headers={**world.auth("officer"), "If-Match": '"1"'},
    )
    assert answer.status_code == 200, answer.text
    assert search(client, world, "song da") == expect(named, "a1")
    assert search(client, world, "que vo") == expect(named, "a1")
    assert search(client, world, "dong duc") == []

    delete = client.delete(url, headers={**world.auth("officer"), "If-Match": '"2"'})
    assert delete.status_code == 204
    assert search(client, world, "song da") == []


def test_stored_search_columns(client: TestClient, world: World, db: Session, named: dict[str, int]) -> None:
    db.rollback()
    eth = db.get(Enterprise, named["eth"])
    nfd = db.get(Enterprise, named["nfd"])
    street = db.get(Enterprise, named["street"])
    assert eth is not None and nfd is not None and street is not None
    assert eth.name_folded == "cong ty dong thap"
    assert nfd.name_folded == "cong ty nguyen thi thuy"
    assert street.search_text == "xuong co khi anh duong 0600000003 so 12 duong tran hung dao"
    assert all(text.isascii() for text in db.scalars(select(Enterprise.search_text)))


def test_search_sorts_by_folded_name(client: TestClient, world: World, named: dict[str, int]) -> None:
    answer = client.get(API, params={"q": "cong ty", "limit": 200}, headers=world.auth("officer"))
    names = [fold(e["name"]) for e in answer.json()["items"]]
    assert names == sorted(names)
    assert len(names) == 10
