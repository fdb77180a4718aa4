"""A small demo province (Bắc Ninh): two industrial zones, enterprises in several communes, one login per role."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from osh.areas.models import IndustrialZone
from osh.audit.models import AuditEvent
from osh.auth.models import User
from osh.auth.permissions import Role
from osh.core.text import fold
from osh.enterprises.models import Enterprise
from osh.enterprises.service import derive

DEMO_PASSWORD = "ATVSLD-demo-2026"

ZONES = [
    ("KCN-QV1", "Khu công nghiệp Quế Võ", "industrial_zone", "09265"),
    ("KCN-VSIP", "Khu công nghiệp VSIP Bắc Ninh", "industrial_zone", "09367"),
]

# tax code, name, legal form, ownership, VSIC, commune, address, zone, employees (total, female, hazardous)
ENTERPRISES = [
    (
        "2300100011",
        "Công ty TNHH Điện tử Đức Thành",
        "llc_multi_member",
        "foreign_invested",
        "2610",
        "09265",
        "Lô A1, KCN Quế Võ",
        "KCN-QV1",
        (1850, 1200, 140),
    ),
    (
        "2300100029",
        "Công ty Cổ phần Thép Hòa Phát Bắc Ninh",
        "joint_stock",
        "domestic_private",
        "2410",
        "09265",
        "Lô B3, KCN Quế Võ",
        "KCN-QV1",
        (620, 40, 410),
    ),
    (
        "2300100036",
        "Công ty TNHH May mặc Đông Phong",
        "llc_single_member",
        "foreign_invested",
        "1410",
        "09265",
        "Lô C2, KCN Quế Võ",
        "KCN-QV1",
        (2300, 1950, 60),
    ),
    (
        "2300100043",
        "Công ty TNHH Hóa chất Kinh Bắc",
        "llc_multi_member",
        "domestic_private",
        "2011",
        "09265",
        "Lô D5, KCN Quế Võ",
        "KCN-QV1",
        (85, 20, 60),
    ),
    (
        "2300100050",
        "Công ty TNHH Linh kiện Samsung Việt Nam (chi nhánh)",
        "branch",
        "foreign_invested",
        "2630",
        "09367",
        "Đường số 1, KCN VSIP",
        "KCN-VSIP",
        (3400, 2600, 90),
    ),
    (
        "2300100068",
        "Công ty Cổ phần Bao bì Tân Tiến",
        "joint_stock",
        "domestic_private",
        "1702",
        "09367",
        "Đường số 5, KCN VSIP",
        "KCN-VSIP",
        (240, 110, 35),
    ),
    (
        "2300100075",
        "Công ty TNHH Cơ khí Chính xác Việt Nhật",
        "llc_multi_member",
        "foreign_invested",
        "2592",
        "09367",
        "Đường số 7, KCN VSIP",
        "KCN-VSIP",
        (410, 60, 150),
    ),
    (
        "2300100082",
        "Công ty TNHH Xây dựng Đồng Nguyên",
        "llc_single_member",
        "domestic_private",
        "4101",
        "09382",
        "Số 12 đường Lý Thái Tổ",
        None,
        (160, 15, 120),
    ),
    (
        "2300100099",
        "Hợp tác xã Gốm sứ Phù Lãng",
        "cooperative",
        "collective",
        "2393",
        "09292",
        "Thôn Phù Lãng",
        None,
        (45, 20, 30),
    ),
    (
        "2300100103",
        "Hợp tác xã Đồ gỗ Mỹ nghệ Đồng Kỵ",
        "cooperative",
        "collective",
        "1629",
        "09376",
        "Làng nghề Đồng Kỵ",
        None,
        (60, 12, 25),
    ),
    (
        "2300100110",
        "Cơ sở Đúc đồng Đại Bái",
        "craft_village_establishment",
        "domestic_private",
        "2432",
        "09400",
        "Làng Đại Bái",
        None,
        (18, 2, 14),
    ),
    (
        "2300100128",
        "Hộ kinh doanh Tái chế giấy Phong Khê",
        "household_business",
        "domestic_private",
        "1701",
        "09187",
        "Thôn Dương Ổ",
        None,
        (12, 4, 9),
    ),
    (
        "2300100135",
        "Công ty TNHH Thực phẩm Kinh Bắc",
        "llc_multi_member",
        "domestic_private",
        "1079",
        "09187",
        "Số 8 đường Kinh Dương Vương",
        None,
        (95, 60, 10),
    ),
    (
        "2300100142",
        "Công ty Cổ phần Vận tải Bắc Giang",
        "joint_stock",
        "state",
        "4933",
        "07210",
        "Số 2 đường Xương Giang",
        None,
        (130, 10, 40),
    ),
    (
        "2300100159",
        "Công ty TNHH Khai thác Đá Lục Nam",
        "llc_single_member",
        "domestic_private",
        "0810",
        "07444",
        "Thôn Đồng Đình",
        None,
        (70, 5, 55),
    ),
    (
        "2300100166",
        "Công ty TNHH Dịch vụ Thương mại Việt Yên",
        "llc_single_member",
        "domestic_private",
        "4690",
        "07777",
        "Số 20 đường Nguyễn Thế Nho",
        None,
        (25, 14, 0),
    ),
    (
        "2300100173",
        "Công ty Cổ phần Điện lực Từ Sơn",
        "joint_stock",
        "state",
        "3510",
        "09367",
        "Số 1 đường Trần Phú",
        None,
        (210, 30, 80),
    ),
    (
        "2300100180",
        "Công ty TNHH Giày da Thuận Thành",
        "llc_multi_member",
        "foreign_invested",
        "1520",
        "09400",
        "Cụm công nghiệp Thanh Khương",
        None,
        (1500, 1100, 70),
    ),
]

USERS: list[tuple[str, str, Role, dict[str, Any]]] = [
    ("admin@demo.osh.vn", "Quản trị hệ thống", Role.admin, {"kind": "province"}),
    ("canbo.tinh@demo.osh.vn", "Nguyễn Thị Hương (Sở Nội vụ)", Role.province_officer, {"kind": "province"}),
    ("thanhtra@demo.osh.vn", "Trần Văn Đức (Thanh tra)", Role.inspector, {"kind": "province"}),
    (
        "canbo.xa@demo.osh.vn",
        "Lê Văn Minh (Phường Kinh Bắc)",
        Role.commune_officer,
        {"kind": "communes", "codes": ["09187"]},
    ),
    ("bql.kcn@demo.osh.vn", "Phạm Thu Hà (BQL KCN Quế Võ)", Role.zone_board, {"kind": "zones", "codes": ["KCN-QV1"]}),
    (
        "doanhnghiep@demo.osh.vn",
        "Đỗ Văn Thành (Điện tử Đức Thành)",
        Role.enterprise_user,
        {"kind": "enterprise", "tax_code": "2300100011"},
    ),
    ("ytecs@demo.osh.vn", "BS. Ngô Thị Lan (Trung tâm Y tế)", Role.health_facility, {"kind": "province"}),
    ("lanhdao@demo.osh.vn", "Vũ Quốc Hùng (Lãnh đạo)", Role.viewer, {"kind": "province"}),
]


def load(session: Session, hash_password: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """Insert the demo province once; returns (email, role, password) of the demo logins."""
    if session.scalar(select(Enterprise.id).limit(1)) is not None:
        return []
    for code, name, kind, commune in ZONES:
        session.add(IndustrialZone(code=code, name=name, name_folded=fold(name), kind=kind, admin_unit_code=commune))
    session.flush()
    by_tax: dict[str, Enterprise] = {}
    for tax, name, form, ownership, vsic, commune, address, zone, (total, female, hazardous) in ENTERPRISES:
        enterprise = Enterprise(
            tax_code=tax,
            name=name,
            legal_form=form,
            ownership=ownership,
            vsic_code=vsic,
            admin_unit_code=commune,
            address=address,
            zone_code=zone,
            employees_total=total,
            employees_female=female,
            employees_hazardous=hazardous,
            status="active",
            high_risk_override=None,
        )
        derive(enterprise)
        session.add(enterprise)
        by_tax[tax] = enterprise
    session.flush()
    password_hash = hash_password(DEMO_PASSWORD)
    logins = []
    for email, full_name, role, scope in USERS:
        if "tax_code" in scope:
            scope = {"kind": "enterprise", "enterprise_id": by_tax[scope["tax_code"]].id}
        session.add(
            User(
                email=email,
                full_name=full_name,
                password_hash=password_hash,
                role=role.value,
                scope=scope,
                is_active=True,
                failed_logins=0,
            )
        )
        logins.append((email, role.value, DEMO_PASSWORD))
    session.add(
        AuditEvent(
            actor_kind="system",
            actor_id=None,
            actor_label="system",
            action="demo_load",
            entity="system",
            entity_id=None,
        )
    )
    return logins
