"""A small demo province (Bắc Ninh): two industrial zones, enterprises in several communes, one login per role,
the accidents of last year and this year with their investigations, and OSH training: providers, courses and the
certificates, safety cards and log-book entries they gave."""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from osh.accidents import rules
from osh.accidents import service as accidents
from osh.accidents.models import Accident, AccidentVictim
from osh.areas.models import IndustrialZone
from osh.audit.models import AuditEvent
from osh.audit.service import jsonable
from osh.auth.models import User
from osh.auth.permissions import Role
from osh.core.counters import Counter
from osh.core.text import fold
from osh.datagen import words
from osh.datagen.accidents import code_prefix, counter_name
from osh.datagen.training import KIND_VI
from osh.enterprises.models import Enterprise
from osh.enterprises.service import derive
from osh.training import rules as tr_rules
from osh.training import service as training
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord

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

# -- accidents ----------------------------------------------------------------------------------------------------

# The accidents below are written as seen on this day; loaded on another day they move by the same number of days,
# so that this year's open investigations keep their place against their deadlines.
DEMO_TODAY = date(2026, 11, 30)

OFFICER = "canbo.tinh@demo.osh.vn"
INSPECTOR = "thanhtra@demo.osh.vn"
COMMUNE_OFFICER = "canbo.xa@demo.osh.vn"
ZONE_BOARD = "bql.kcn@demo.osh.vn"
EMPLOYER = "doanhnghiep@demo.osh.vn"

TEAM_PROVINCE = (
    "Đoàn điều tra tai nạn lao động cấp tỉnh: Sở Nội vụ (trưởng đoàn), Công an tỉnh, Liên đoàn Lao động tỉnh, Sở Y tế"
)
TEAM_ESTABLISHMENT = (
    "Đoàn điều tra tai nạn lao động cấp cơ sở: Giám đốc, cán bộ an toàn, vệ sinh lao động, Chủ tịch Công đoàn cơ sở"
)
NOTES = {
    "investigating": "Thành lập đoàn điều tra, khám nghiệm hiện trường",
    "concluded": "Công bố biên bản điều tra tai nạn lao động",
    "closed": "Đã chi trả chế độ cho người bị nạn, đóng hồ sơ",
}
# (status, days after the notification); the usual course of a minor and of a serious accident
MINOR_CLOSED = (("investigating", 0.5), ("concluded", 3.0), ("closed", 15.0))
SERIOUS_CLOSED = (("investigating", 0.5), ("concluded", 6.0), ("closed", 30.0))


@dataclass(frozen=True)
class DemoVictim:
    name: str
    sex: str
    born: int
    occupation: str  # VSCO level 2
    severity: str
    injury: str
    days_off: int = 0
    medical: int = 0  # VND
    wages: int = 0
    compensation: int = 0
    capacity_loss: int | None = None
    contract: str = "indefinite_term"
    citizen_id: str | None = None
    not_managed: bool = False


@dataclass(frozen=True)
class DemoAccident:
    occurred: str  # local time, as seen on DEMO_TODAY
    enterprise: str | None  # tax code; None for a worker without a labour contract
    commune: str  # where it happened
    place: str
    cause: str | None
    factor: str | None
    description: str
    victims: tuple[DemoVictim, ...]
    reporter: str
    notified_after_h: float
    channel: str
    steps: tuple[tuple[str, float], ...] = ()
    investigator: str = OFFICER
    team: str | None = None
    kind: str = "accident"
    level: str | None = None  # proposed from the severity when None
    needs_examination: bool = False
    extension: tuple[int, str, float] | None = None  # days, reason, granted this many days after notification
    property_damage: int = 0


V = DemoVictim
ACCIDENTS = [
    # -- last year ---------------------------------------------------------------------------------------------
    DemoAccident(
        "2025-01-14 09:20",
        "2300100036",
        "09265",
        "Xưởng may số 2, Lô C2, KCN Quế Võ",
        "7",
        "4",
        "Trong lúc may cổ áo, chị Lê Thị Hoa đưa tay chỉnh vải khi máy đang chạy; kim máy may đâm xuyên ngón trỏ "
        "tay trái.",
        (V("Lê Thị Hoa", "female", 1996, "75", "minor", "Thủng ngón trỏ tay trái do kim máy may", 5, 1_200_000,
           1_750_000, contract="fixed_term"),),
        ZONE_BOARD, 3, "online", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-02-26 14:05",
        "2300100011",
        "09265",
        "Dây chuyền SMT số 3, Lô A1, KCN Quế Võ",
        "5",
        "4",
        "Khi vệ sinh đầu gắp linh kiện của máy gắp dán SMT, chị Phạm Thị Thu Trang không tắt máy theo quy trình; "
        "đầu gắp di chuyển kẹp vào hai ngón tay phải.",
        (V("Phạm Thị Thu Trang", "female", 1999, "82", "minor", "Dập ngón giữa và ngón áp út tay phải", 7, 2_500_000,
           2_450_000),),
        EMPLOYER, 2, "online", (("investigating", 0.3), ("concluded", 2.5), ("closed", 12.0)), team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-03-18 07:50",
        "2300100159",
        "07444",
        "Moong khai thác số 2, thôn Đồng Đình",
        "3",
        "5",
        "Khi nổ mìn phá đá, khoảng cách an toàn không được bảo đảm; một mảnh đá văng trúng mặt anh Hoàng Văn Thắng "
        "đang đứng gác mìn cách bãi nổ khoảng 150 m.",
        (V("Hoàng Văn Thắng", "male", 1984, "93", "minor", "Rách da vùng gò má trái, khâu 7 mũi", 9, 3_200_000,
           2_700_000, citizen_id="024084001376"),),
        OFFICER, 5, "phone", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-04-03 10:30",
        "2300100036",
        "09265",
        "Xưởng cắt, Lô C2, KCN Quế Võ",
        "7",
        "16",
        "Khi cắt rập bằng kéo điện cầm tay, chị Nguyễn Thị Nga không đeo găng tay chống cắt; lưỡi kéo cứa vào mu "
        "bàn tay trái.",
        (V("Nguyễn Thị Nga", "female", 1991, "75", "minor", "Rách da mu bàn tay trái, khâu 5 mũi", 4, 800_000,
           1_400_000),),
        ZONE_BOARD, 6, "online", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-04-22 10:15",
        None,
        "09187",
        "Công trình nhà ở của hộ ông Trần Văn Lộc, khu phố Đông, Phường Kinh Bắc",
        "8",
        "13",
        "Khi trát tường ngoài tầng 3, anh Nguyễn Văn Tuấn (thợ xây làm thuê theo ngày) không đeo dây an toàn, bước "
        "hụt chân trên giàn giáo và ngã xuống sân từ độ cao khoảng 8 m.",
        (V("Nguyễn Văn Tuấn", "male", 1981, "71", "serious", "Gãy cột sống thắt lưng L1, gãy xương cổ tay phải", 120,
           95_000_000, capacity_loss=45, contract="no_contract", citizen_id="027081009235"),),
        COMMUNE_OFFICER, 2, "in_person", (("investigating", 0.5), ("concluded", 6.0), ("closed", 45.0)),
        team="Ủy ban nhân dân phường Kinh Bắc phối hợp với Công an phường Kinh Bắc",
    ),
    DemoAccident(
        "2025-05-09 15:40",
        "2300100050",
        "09367",
        "Kho thành phẩm, Đường số 1, KCN VSIP Bắc Ninh",
        "3",
        "3.2",
        "Xe nâng hàng lùi trong lối đi hẹp giữa hai dãy kệ, va vào chân anh Đặng Quốc Việt đang kiểm đếm hàng.",
        (V("Đặng Quốc Việt", "male", 1995, "43", "minor", "Dập bàn chân phải", 10, 3_000_000, 4_200_000),),
        OFFICER, 20, "online", (("investigating", 1.0), ("concluded", 3.5), ("closed", 20.0)), team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-06-17 08:30",
        "2300100082",
        "09376",
        "Công trường xây dựng nhà văn hóa khu phố, Phường Tam Sơn",
        "4",
        "13",
        "Khi lắp dựng cốp pha sàn tầng 2, anh Bùi Văn Khánh trượt chân trên dầm thép và ngã xuống nền từ độ cao "
        "khoảng 2 m.",
        (V("Bùi Văn Khánh", "male", 1992, "71", "minor", "Rạn xương mắt cá chân trái, bong gân", 21, 6_500_000,
           6_300_000, contract="fixed_term"),),
        OFFICER, 1.5, "phone", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-07-08 09:45",
        "2300100029",
        "09265",
        "Xưởng cán thép, Lô B3, KCN Quế Võ",
        "1",
        "3.2",
        "Khi cầu trục 10 tấn nâng bó thép cuộn, móc cẩu bị tuột chốt an toàn; bó thép rơi đè trúng anh Đinh Công Sơn "
        "đang móc cáp ở phía dưới. Cầu trục được niêm phong chờ giám định kỹ thuật.",
        (V("Đinh Công Sơn", "male", 1988, "81", "fatal", "Đa chấn thương, tử vong tại chỗ", 0, 15_000_000, 0,
           270_000_000, citizen_id="027088004512"),),
        ZONE_BOARD, 1, "phone", (("investigating", 0.2), ("concluded", 41.0), ("closed", 70.0)),
        investigator=INSPECTOR, team=TEAM_PROVINCE, needs_examination=True, property_damage=120_000_000,
    ),
    DemoAccident(
        "2025-08-12 13:20",
        "2300100173",
        "09376",
        "Trạm biến áp phân phối Tam Sơn 3, Phường Tam Sơn",
        "5",
        "1",
        "Khi thay cầu chì tại trạm biến áp phân phối, anh Ngô Minh Hải chưa cắt điện phía trung thế theo phiếu công "
        "tác và bị phóng điện hồ quang.",
        (V("Ngô Minh Hải", "male", 1990, "74", "serious", "Bỏng điện độ III vùng bàn tay và cẳng tay phải", 95,
           120_000_000, 33_250_000, 54_000_000, 35),),
        OFFICER, 2, "phone", SERIOUS_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-08-27 10:05",
        "2300100068",
        "09367",
        "Xưởng in và cán màng, Đường số 5, KCN VSIP Bắc Ninh",
        "7",
        "4",
        "Anh Vũ Đức Long dùng tay gỡ giấy kẹt giữa hai trục cán màng khi máy chưa dừng hẳn; tay phải bị cuốn vào "
        "trục.",
        (V("Vũ Đức Long", "male", 1997, "81", "serious", "Dập nát bàn tay phải, cắt cụt hai ngón tay", 110,
           86_000_000, 36_300_000, 48_000_000, 32),),
        OFFICER, 6, "online", SERIOUS_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-09-04 15:00",
        "2300100075",
        "09367",
        "Xưởng gia công cơ khí, Đường số 7, KCN VSIP Bắc Ninh",
        "8",
        "5",
        "Anh Hồ Minh Khoa không đeo kính bảo hộ khi mài ba via chi tiết; mạt kim loại văng vào mắt trái.",
        (V("Hồ Minh Khoa", "male", 2000, "72", "minor", "Dị vật giác mạc mắt trái", 3, 900_000, 1_050_000),),
        OFFICER, 8, "email", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-09-19 16:30",
        None,
        "09187",
        "Nhà bà Nguyễn Thị Mận, thôn Dương Ổ, Phường Kinh Bắc",
        "5",
        "1",
        "Anh Đỗ Văn Hiếu (thợ điện tự do) sửa đường dây điện sau công tơ khi chưa ngắt cầu dao, bị điện giật và ngã "
        "từ thang xuống.",
        (V("Đỗ Văn Hiếu", "male", 1979, "74", "minor", "Bỏng điện nhẹ ở ngón tay, bầm tím vùng hông", 6, 2_100_000,
           contract="no_contract"),),
        COMMUNE_OFFICER, 20, "in_person", (("investigating", 1.0), ("concluded", 3.5), ("closed", 25.0)),
        team="Ủy ban nhân dân phường Kinh Bắc phối hợp với Công an phường Kinh Bắc",
    ),
    DemoAccident(
        "2025-10-06 11:10",
        "2300100099",
        "09292",
        "Lò nung gốm, thôn Phù Lãng",
        "2",
        "10",
        "Khi ra lò, chị Trần Thị Liên dùng tay kéo giá đỡ sản phẩm còn nóng; găng tay bị thủng làm bỏng bàn tay.",
        (V("Trần Thị Liên", "female", 1985, "75", "minor", "Bỏng độ II lòng bàn tay trái", 8, 1_800_000,
           2_400_000),),
        OFFICER, 22, "in_person", (("investigating", 1.0), ("concluded", 3.5), ("closed", 18.0)),
        team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-11-14 05:50",
        "2300100142",
        "07777",
        "Quốc lộ 37, đoạn qua Phường Việt Yên",
        "9",
        "14.1",
        "Xe tải của công ty chở hàng đi Hà Nội bị xe container đi ngược chiều lấn làn đâm trực diện; lái xe Dương "
        "Văn Nghĩa tử vong, phụ xe Lương Minh Đức bị thương nặng.",
        (
            V("Dương Văn Nghĩa", "male", 1976, "83", "fatal", "Đa chấn thương, tử vong trên đường đi cấp cứu", 0,
              8_000_000, 0, 255_000_000, citizen_id="024076002118"),
            V("Lương Minh Đức", "male", 1998, "93", "serious", "Gãy xương đùi phải, chấn thương sọ não", 150,
              135_000_000, 45_000_000, 42_000_000, 28, contract="fixed_term"),
        ),
        OFFICER, 3, "phone", (("investigating", 0.3), ("concluded", 48.0), ("closed", 75.0)),
        investigator=INSPECTOR, team=TEAM_PROVINCE, needs_examination=True,
    ),
    DemoAccident(
        "2025-12-03 14:25",
        "2300100043",
        "09265",
        "Khu vực pha chế, Lô D5, KCN Quế Võ",
        "2",
        "8",
        "Khi xả van bồn chứa axit clohydric, ống mềm bị nứt làm hơi axit phun ra; anh Lý Quang Huy chỉ đeo khẩu trang "
        "vải, không có mặt nạ phòng độc, bị ngộ độc hơi axit.",
        (V("Lý Quang Huy", "male", 1993, "81", "minor", "Bỏng hóa chất độ I vùng cổ, theo dõi tại bệnh viện", 5,
           4_800_000, 1_750_000),),
        ZONE_BOARD, 4, "online", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2025-12-16 09:10",
        "2300100110",
        "09400",
        "Xưởng đúc, làng Đại Bái",
        "2",
        "10",
        "Khi rót đồng nóng chảy vào khuôn, khuôn cát bị ẩm gây nổ, đồng lỏng bắn vào hai chân anh Nguyễn Hữu Phúc.",
        (V("Nguyễn Hữu Phúc", "male", 1983, "72", "serious", "Bỏng độ III hai cẳng chân, 8% diện tích cơ thể", 70,
           72_000_000, 21_000_000, 19_500_000, 15, contract="fixed_term"),),
        OFFICER, 28, "in_person", (("investigating", 1.0), ("concluded", 6.8)), team=TEAM_ESTABLISHMENT,
    ),
    # -- this year ---------------------------------------------------------------------------------------------
    DemoAccident(
        "2026-01-09 10:30",
        "2300100050",
        "09367",
        "Khu vực đóng gói, Đường số 1, KCN VSIP Bắc Ninh",
        "7",
        "4",
        "Chị Hồ Thị Yến bị kẹp ngón tay khi đóng nắp thùng các tông trên băng chuyền đóng gói đang chạy.",
        (V("Hồ Thị Yến", "female", 2002, "82", "minor", "Dập ngón cái tay trái", 4, 600_000, 1_400_000),),
        OFFICER, 6, "online", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-02-24 15:15",
        "2300100103",
        "09376",
        "Xưởng xẻ gỗ, làng nghề Đồng Kỵ",
        "1",
        "4",
        "Khi xẻ gỗ trên máy cưa đĩa đã bị tháo tấm che lưỡi cưa, anh Tạ Văn Lực bị lưỡi cưa cắt vào bàn tay trái.",
        (V("Tạ Văn Lực", "male", 1989, "75", "serious", "Cắt cụt ngón trỏ và ngón giữa tay trái", 80, 45_000_000,
           24_000_000, 36_000_000, 25, contract="fixed_term"),),
        OFFICER, 10, "in_person", SERIOUS_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-03-12 08:40",
        None,
        "09187",
        "Bãi tập kết phế liệu, thôn Dương Ổ, Phường Kinh Bắc",
        "8",
        "5",
        "Anh Mai Văn Toàn (làm thuê tự do) cắt sắt phế liệu bằng máy cắt cầm tay, không đeo kính bảo hộ; mảnh đá cắt "
        "vỡ văng vào mặt.",
        (V("Mai Văn Toàn", "male", 1987, "93", "minor", "Rách da vùng trán, dị vật mắt phải", 7, 2_200_000,
           contract="no_contract"),),
        COMMUNE_OFFICER, 26, "in_person", (("investigating", 1.0), ("concluded", 3.5), ("closed", 20.0)),
        team="Ủy ban nhân dân phường Kinh Bắc",
    ),
    DemoAccident(
        "2026-03-28 13:50",
        "2300100180",
        "09400",
        "Xưởng gò giày số 2, Cụm công nghiệp Thanh Khương",
        "6",
        "8",
        "Quạt hút của khu vực quét keo bị hỏng từ đầu ca; ba công nhân nữ bị choáng váng, buồn nôn do hít phải hơi "
        "dung môi và được đưa đến Trung tâm Y tế theo dõi.",
        (
            V("Đoàn Thị Hằng", "female", 1994, "75", "minor", "Ngộ độc hơi dung môi nhẹ", 2, 1_500_000, 700_000),
            V("Cao Thị Mai", "female", 2001, "75", "minor", "Ngộ độc hơi dung môi nhẹ", 3, 1_500_000, 1_050_000),
            V("Nguyễn Thị Thanh Huyền", "female", 1990, "75", "minor", "Ngộ độc hơi dung môi nhẹ", 2, 1_500_000,
              700_000),
        ),
        OFFICER, 4, "phone", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-05-06 10:20",
        "2300100029",
        "09265",
        "Xưởng luyện phôi thép, Lô B3, KCN Quế Võ",
        "3",
        "10",
        "Khi rót thép từ thùng rót vào khuôn đúc phôi, thùng rót bị nghiêng quá nhanh làm thép lỏng bắn ra; hai công "
        "nhân đứng gần bị bỏng nặng.",
        (
            V("Phan Văn Dũng", "male", 1987, "81", "serious", "Bỏng độ III, 18% diện tích cơ thể", 160, 280_000_000,
              56_000_000, 96_000_000, 41, citizen_id="027087011690"),
            V("Lê Quang Vinh", "male", 1993, "72", "serious", "Bỏng độ II-III hai cẳng tay và mặt", 90, 150_000_000,
              31_500_000, 42_000_000, 22),
        ),
        ZONE_BOARD, 1.5, "phone", (("investigating", 0.2), ("concluded", 27.0), ("closed", 50.0)),
        investigator=INSPECTOR, team=TEAM_PROVINCE,
        extension=(10, "Chờ kết quả giám định thương tật của Hội đồng giám định y khoa", 18.0),
    ),
    DemoAccident(
        "2026-06-03 11:35",
        "2300100011",
        "09265",
        "Xưởng dập vỏ linh kiện, Lô A1, KCN Quế Võ",
        "1",
        "4",
        "Khi chỉnh khuôn của máy dập, tấm che an toàn đã bị tháo và cảm biến dừng khẩn cấp không hoạt động; chày dập "
        "đi xuống làm đứt ngón tay chị Lương Thị Nhung.",
        (V("Lương Thị Nhung", "female", 1995, "82", "serious", "Cắt cụt đốt 2 ngón trỏ tay phải", 65, 32_000_000,
           22_750_000, 27_000_000, 18),),
        EMPLOYER, 3, "online", (("investigating", 0.5), ("concluded", 6.0)), team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-06-20 10:00",
        None,
        "09292",
        "Sân phơi thóc, thôn Phù Lãng, Xã Phù Lãng",
        "7",
        "4",
        "Bà Ngô Thị Lan (làm thuê tuốt lúa) bị máy tuốt lúa cuốn vạt áo, kéo tay phải vào máy.",
        (V("Ngô Thị Lan", "female", 1968, "92", "minor", "Rách da cẳng tay phải, khâu 8 mũi", 10, 1_600_000,
           contract="no_contract"),),
        OFFICER, 30, "in_person", (("investigating", 1.0), ("concluded", 3.5), ("closed", 20.0)),
        team="Ủy ban nhân dân xã Phù Lãng",
    ),
    DemoAccident(
        "2026-07-15 09:25",
        "2300100128",
        "09187",
        "Xưởng nghiền bột giấy, thôn Dương Ổ, Phường Kinh Bắc",
        "5",
        "4",
        "Anh Nguyễn Văn Cường đẩy giấy vụn vào máy nghiền bột bằng tay; cánh khuấy đập vào cổ tay phải.",
        (V("Nguyễn Văn Cường", "male", 1986, "93", "minor", "Bầm dập, rách da cổ tay phải", 12, 3_500_000, 3_600_000,
           contract="no_contract"),),
        OFFICER, 18, "phone", (("investigating", 1.0), ("concluded", 3.5)), team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-08-18 14:00",
        "2300100036",
        "09265",
        "Cầu thang kho vải, Lô C2, KCN Quế Võ",
        "3",
        "16",
        "Chị Vũ Thị Thủy bê thùng vải từ tầng 2 xuống, bị che khuất tầm nhìn và trượt ngã trên cầu thang.",
        (V("Vũ Thị Thủy", "female", 1998, "75", "minor", "Bong gân cổ chân trái, bầm tím vùng hông", 5, 1_100_000,
           1_750_000),),
        ZONE_BOARD, 24, "online", MINOR_CLOSED, team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-09-08 16:45",
        "2300100135",
        "09187",
        "Khu vực rửa nguyên liệu, số 8 đường Kinh Dương Vương",
        "6",
        "16",
        "Chị Trần Thị Phương trượt ngã trên sàn ướt của khu vực rửa nguyên liệu khi đẩy xe hàng.",
        (V("Trần Thị Phương", "female", 1979, "75", "minor", "Trật khớp khuỷu tay phải", 14, 4_000_000,
           4_200_000),),
        OFFICER, 20, "phone", (("investigating", 1.0), ("concluded", 3.5), ("closed", 25.0)), team=TEAM_ESTABLISHMENT,
    ),
    DemoAccident(
        "2026-09-23 02:10",
        "2300100043",
        "09265",
        "Kho hóa chất, Lô D5, KCN Quế Võ",
        "1",
        "8",
        "Ca đêm, gioăng mặt bích đường ống dẫn amoniac của hệ thống làm lạnh bị hỏng, khí amoniac rò rỉ ra khu vực "
        "kho. Công ty sơ tán 45 người lao động, cô lập nguồn rò và thông gió; không có người bị thương.",
        (),
        ZONE_BOARD, 2, "phone", (("investigating", 0.3), ("concluded", 18.0)),
        team="Đoàn điều tra sự cố: Sở Nội vụ, Sở Công Thương, Ban Quản lý các khu công nghiệp tỉnh",
        kind="technical_incident", level="province", property_damage=350_000_000,
    ),
    DemoAccident(
        "2026-10-08 08:15",
        "2300100082",
        "09367",
        "Công trường xây dựng nhà xưởng, đường Lý Thái Tổ, Phường Từ Sơn",
        "5",
        "6.1",
        "Khi đổ bê tông sàn mái nhà xưởng, hệ giàn giáo chống đỡ cốp pha bị sập; ba công nhân đang làm việc trên sàn "
        "rơi xuống từ độ cao khoảng 9 m. Anh Trương Văn Hùng tử vong tại bệnh viện, hai người khác bị thương nặng.",
        (
            V("Trương Văn Hùng", "male", 1983, "71", "fatal", "Chấn thương sọ não nặng, tử vong sau 6 giờ cấp cứu", 0,
              22_000_000, 0, 240_000_000, citizen_id="027083005821"),
            V("Hoàng Minh Quân", "male", 1995, "71", "serious", "Gãy xương đùi trái, gãy xương cẳng tay phải", 120,
              110_000_000, 36_000_000, contract="fixed_term"),
            V("Nguyễn Xuân Trung", "male", 1990, "93", "serious", "Vỡ xương chậu", 150, 140_000_000, 45_000_000,
              contract="no_contract", not_managed=True),
        ),
        OFFICER, 1, "phone", (("investigating", 0.2),), investigator=INSPECTOR,
    ),
    DemoAccident(
        "2026-10-22 10:40",
        "2300100075",
        "09367",
        "Xưởng tiện, Đường số 7, KCN VSIP Bắc Ninh",
        "7",
        "4",
        "Anh Đặng Văn Phong mặc áo bảo hộ không cài cúc tay khi vận hành máy tiện; tay áo bị cuốn vào mâm cặp, kéo "
        "cánh tay trái vào máy.",
        (V("Đặng Văn Phong", "male", 1996, "81", "serious", "Gãy hở xương cẳng tay trái", 100, 75_000_000,
           30_000_000),),
        OFFICER, 4, "email", (("investigating", 1.0),),
    ),
    DemoAccident(
        "2026-10-25 07:30",
        "2300100159",
        "07444",
        "Tầng khai thác số 3, moong đá thôn Đồng Đình",
        "3",
        "6.2",
        "Khi khai thác đá ở tầng 3 của moong, một khối đất đá lớn từ vách moong bất ngờ sạt xuống, vùi lấp máy xúc và "
        "anh Lục Văn Kiên đang điều khiển máy. Cần giám định địa chất vách moong.",
        (V("Lục Văn Kiên", "male", 1986, "81", "fatal", "Tử vong tại hiện trường", 0, 0, 0, 250_000_000,
           citizen_id="024086007734"),),
        OFFICER, 1, "phone", (("investigating", 0.3),), investigator=INSPECTOR, needs_examination=True,
        property_damage=1_800_000_000,
    ),
    DemoAccident(
        "2026-11-05 17:30",
        None,
        "07444",
        "Đồi keo thôn Đồng Đình, Xã Lục Nam",
        "4",
        "6.3",
        "Ông Vi Văn Thành (làm thuê cưa keo theo ngày) bị cây keo đổ đè trúng khi cưa hạ cây; gia đình đưa đi cấp cứu "
        "nhưng không qua khỏi. Gia đình báo Ủy ban nhân dân xã ba ngày sau.",
        (V("Vi Văn Thành", "male", 1972, "92", "fatal", "Đa chấn thương, tử vong trên đường đi cấp cứu", 0,
           3_500_000, contract="no_contract"),),
        OFFICER, 72, "in_person", (("investigating", 1.0),), investigator=INSPECTOR,
    ),
    DemoAccident(
        "2026-11-19 15:20",
        "2300100180",
        "09400",
        "Xưởng may mũ giày, Cụm công nghiệp Thanh Khương",
        "7",
        "4",
        "Chị Đinh Thị Hương đưa tay đỡ mũ giày quá gần chân vịt; kim máy may đâm vào ngón tay trỏ.",
        (V("Đinh Thị Hương", "female", 2003, "75", "minor", "Thủng ngón trỏ tay trái do kim máy may", 3, 500_000,
           1_050_000),),
        OFFICER, 19, "phone",
    ),
    DemoAccident(
        "2026-11-24 10:00",
        None,
        "09187",
        "Vỉa hè đường Kinh Dương Vương, khu phố Đông, Phường Kinh Bắc",
        "8",
        "13",
        "Anh Phạm Văn Hùng (làm thuê tự do) cắt tỉa cây xà cừ cho một hộ dân, không đeo dây an toàn; cành cây gãy làm "
        "anh ngã từ độ cao khoảng 6 m.",
        (V("Phạm Văn Hùng", "male", 1985, "96", "serious", "Gãy xương đòn và xương cổ tay trái", 60, 28_000_000,
           contract="no_contract"),),
        COMMUNE_OFFICER, 4, "in_person", (("investigating", 1.0),),
    ),
    DemoAccident(
        "2026-11-27 14:10",
        "2300100011",
        "09265",
        "Khu vực sửa chữa bo mạch, Lô A1, KCN Quế Võ",
        "7",
        "10",
        "Chị Nguyễn Thị Lan chạm tay vào đầu mỏ hàn khi sửa bo mạch, bị bỏng nhẹ ngón cái tay phải.",
        (V("Nguyễn Thị Lan", "female", 2000, "82", "minor", "Bỏng độ I ngón cái tay phải", 2, 300_000, 700_000),),
        EMPLOYER, 2.3, "online",
    ),
]  # fmt: skip


def _event(
    at: datetime,
    user: User,
    action: str,
    entity_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    entity: str = "accident",
) -> AuditEvent:
    return AuditEvent(
        at=at,
        actor_kind="user",
        actor_id=user.id,
        actor_label=user.email,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=jsonable(before),
        after=jsonable(after),
    )


def load_accidents(
    session: Session, by_tax: dict[str, Enterprise], users: dict[str, User], today: date | None = None
) -> list[Accident]:
    """Add the demo accidents as reported and investigated through the API: derived columns from the same rules,
    codes from the per-year counters, one audit row per report, extension and status move, at the time it
    happened."""
    shift = (today or rules.today()) - DEMO_TODAY
    built: list[tuple[Accident, DemoAccident]] = []
    for spec in ACCIDENTS:
        local = datetime.strptime(spec.occurred, "%Y-%m-%d %H:%M").replace(tzinfo=rules.LOCAL_TZ) + shift
        occurred_at = local.astimezone(UTC)
        notified_at = occurred_at + timedelta(hours=spec.notified_after_h)
        enterprise = by_tax[spec.enterprise] if spec.enterprise else None
        deaths = sum(1 for v in spec.victims if v.severity == "fatal")
        serious = sum(1 for v in spec.victims if v.severity == "serious")
        accident = Accident(
            kind=spec.kind,
            sector="contract" if enterprise else "non_contract",
            enterprise_id=enterprise.id if enterprise else None,
            zone_code=enterprise.zone_code if enterprise else None,
            vsic_section=enterprise.vsic_section if enterprise else None,
            admin_unit_code=spec.commune,
            occurred_at=occurred_at,
            place=spec.place,
            cause_code=spec.cause,
            injury_factor_code=spec.factor,
            description=spec.description,
            notified_at=notified_at,
            notification_channel=spec.channel,
            needs_examination=spec.needs_examination,
            investigation_level=spec.level or rules.proposed_investigation_level(deaths, serious),
            property_damage_vnd=spec.property_damage,
            status="notified",
            reported_by=spec.reporter,
            created_at=notified_at,
            updated_at=notified_at,
        )
        accident.victims = [
            AccidentVictim(
                full_name=v.name,
                sex=v.sex,
                birth_year=v.born,
                occupation_code=v.occupation,
                citizen_id=v.citizen_id,
                contract_status=v.contract,
                not_under_management=v.not_managed,
                severity=v.severity,
                injury_description=v.injury,
                days_off=v.days_off,
                medical_cost_vnd=v.medical,
                wages_during_treatment_vnd=v.wages,
                compensation_vnd=v.compensation,
                capacity_loss_pct=v.capacity_loss,
            )
            for v in spec.victims
        ]
        built.append((accident, spec))

    # Codes in the order the reports came in: accidents and technical incidents numbered apart, each year anew.
    built.sort(key=lambda pair: pair[0].notified_at)
    last: dict[str, int] = {}
    for accident, spec in built:
        year = rules.local_date(accident.occurred_at).year
        prefix = code_prefix(spec.kind)
        name = counter_name(prefix, year)
        last[name] = last.get(name, 0) + 1
        accident.code = f"{prefix}-{year}-{last[name]:05d}"
        enterprise = by_tax[spec.enterprise] if spec.enterprise else None
        accidents.derive(accident, enterprise.name if enterprise else None)
        session.add(accident)
    for name, value in sorted(last.items()):
        session.add(Counter(name=name, value=value))
    session.flush()

    for accident, spec in built:
        enterprise_name = by_tax[spec.enterprise].name if spec.enterprise else None
        reporter, investigator = users[spec.reporter], users[spec.investigator]
        session.add(_event(accident.notified_at, reporter, "create", accident.id, None, accidents.snapshot(accident)))
        moves = [(accident.notified_at + timedelta(days=days), status) for status, days in spec.steps]
        if spec.extension:
            moves.append((accident.notified_at + timedelta(days=spec.extension[2]), "extension"))
        for at, move in sorted(moves, key=lambda m: m[0]):
            before: dict[str, Any]
            after: dict[str, Any]
            if move == "extension":
                assert spec.extension is not None
                days, reason, _ = spec.extension
                deadline = accident.investigation_deadline
                accident.extension_days, accident.extension_reason = days, reason
                accidents.derive(accident, enterprise_name)
                before = {"extension_days": None, "extension_reason": None, "investigation_deadline": deadline}
                after = {
                    "extension_days": days,
                    "extension_reason": reason,
                    "investigation_deadline": accident.investigation_deadline,
                }
                session.add(_event(at, investigator, "update", accident.id, before, after))
                continue
            if move == "concluded" and spec.team:
                before, after = {"investigation_team": None}, {"investigation_team": spec.team}
                session.add(_event(at - timedelta(hours=2), investigator, "update", accident.id, before, after))
                accident.investigation_team = spec.team
            before = {"status": accident.status}
            after = {"status": move, "note": NOTES[move]}
            accident.status = move
            if move == "investigating":
                accident.investigating_at, accident.investigating_by = at, investigator.email
            elif move == "concluded":
                accident.investigation_record_date = rules.local_date(at)
                accident.concluded_at, accident.concluded_by = at, investigator.email
                before["investigation_record_date"] = None
                after["investigation_record_date"] = accident.investigation_record_date
            else:
                accident.closed_at, accident.closed_by = at, investigator.email
            accident.updated_at = at
            session.add(_event(at, investigator, "status", accident.id, before, after))
    session.flush()
    return [accident for accident, _ in built]


# -- training -----------------------------------------------------------------------------------------------------

# As seen on DEMO_TODAY and moved like the accidents: the enterprise user's company (Điện tử Đức Thành) has safety
# cards and certificates that are valid, that run out within 60 days and that have run out.


@dataclass(frozen=True)
class DemoProvider:
    key: str
    name: str
    org_class: str
    licence: str
    issued: str
    expires: str
    commune: str | None
    address: str | None
    phone: str | None = None
    employer: str | None = None  # tax code of a self-training employer


@dataclass(frozen=True)
class DemoCourse:
    key: str
    provider: str
    group: int
    kind: str
    start: str
    end: str
    hours: int
    place: str
    commune: str
    # (tax code or None, people): who attended, by enterprise; None for people without an enterprise
    attendees: tuple[tuple[str | None, int], ...]
    in_house: str | None = None  # tax code of the enterprise of an in-house course
    audience: str | None = None  # program courses only
    funding: int | None = None  # VND
    renewing: str | None = None  # the course whose attendees of the same enterprise come back for the refresher
    failed: int = 0  # attendees who failed the test


PROVIDERS = [
    DemoProvider(
        "kinh-bac", "Trung tâm Huấn luyện An toàn lao động Kinh Bắc", "A", "012/2023/GCN-HLATVSLĐ", "2023-03-15",
        "2028-03-14", "09187", "Số 25 đường Nguyễn Đăng Đạo, Phường Kinh Bắc", "02223812345",
    ),
    DemoProvider(
        "kiem-dinh", "Công ty Cổ phần Kiểm định và Huấn luyện An toàn Bắc Ninh", "B", "027/2022/GCN-HLATVSLĐ",
        "2022-06-01", "2027-05-31", "09376", "Số 8 đường Lý Thánh Tông, Phường Tam Sơn", "02223765432",
    ),
    DemoProvider(
        "mien-bac", "Trung tâm Kỹ thuật An toàn lao động Miền Bắc", "C", "005/2022/GCN-HLATVSLĐ", "2022-01-10",
        "2027-01-09", "09265", "Số 3 đường Lê Thái Tổ, Phường Quế Võ", "02223654321",
    ),
    DemoProvider(
        "viet-hung", "Công ty TNHH Tư vấn An toàn Việt Hưng", "C", "031/2020/GCN-HLATVSLĐ", "2020-09-01",
        "2025-08-31", "09367", "Số 45 đường Trần Phú, Phường Từ Sơn", "0912345678",
    ),
    DemoProvider(
        "samsung", "Công ty TNHH Linh kiện Samsung Việt Nam (chi nhánh)", "B", "041/2024/GCN-TH", "2024-02-20",
        "2029-02-19", "09367", "Đường số 1, KCN VSIP", employer="2300100050",
    ),
    DemoProvider(
        "cao-dang", "Trường Cao đẳng Công nghiệp Bắc Ninh", "B", "018/2024/GCN-HLATVSLĐ", "2024-04-01", "2029-03-31",
        "09400", "Đường Thanh Khương, Phường Thuận Thành", "02223878787",
    ),
]  # fmt: skip

DUC_THANH, HOA_PHAT, DONG_PHONG, SAMSUNG = "2300100011", "2300100029", "2300100036", "2300100050"
COURSES = [
    DemoCourse(
        "hoa-phat-cards-2024", "viet-hung", 3, "first", "2024-05-13", "2024-05-15", 24, "Lô B3, KCN Quế Võ", "09265",
        ((HOA_PHAT, 10),), in_house=HOA_PHAT,
    ),
    DemoCourse(
        "duc-thanh-cards-2024", "viet-hung", 3, "first", "2024-03-18", "2024-03-20", 24, "Lô A1, KCN Quế Võ", "09265",
        ((DUC_THANH, 9),), in_house=DUC_THANH,
    ),
    DemoCourse(
        "managers-2024-06", "kiem-dinh", 1, "first", "2024-06-10", "2024-06-11", 16,
        "Số 8 đường Lý Thánh Tông, Phường Tam Sơn", "09376",
        ((DUC_THANH, 3), (DONG_PHONG, 2), ("2300100082", 2), ("2300100135", 1)),
        audience="employers", funding=24_000_000,
    ),
    DemoCourse(
        "duc-thanh-cards-2024-12", "mien-bac", 3, "first", "2024-12-09", "2024-12-11", 24, "Lô A1, KCN Quế Võ",
        "09265", ((DUC_THANH, 14),), in_house=DUC_THANH, failed=1,
    ),
    DemoCourse(
        "managers-2024-12", "kiem-dinh", 1, "first", "2024-12-16", "2024-12-17", 16,
        "Số 8 đường Lý Thánh Tông, Phường Tam Sơn", "09376",
        ((DUC_THANH, 4), ("2300100075", 2), ("2300100068", 2), ("2300100173", 2)),
        audience="employers", funding=26_000_000,
    ),
    DemoCourse(
        "health-2025", "cao-dang", 5, "first", "2025-03-03", "2025-03-09", 56,
        "Đường Thanh Khương, Phường Thuận Thành", "09400",
        ((DUC_THANH, 2), (SAMSUNG, 2), ("2300100180", 2)),
        audience="health_workers", funding=30_000_000,
    ),
    DemoCourse(
        "strict-jobs-2025", "viet-hung", 3, "first", "2025-04-14", "2025-04-16", 24,
        "Số 45 đường Trần Phú, Phường Từ Sơn", "09367",
        (("2300100082", 5), ("2300100159", 4), ("2300100099", 2)),
    ),
    DemoCourse(
        "osh-officers-2025", "mien-bac", 2, "first", "2025-10-06", "2025-10-11", 48,
        "Số 3 đường Lê Thái Tổ, Phường Quế Võ", "09265",
        ((DUC_THANH, 2), (HOA_PHAT, 2), (DONG_PHONG, 1), ("2300100043", 2), ("2300100075", 2), ("2300100082", 2),
         ("2300100159", 1), ("2300100173", 2)),
        audience="osh_officers", funding=45_000_000,
    ),
    DemoCourse(
        "zone-workers-2025", "kinh-bac", 4, "first", "2025-11-17", "2025-11-18", 16,
        "Hội trường Ban Quản lý KCN Quế Võ", "09265",
        (("2300100043", 8), ("2300100068", 7)), audience="workers", funding=18_000_000,
    ),
    DemoCourse(
        "dong-phong-collaborators", "kinh-bac", 6, "first", "2025-12-15", "2025-12-15", 4, "Lô C2, KCN Quế Võ",
        "09265", ((DONG_PHONG, 12),), in_house=DONG_PHONG,
    ),
    DemoCourse(
        "samsung-new-hires", "samsung", 4, "first", "2026-02-23", "2026-02-24", 16, "Đường số 1, KCN VSIP",
        "09367", ((SAMSUNG, 25),), in_house=SAMSUNG,
    ),
    DemoCourse(
        "duc-thanh-cards-2026", "mien-bac", 3, "refresher", "2026-03-09", "2026-03-10", 12, "Lô A1, KCN Quế Võ",
        "09265", ((DUC_THANH, 12),), in_house=DUC_THANH, renewing="duc-thanh-cards-2024",
    ),
    DemoCourse(
        "duc-thanh-yearly-2026", "kinh-bac", 4, "refresher", "2026-05-18", "2026-05-18", 8, "Lô A1, KCN Quế Võ",
        "09265", ((DUC_THANH, 30),), in_house=DUC_THANH,
    ),
    DemoCourse(
        "commune-officials-2026", "kiem-dinh", 1, "first", "2026-06-22", "2026-06-23", 16,
        "Hội trường Ủy ban nhân dân Phường Kinh Bắc", "09187", ((None, 12),),
        audience="commune_officials", funding=20_000_000,
    ),
    DemoCourse(
        "farmers-2026", "cao-dang", 4, "first", "2026-09-14", "2026-09-15", 16,
        "Hội trường Ủy ban nhân dân Xã Lục Nam", "07444", ((None, 20),), audience="farmers", funding=15_000_000,
        failed=1,
    ),
]  # fmt: skip

# Log-book entries of Đức Thành's new hires, recorded by the employer without a course: (days before DEMO_TODAY,
# people).
NEW_HIRES = ((40, 6), (12, 4))
NEW_HIRES_PROVIDER = "kinh-bac"

DEMO_OCCUPATIONS = {
    1: ("Giám đốc", "Phó giám đốc", "Quản đốc phân xưởng", "Trưởng phòng sản xuất"),
    2: ("Cán bộ an toàn, vệ sinh lao động", "Chuyên viên an toàn (HSE)"),
    3: ("Vận hành cầu trục", "Vận hành xe nâng hàng", "Thợ hàn điện", "Thợ điện", "Vận hành nồi hơi"),
    4: ("Công nhân lắp ráp", "Công nhân kiểm hàng", "Nhân viên kho", "Công nhân đóng gói"),
    5: ("Bác sĩ", "Điều dưỡng", "Y sĩ"),
    6: ("An toàn, vệ sinh viên tổ sản xuất",),
}
STRANGER_OCCUPATIONS = {1: ("Công chức văn hóa - xã hội", "Phó Chủ tịch Ủy ban nhân dân"), 4: ("Nông dân",)}


def _day(text: str, shift: timedelta) -> date:
    return date.fromisoformat(text) + shift


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=rules.LOCAL_TZ).astimezone(UTC)


@dataclass
class DemoPerson:
    name: str
    birth_year: int
    citizen_id: str | None
    occupation: str


def _person(rng: random.Random, group: int, enterprise: Enterprise | None, year: int) -> DemoPerson:
    male = rng.random() < (0.35 if group == 4 else 0.6)
    surname = rng.choice([s for s, _ in words.SURNAMES[:12]])
    if male:
        name = f"{surname} {rng.choice(words.MIDDLE_MALE)} {rng.choice(words.GIVEN_MALE)}"
    else:
        name = f"{surname} {rng.choice(words.MIDDLE_FEMALE)} {rng.choice(words.GIVEN_FEMALE)}"
    born = year - rng.randint(30, 55) if group in (1, 2, 5) else year - rng.randint(19, 50)
    citizen_id = None
    if rng.random() < 0.7:
        century = (0 if born < 2000 else 2) + (0 if male else 1)
        citizen_id = f"027{century}{born % 100:02d}{rng.randrange(10**6):06d}"
    occupations = DEMO_OCCUPATIONS[group] if enterprise else STRANGER_OCCUPATIONS.get(group, DEMO_OCCUPATIONS[group])
    return DemoPerson(name, born, citizen_id, rng.choice(occupations))


def load_training(
    session: Session, by_tax: dict[str, Enterprise], users: dict[str, User], today: date | None = None
) -> list[TrainingRecord]:
    """Add the demo training providers, courses and records as registered through the API: the same derived
    columns (training.service.derive_record), document numbers counted per provider, one audit row each."""
    shift = (today or rules.today()) - DEMO_TODAY
    rng = random.Random("demo-training")
    officer, employer = users[OFFICER], users[EMPLOYER]
    providers: dict[str, TrainingProvider] = {}
    for spec in PROVIDERS:
        enterprise = by_tax[spec.employer] if spec.employer else None
        provider = TrainingProvider(
            kind="self_training_employer" if enterprise else "organisation",
            name=spec.name,
            name_folded=fold(spec.name)[:300],
            license_number=spec.licence,
            org_class=spec.org_class,
            license_issued_on=_day(spec.issued, shift),
            license_expires_on=_day(spec.expires, shift),
            enterprise_id=enterprise.id if enterprise else None,
            admin_unit_code=spec.commune,
            address=spec.address,
            phone=spec.phone,
        )
        provider.created_at = provider.updated_at = _at(provider.license_issued_on + timedelta(days=10), 9)
        session.add(provider)
        providers[spec.key] = provider
    session.flush()
    for provider in providers.values():
        after = training.snapshot(provider, training.PROVIDER_FIELDS)
        session.add(_event(provider.created_at, officer, "create", provider.id, None, after, "training_provider"))

    numbers: dict[int, int] = {}  # documents issued so far by each provider

    def record(
        provider: TrainingProvider,
        person: DemoPerson,
        enterprise: Enterprise | None,
        course: TrainingCourse | None,
        values: dict[str, Any],
    ) -> TrainingRecord:
        row = TrainingRecord(
            worker_name=person.name,
            birth_year=person.birth_year,
            citizen_id=person.citizen_id,
            occupation=person.occupation,
            enterprise_id=enterprise.id if enterprise else None,
            admin_unit_code=enterprise.admin_unit_code if enterprise else course.admin_unit_code if course else None,
            zone_code=enterprise.zone_code if enterprise else None,
            provider_id=provider.id,
            course_id=course.id if course else None,
            **values,
        )
        if row.result == "pass" and tr_rules.group_rules()[row.trainee_group].document != "log_book_entry":
            numbers[provider.id] = numbers.get(provider.id, 0) + 1
            prefix = "TAT" if row.trainee_group == 3 else "GCN"
            row.document_number = f"{prefix}-{row.issued_on.year}-{numbers[provider.id]:04d}"
        training.derive_record(row)
        row.created_at = row.updated_at = _at(row.issued_on + timedelta(days=1), 9)
        session.add(row)
        return row

    built: list[TrainingRecord] = []
    attended: dict[str, list[tuple[DemoPerson, str | None]]] = {}
    for plan in COURSES:
        provider = providers[plan.provider]
        start, end = _day(plan.start, shift), _day(plan.end, shift)
        course = TrainingCourse(
            provider_id=provider.id,
            title=f"Huấn luyện an toàn, vệ sinh lao động nhóm {plan.group} ({KIND_VI[plan.kind]}) năm {start.year}",
            trainee_group=plan.group,
            kind=plan.kind,
            start_on=start,
            end_on=end,
            hours=plan.hours,
            place=plan.place,
            admin_unit_code=plan.commune,
            enterprise_id=by_tax[plan.in_house].id if plan.in_house else None,
            funded_by_program=plan.audience is not None,
            program_funding_vnd=plan.funding,
            audience=plan.audience,
        )
        course.created_at = course.updated_at = _at(start - timedelta(days=14), 10)
        session.add(course)
        session.flush()
        after = training.snapshot(course, training.COURSE_FIELDS)
        session.add(_event(course.created_at, officer, "create", course.id, None, after, "training_course"))
        people: list[tuple[DemoPerson, str | None]] = []
        back = list(attended.get(plan.renewing or "", []))
        for tax, count in plan.attendees:
            enterprise = by_tax[tax] if tax else None
            returning = [p for p in back if p[1] == tax][: count // 3]  # a third renew what they had
            for k in range(count):
                person = returning[k][0] if k < len(returning) else _person(rng, plan.group, enterprise, end.year)
                people.append((person, tax))
        failed = {len(people) - 1 - k for k in range(plan.failed)}
        for n, (person, tax) in enumerate(people):
            enterprise = by_tax[tax] if tax else None
            values = {
                "trainee_group": plan.group,
                "kind": plan.kind,
                "hours": plan.hours,
                "result": "fail" if n in failed else "pass",
                "issued_on": end,
            }
            built.append(record(provider, person, enterprise, course, values))
        attended[plan.key] = people

    duc_thanh = by_tax[DUC_THANH]
    for days_ago, count in NEW_HIRES:
        issued = DEMO_TODAY + shift - timedelta(days=days_ago)
        for _ in range(count):
            person = _person(rng, 4, duc_thanh, issued.year)
            values = {"trainee_group": 4, "kind": "first", "hours": 16, "result": "pass", "issued_on": issued}
            built.append(record(providers[NEW_HIRES_PROVIDER], person, duc_thanh, None, values))
    session.flush()
    for row in built:
        who = employer if row.enterprise_id == duc_thanh.id else officer
        after = training.snapshot(row, training.RECORD_FIELDS)
        session.add(_event(row.created_at, who, "create", row.id, None, after, "training_record"))
    session.flush()
    return built


def load(
    session: Session, hash_password: Callable[[str], str], today: date | None = None
) -> list[tuple[str, str, str]]:
    """Insert the demo province once; returns (email, role, password) of the demo logins. The accidents are
    placed against `today` (default: the real one)."""
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
    users: dict[str, User] = {}
    for email, full_name, role, scope in USERS:
        if "tax_code" in scope:
            scope = {"kind": "enterprise", "enterprise_id": by_tax[scope["tax_code"]].id}
        users[email] = User(
            email=email,
            full_name=full_name,
            password_hash=password_hash,
            role=role.value,
            scope=scope,
            is_active=True,
            failed_logins=0,
        )
        session.add(users[email])
        logins.append((email, role.value, DEMO_PASSWORD))
    session.flush()
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
    load_accidents(session, by_tax, users, today)
    load_training(session, by_tax, users, today)
    return logins
