"""Vocabulary for generated data: industries with their trade words and workforce mix, names, streets."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Industry:
    vsic: str
    weight: float  # share of enterprises, in per mille
    trades: tuple[str, ...]  # trade words used in names
    female: float  # usual share of women in the workforce
    hazardous: float  # usual share of workers in heavy, hazardous or dangerous jobs
    revenue_per_worker_bn: float  # typical yearly revenue per worker, billion VND


# Weighted roughly like the registered enterprises of Vietnam: trade and services first, then
# manufacturing and construction; mining, energy and water are rare.
INDUSTRIES: tuple[Industry, ...] = (
    # A agriculture, forestry, fishing
    Industry("0118", 6, ("Nông sản", "Rau sạch"), 0.5, 0.05, 0.4),
    Industry("0145", 5, ("Chăn nuôi",), 0.35, 0.1, 0.6),
    Industry("0146", 4, ("Chăn nuôi gia cầm",), 0.4, 0.1, 0.6),
    Industry("0210", 4, ("Lâm nghiệp", "Trồng rừng"), 0.25, 0.3, 0.3),
    Industry("0322", 6, ("Nuôi trồng thủy sản", "Thủy sản"), 0.3, 0.1, 0.5),
    # B mining and quarrying
    Industry("0510", 1, ("Khai thác than",), 0.08, 0.75, 1.0),
    Industry("0810", 3, ("Khai thác đá", "Khai thác khoáng sản", "Vật liệu xây dựng"), 0.1, 0.65, 0.8),
    Industry("0899", 1, ("Khoáng sản",), 0.1, 0.6, 0.8),
    # C manufacturing
    Industry("1010", 5, ("Chế biến thực phẩm", "Thực phẩm"), 0.55, 0.1, 1.0),
    Industry("1079", 10, ("Thực phẩm", "Bánh kẹo", "Chế biến nông sản"), 0.6, 0.05, 0.8),
    Industry("1104", 3, ("Nước giải khát", "Đồ uống"), 0.4, 0.05, 1.2),
    Industry("1312", 4, ("Dệt may", "Dệt"), 0.7, 0.25, 0.5),
    Industry("1410", 22, ("May mặc", "May", "Thời trang", "Dệt may"), 0.78, 0.08, 0.35),
    Industry("1520", 6, ("Giày da", "Da giày"), 0.75, 0.12, 0.4),
    Industry("1622", 6, ("Đồ gỗ", "Chế biến gỗ", "Nội thất"), 0.3, 0.3, 0.5),
    Industry("1629", 4, ("Đồ gỗ mỹ nghệ", "Mây tre đan"), 0.45, 0.2, 0.3),
    Industry("1702", 5, ("Bao bì", "Giấy và bao bì"), 0.45, 0.2, 0.9),
    Industry("1811", 5, ("In", "In ấn", "Quảng cáo và in"), 0.45, 0.1, 0.6),
    Industry("2011", 2, ("Hóa chất",), 0.25, 0.45, 2.0),
    Industry("2023", 2, ("Hóa mỹ phẩm", "Chất tẩy rửa"), 0.55, 0.25, 1.2),
    Industry("2220", 7, ("Nhựa", "Sản phẩm nhựa", "Bao bì nhựa"), 0.45, 0.2, 0.9),
    Industry("2392", 3, ("Gạch ngói", "Vật liệu xây dựng"), 0.3, 0.45, 0.5),
    Industry("2395", 4, ("Bê tông", "Bê tông đúc sẵn"), 0.12, 0.5, 0.9),
    Industry("2410", 2, ("Thép", "Luyện kim"), 0.1, 0.55, 3.0),
    Industry("2511", 8, ("Kết cấu thép", "Cơ khí", "Nhôm kính"), 0.12, 0.4, 0.8),
    Industry("2592", 6, ("Cơ khí", "Cơ khí chính xác", "Gia công kim loại"), 0.15, 0.4, 0.7),
    Industry("2610", 5, ("Điện tử", "Linh kiện điện tử"), 0.7, 0.08, 1.5),
    Industry("2630", 2, ("Thiết bị viễn thông", "Điện tử"), 0.65, 0.08, 2.5),
    Industry("2710", 2, ("Thiết bị điện", "Động cơ điện"), 0.35, 0.2, 1.2),
    Industry("2930", 3, ("Phụ tùng ô tô", "Linh kiện ô tô"), 0.35, 0.25, 1.3),
    Industry("3100", 5, ("Nội thất", "Đồ gỗ nội thất"), 0.3, 0.25, 0.5),
    Industry("3290", 3, ("Sản xuất", "Thủ công mỹ nghệ"), 0.55, 0.1, 0.5),
    # D electricity; E water and waste
    Industry("3511", 2, ("Điện lực", "Thủy điện", "Năng lượng"), 0.15, 0.4, 4.0),
    Industry("3600", 2, ("Cấp nước", "Nước sạch"), 0.25, 0.2, 0.8),
    Industry("3811", 3, ("Môi trường", "Vệ sinh môi trường"), 0.35, 0.4, 0.4),
    Industry("3830", 2, ("Tái chế", "Tái chế phế liệu"), 0.3, 0.45, 0.8),
    # F construction
    Industry("4101", 45, ("Xây dựng", "Đầu tư xây dựng", "Xây dựng và thương mại"), 0.12, 0.5, 0.9),
    Industry("4102", 20, ("Xây dựng", "Xây lắp"), 0.12, 0.5, 0.9),
    Industry("4211", 12, ("Xây dựng giao thông", "Công trình giao thông"), 0.08, 0.55, 1.0),
    Industry("4299", 12, ("Xây dựng công trình", "Xây lắp công trình"), 0.1, 0.5, 0.9),
    Industry("4321", 10, ("Điện nước", "Lắp đặt điện"), 0.1, 0.45, 0.7),
    Industry("4330", 11, ("Trang trí nội thất", "Hoàn thiện công trình"), 0.15, 0.35, 0.6),
    # G wholesale and retail trade, vehicle repair
    Industry("4511", 8, ("Ô tô", "Thương mại ô tô"), 0.25, 0.05, 6.0),
    Industry("4520", 9, ("Sửa chữa ô tô", "Dịch vụ ô tô"), 0.1, 0.25, 0.8),
    Industry("4541", 8, ("Xe máy", "Thương mại xe máy"), 0.3, 0.02, 3.0),
    Industry("4632", 20, ("Thực phẩm", "Thương mại thực phẩm", "Nông sản"), 0.5, 0.02, 3.0),
    Industry("4649", 30, ("Thương mại", "Thương mại và Dịch vụ", "Đồ gia dụng"), 0.5, 0.01, 3.0),
    Industry("4659", 25, ("Thiết bị", "Máy móc thiết bị", "Thương mại kỹ thuật"), 0.3, 0.02, 3.5),
    Industry("4662", 10, ("Sắt thép", "Kim khí"), 0.2, 0.1, 6.0),
    Industry("4663", 25, ("Vật liệu xây dựng", "Thương mại vật liệu"), 0.25, 0.08, 3.0),
    Industry("4669", 15, ("Thương mại tổng hợp", "Xuất nhập khẩu"), 0.4, 0.03, 4.0),
    Industry(
        "4690", 100, ("Thương mại", "Thương mại và Dịch vụ", "Thương mại Dịch vụ", "Xuất nhập khẩu"), 0.45, 0.01, 3.0
    ),
    Industry("4711", 25, ("Siêu thị", "Thương mại", "Bán lẻ"), 0.65, 0.0, 2.0),
    Industry("4719", 20, ("Thương mại", "Bán lẻ tổng hợp"), 0.6, 0.0, 2.0),
    Industry("4752", 15, ("Kim khí", "Điện nước", "Vật tư"), 0.3, 0.03, 2.0),
    Industry("4773", 12, ("Mỹ phẩm", "Thời trang", "Vàng bạc"), 0.75, 0.0, 2.0),
    # H transport and storage
    Industry("4931", 5, ("Vận tải hành khách", "Taxi"), 0.15, 0.3, 0.5),
    Industry("4933", 30, ("Vận tải", "Vận tải và Thương mại", "Logistics"), 0.12, 0.35, 1.2),
    Industry("5022", 4, ("Vận tải thủy", "Vận tải đường thủy"), 0.1, 0.45, 1.0),
    Industry("5210", 6, ("Kho vận", "Logistics"), 0.25, 0.2, 1.0),
    Industry("5229", 8, ("Logistics", "Giao nhận", "Dịch vụ vận tải"), 0.35, 0.1, 1.5),
    # I accommodation and food
    Industry("5510", 12, ("Khách sạn", "Du lịch", "Du lịch và Khách sạn"), 0.55, 0.02, 0.5),
    Industry("5610", 20, ("Nhà hàng", "Ẩm thực", "Dịch vụ ăn uống"), 0.6, 0.03, 0.4),
    Industry("5630", 8, ("Cà phê", "Đồ uống"), 0.6, 0.0, 0.3),
    # J information and communication
    Industry("6201", 12, ("Công nghệ", "Phần mềm", "Giải pháp công nghệ"), 0.3, 0.0, 0.8),
    Industry("6311", 5, ("Công nghệ thông tin", "Dữ liệu"), 0.35, 0.0, 0.8),
    # K finance; L real estate
    Industry("6619", 4, ("Đầu tư tài chính", "Tư vấn tài chính"), 0.5, 0.0, 1.5),
    Industry("6810", 18, ("Bất động sản", "Đầu tư và Phát triển", "Địa ốc"), 0.45, 0.0, 2.0),
    # M professional and technical
    Industry("6920", 6, ("Kế toán", "Tư vấn thuế", "Kiểm toán"), 0.7, 0.0, 0.4),
    Industry("7020", 15, ("Tư vấn", "Tư vấn đầu tư", "Tư vấn quản lý"), 0.5, 0.0, 0.6),
    Industry("7110", 15, ("Tư vấn thiết kế", "Kiến trúc", "Tư vấn xây dựng"), 0.3, 0.05, 0.6),
    Industry("7310", 8, ("Quảng cáo", "Truyền thông", "Truyền thông và Sự kiện"), 0.5, 0.0, 0.7),
    # N administrative and support
    Industry("7830", 4, ("Cung ứng nhân lực", "Nhân lực"), 0.5, 0.05, 0.2),
    Industry("8110", 5, ("Dịch vụ tòa nhà", "Quản lý tòa nhà"), 0.5, 0.05, 0.3),
    Industry("8121", 5, ("Vệ sinh công nghiệp", "Dịch vụ vệ sinh"), 0.7, 0.1, 0.15),
    Industry("8010", 4, ("Dịch vụ bảo vệ", "Bảo vệ"), 0.1, 0.1, 0.15),
    # P, Q, R, S education, health, arts, other services
    Industry("8559", 8, ("Giáo dục", "Đào tạo", "Giáo dục và Đào tạo"), 0.7, 0.0, 0.3),
    Industry("8620", 5, ("Phòng khám", "Y tế", "Nha khoa"), 0.65, 0.1, 0.5),
    Industry("9329", 3, ("Giải trí", "Sự kiện"), 0.5, 0.02, 0.4),
    Industry("9620", 4, ("Giặt là", "Giặt là công nghiệp"), 0.7, 0.1, 0.2),
    Industry("9631", 6, ("Làm đẹp", "Thẩm mỹ"), 0.85, 0.0, 0.3),
)

# Craft-village trades (làng nghề) and the industries household businesses and cooperatives favour.
CRAFT_VSIC = ("1629", "1622", "1079", "1312", "3290", "2392", "2592", "3100")
HOUSEHOLD_VSIC = ("4719", "4711", "4773", "5610", "5630", "4520", "9631", "9620", "4752", "1079", "3100", "4632")
COOPERATIVE_VSIC = ("0118", "0145", "0146", "0322", "0210", "4931", "4933", "1629", "1079", "3600", "3811")
ZONE_SECTIONS = ("C",)

# (legal form, per mille, name prefixes)
LEGAL_FORMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("llc_single_member", 360, ("Công ty TNHH", "Công ty TNHH MTV", "Công ty TNHH Một thành viên")),
    ("llc_multi_member", 170, ("Công ty TNHH",)),
    ("joint_stock", 130, ("Công ty Cổ phần", "Công ty CP")),
    ("private_enterprise", 30, ("Doanh nghiệp tư nhân", "DNTN")),
    ("partnership", 2, ("Công ty Hợp danh",)),
    ("branch", 50, ("Chi nhánh",)),
    ("cooperative", 40, ("Hợp tác xã",)),
    ("cooperative_union", 1, ("Liên hiệp Hợp tác xã",)),
    ("cooperative_group", 8, ("Tổ hợp tác",)),
    ("household_business", 160, ("Hộ kinh doanh",)),
    ("craft_village_establishment", 40, ("Cơ sở",)),
    ("other", 9, ("Cơ sở", "Văn phòng đại diện")),
)

# Syllables of business names: the auspicious words Vietnamese companies are named after.
BRAND = (
    "An",
    "Anh",
    "Bảo",
    "Bình",
    "Cường",
    "Chiến",
    "Đại",
    "Đạt",
    "Điền",
    "Đông",
    "Đức",
    "Dũng",
    "Gia",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiệp",
    "Hòa",
    "Hoàng",
    "Hồng",
    "Hưng",
    "Hương",
    "Huy",
    "Khang",
    "Khánh",
    "Kim",
    "Lâm",
    "Lan",
    "Linh",
    "Lộc",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nghĩa",
    "Ngọc",
    "Nguyên",
    "Nhật",
    "Phát",
    "Phong",
    "Phú",
    "Phúc",
    "Phương",
    "Quang",
    "Quốc",
    "Sơn",
    "Tài",
    "Tâm",
    "Tân",
    "Thái",
    "Thắng",
    "Thành",
    "Thiên",
    "Thịnh",
    "Thuận",
    "Tiến",
    "Toàn",
    "Trí",
    "Trung",
    "Trường",
    "Tuấn",
    "Tùng",
    "Uy",
    "Vạn",
    "Việt",
    "Vinh",
    "Vĩnh",
    "Vượng",
    "Xuân",
    "Yến",
    "Ánh",
    "Đăng",
    "Hậu",
    "Lực",
    "Mạnh",
    "Nhân",
    "Sáng",
    "Thảo",
    "Trang",
    "Vy",
)
BRAND_TAILS = ("Việt Nam", "Group", "Miền Bắc", "Miền Nam", "Toàn Cầu", "Quốc tế", "Xanh", "Plus", "Star", "Sài Gòn")

SURNAMES = (
    ("Nguyễn", 380),
    ("Trần", 110),
    ("Lê", 95),
    ("Phạm", 70),
    ("Hoàng", 50),
    ("Huỳnh", 30),
    ("Phan", 45),
    ("Vũ", 39),
    ("Võ", 25),
    ("Đặng", 21),
    ("Bùi", 20),
    ("Đỗ", 14),
    ("Hồ", 13),
    ("Ngô", 13),
    ("Dương", 10),
    ("Lý", 5),
    ("Đinh", 6),
    ("Trương", 5),
    ("Đoàn", 4),
    ("Lương", 3),
    ("Mai", 3),
    ("Tạ", 2),
    ("Cao", 3),
)
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân", "Ngọc", "Tiến", "Mạnh", "Anh")
MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Mai")
GIVEN_MALE = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Hải",
    "Hiếu",
    "Hoàng",
    "Hùng",
    "Huy",
    "Khánh",
    "Kiên",
    "Long",
    "Minh",
    "Nam",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Tài",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Đạt",
    "Khoa",
    "Lâm",
    "Lực",
    "Trí",
)
GIVEN_FEMALE = (
    "Anh",
    "Chi",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hồng",
    "Huyền",
    "Hương",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Mai",
    "Nga",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Thủy",
    "Trang",
    "Tuyết",
    "Vân",
    "Yến",
    "Ly",
    "My",
    "Nhi",
)

STREETS = (
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Quang Trung",
    "Hai Bà Trưng",
    "Lý Thái Tổ",
    "Lý Thường Kiệt",
    "Trần Phú",
    "Nguyễn Du",
    "Hùng Vương",
    "Ngô Quyền",
    "Đinh Tiên Hoàng",
    "Lê Duẩn",
    "Phạm Văn Đồng",
    "Nguyễn Văn Cừ",
    "Võ Thị Sáu",
    "Điện Biên Phủ",
    "Hoàng Văn Thụ",
    "Nguyễn Đức Cảnh",
    "Trường Chinh",
    "Lê Thánh Tông",
    "Nguyễn Huệ",
    "Bà Triệu",
    "Phan Chu Trinh",
    "Phan Bội Châu",
    "Nguyễn Thị Minh Khai",
    "Cách Mạng Tháng Tám",
    "Tôn Đức Thắng",
    "Lạc Long Quân",
    "Âu Cơ",
    "Kinh Dương Vương",
    "Nguyễn Văn Linh",
    "Võ Nguyên Giáp",
    "Lê Hồng Phong",
    "Hàm Nghi",
    "Chu Văn An",
    "Tô Hiến Thành",
    "Thành Công",
    "Hòa Bình",
)
HAMLETS = ("Thôn", "Xóm", "Ấp", "Khu phố", "Tổ dân phố", "Bản")
HAMLET_NAMES = (
    "Đông",
    "Đoài",
    "Trung",
    "Thượng",
    "Hạ",
    "Nam",
    "Bắc",
    "Cầu",
    "Chợ",
    "Đình",
    "Tân Lập",
    "Đồng Tâm",
    "Quyết Tiến",
    "Thống Nhất",
    "Hòa Bình",
    "Phú Lợi",
    "An Lạc",
    "Bình Minh",
    "Vĩnh Phúc",
    "Đức Thành",
)
ZONE_PREFIXES = (("industrial_zone", "Khu công nghiệp", "KCN"), ("industrial_cluster", "Cụm công nghiệp", "CCN"))

OVERRIDE_UP = (
    "Có lò hơi và bình chịu áp lực thuộc danh mục nghiêm ngặt",
    "Sử dụng hóa chất nguy hiểm trong kho",
    "Có xưởng sửa chữa cơ khí và hàn điện",
    "Vận hành cần trục và xe nâng hàng",
)
OVERRIDE_DOWN = (
    "Chỉ có văn phòng điều hành, không có công trường",
    "Đã ngừng hoạt động sản xuất, chỉ còn bộ phận kinh doanh",
)
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com")
MOBILE_PREFIXES = (
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
    "086",
    "088",
    "032",
    "035",
    "038",
    "070",
    "077",
    "081",
)

# -- accidents ---------------------------------------------------------------------------------------

# How much more often a worker is hurt in a section than on average (mining, construction, energy and
# transport lead the national reports of fatal accidents; offices and trade are far below).
SECTION_RISK = {
    "A": 1.5, "B": 6.0, "C": 1.8, "D": 3.0, "E": 2.0, "F": 5.0, "G": 0.4, "H": 2.5, "I": 0.5,
    "J": 0.1, "K": 0.1, "L": 0.2, "M": 0.3, "N": 1.0, "O": 0.5, "P": 0.2, "Q": 0.3, "R": 0.5, "S": 0.6,
}  # fmt: skip

# Main injury factor (Circular 13/2020 codes) by industry section, in relative weights.
FACTORS_BY_SECTION: dict[str, dict[str, float]] = {
    "F": {"13": 32, "6.1": 10, "6.4": 12, "1": 12, "3.2": 6, "4": 8, "5": 4, "14.1": 5, "16": 11},
    "B": {"6.2": 30, "9.1": 10, "4": 15, "5": 12, "13": 8, "14.1": 8, "1": 5, "16": 12},
    "C": {"4": 38, "5": 8, "6.4": 8, "3.1": 3, "3.2": 6, "1": 6, "10": 8, "8": 4, "9.3": 3, "13": 5, "16": 11},
    "D": {"1": 45, "13": 20, "6.4": 8, "14.1": 7, "16": 20},
    "E": {"12": 10, "8": 10, "4": 15, "14.1": 15, "13": 10, "7": 5, "16": 35},
    "H": {"14.1": 50, "14.2": 8, "4": 10, "6.4": 10, "13": 7, "11": 3, "16": 12},
    "A": {"4": 20, "6.3": 15, "7": 10, "11": 8, "1": 7, "13": 10, "8": 8, "16": 22},
    "*": {"14.1": 20, "14.2": 10, "13": 12, "4": 12, "1": 8, "6.4": 8, "10": 6, "15": 2, "16": 22},
}
# Workers without a labour contract: house building, farming, felling trees, small workshops.
FACTORS_NON_CONTRACT = {"13": 25, "1": 20, "6.3": 10, "4": 12, "6.1": 6, "11": 6, "14.1": 6, "7": 5, "16": 10}
# How much likelier a factor is among fatal accidents than among all (electricity, falls, collapses,
# drowning, suffocation and traffic kill; machines and burns mostly maim).
LETHALITY = {
    "1": 3.0, "2": 1.0, "3.1": 1.5, "3.2": 2.0, "4": 0.5, "5": 0.5, "6.1": 3.0, "6.2": 4.0, "6.3": 2.0,
    "6.4": 1.5, "7": 0.5, "8": 1.0, "9.1": 3.0, "9.2": 2.0, "9.3": 1.5, "10": 0.5, "11": 5.0, "12": 4.0,
    "13": 2.5, "14.1": 2.5, "14.2": 2.0, "15": 0.5, "16": 1.0,
}  # fmt: skip

# Main cause (codes 1-9 of Decree 39/2016 Annex XII): employer causes about half, the worker's own
# violations about a quarter, the rest objective or not listed (the usual split of the yearly notices).
CAUSES = {"1": 6, "2": 3, "3": 10, "4": 9, "5": 12, "6": 4, "7": 18, "8": 5, "9": 33}
CAUSES_TRAFFIC = {"9": 60, "7": 25, "3": 10, "4": 5}

# Victims' occupations (VSCO level 2, Decision 34/2020) by industry section.
OCCUPATIONS_BY_SECTION: dict[str, dict[str, float]] = {
    "F": {"71": 45, "93": 25, "74": 8, "83": 8, "72": 6, "81": 4, "31": 4},
    "B": {"81": 35, "93": 30, "72": 10, "83": 15, "71": 5, "31": 5},
    "C": {"81": 25, "82": 20, "72": 15, "75": 15, "93": 15, "74": 5, "31": 5},
    "D": {"74": 55, "31": 15, "93": 15, "83": 5, "81": 10},
    "E": {"96": 35, "93": 20, "83": 20, "81": 15, "74": 5, "71": 5},
    "H": {"83": 60, "93": 25, "43": 5, "72": 10},
    "A": {"61": 35, "62": 20, "92": 35, "83": 5, "81": 5},
    "G": {"52": 25, "83": 20, "93": 20, "43": 10, "72": 10, "96": 5, "74": 5},
    "I": {"51": 40, "94": 30, "91": 15, "52": 10, "54": 5},
    "N": {"54": 30, "91": 30, "96": 20, "93": 10, "41": 10},
    "*": {"93": 20, "41": 10, "33": 10, "51": 10, "52": 10, "83": 10, "74": 10, "31": 10, "91": 10},
}
OCCUPATIONS_NON_CONTRACT = {"71": 30, "92": 20, "61": 15, "74": 8, "93": 10, "83": 7, "96": 5, "75": 5}

# Where it happened, by industry section ({n}: a number).
PLACES_BY_SECTION: dict[str, tuple[str, ...]] = {
    "F": (
        "Công trường xây dựng nhà xưởng",
        "Công trường xây dựng chung cư, tầng {n}",
        "Công trình nhà ở riêng lẻ",
        "Công trường thi công cầu",
        "Công trình cải tạo trường học",
        "Công trường thi công đường giao thông",
    ),
    "B": ("Moong khai thác số {n}", "Khu vực nổ mìn phá đá", "Bãi nghiền sàng đá", "Sườn núi khai thác đá"),
    "C": (
        "Xưởng cơ khí",
        "Xưởng dập",
        "Xưởng ép nhựa",
        "Xưởng may số {n}",
        "Dây chuyền sản xuất số {n}",
        "Khu vực lò hơi",
        "Kho nguyên liệu",
        "Xưởng đóng gói",
        "Xưởng lắp ráp",
    ),
    "D": ("Trạm biến áp 110 kV", "Đường dây trung thế 22 kV", "Nhà máy thủy điện", "Trạm biến áp phân phối"),
    "E": ("Hố ga trên đường {street}", "Bể xử lý nước thải", "Bãi tập kết rác", "Trạm bơm nước"),
    "H": ("Quốc lộ {n}", "Tỉnh lộ {n}", "Bãi đỗ xe của công ty", "Kho hàng", "Bến thủy nội địa"),
    "A": ("Trang trại chăn nuôi", "Ao nuôi thủy sản", "Đồi trồng keo", "Cánh đồng lúa"),
    "*": ("Kho hàng", "Cửa hàng", "Bếp nhà hàng", "Khu vực bốc xếp hàng", "Đường {street}"),
}
# Workers without a labour contract, by injury factor (sub-codes fall back to their parent).
PLACES_NON_CONTRACT: dict[str, tuple[str, ...]] = {
    "1": ("Công trình nhà ở của hộ gia đình", "Xưởng gia đình", "Trang trại của hộ gia đình"),
    "4": ("Xưởng gia đình", "Sân phơi thóc", "Xưởng mộc của hộ gia đình"),
    "6": ("Công trình nhà ở của hộ gia đình", "Công trình sửa chữa nhà dân"),
    "6.3": ("Đồi keo", "Vườn cây ăn quả"),
    "7": ("Vườn cây ăn quả", "Ruộng lúa", "Nương sắn"),
    "11": ("Ao nuôi cá", "Bến sông"),
    "13": ("Công trình nhà ở của hộ gia đình", "Công trình sửa chữa nhà dân"),
    "14": ("Đường liên thôn", "Đường liên xã"),
    "16": ("Xưởng gia đình", "Chợ đầu mối", "Công trình nhà ở của hộ gia đình"),
    "*": ("Công trình nhà ở của hộ gia đình", "Xưởng gia đình", "Ruộng lúa"),
}

# What the victim was doing and what happened, by injury factor (sub-codes fall back to their parent).
TASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "1": (
        ("đấu nối dây điện cho máy hàn", "bị điện giật"),
        ("sửa chữa tủ điện", "bị điện giật"),
        ("di chuyển giàn giáo gần đường dây điện", "bị phóng điện"),
        ("thay bóng đèn chiếu sáng", "bị điện giật"),
    ),
    "2": (("kiểm tra thiết bị chụp ảnh phóng xạ công nghiệp", "bị chiếu xạ vượt liều cho phép"),),
    "3": (
        ("vận hành nồi hơi", "bị hơi nóng phun trúng người"),
        ("xả áp bình khí nén", "bị mảnh vỡ của bình văng trúng"),
    ),
    "3.2": (
        ("móc tải cho cầu trục", "bị tải rơi đè trúng"),
        ("vận hành xe nâng hàng", "bị xe nâng đè trúng chân"),
        ("dùng vận thăng chở vật liệu", "bị rơi theo vận thăng khi cáp bị đứt"),
    ),
    "4": (
        ("vận hành máy dập", "bị máy dập kẹp tay"),
        ("vệ sinh băng tải khi máy đang chạy", "bị cuốn tay vào trục lăn"),
        ("cắt phôi trên máy cưa đĩa", "bị lưỡi cưa cắt vào tay"),
        ("cấp liệu cho máy nghiền", "bị máy cuốn vào"),
        ("tuốt lúa bằng máy", "bị máy cuốn tay"),
    ),
    "5": (
        ("mài phôi bằng máy mài cầm tay", "bị đá mài vỡ văng vào mặt"),
        ("đập đá", "bị mảnh đá văng vào mắt"),
    ),
    "6": (
        ("bốc xếp hàng trong kho", "bị kiện hàng rơi trúng người"),
        ("tháo dỡ cốp pha", "bị cốp pha rơi trúng đầu"),
    ),
    "6.1": (
        ("đổ bê tông sàn tầng", "bị rơi xuống khi giàn giáo bị sập"),
        ("làm việc trên giàn giáo", "bị vùi lấp khi giàn giáo và tường đổ sập"),
    ),
    "6.2": (("khai thác đá tại sườn núi", "bị đất đá sạt lở vùi lấp"), ("đào hố móng", "bị vách đất sạt lở vùi lấp")),
    "6.3": (("cưa cây keo", "bị cây đổ đè trúng"), ("chặt tỉa cành cây", "bị cành cây gãy rơi trúng")),
    "7": (("thu hoạch nông sản", "bị rắn cắn"), ("phát quang bụi rậm", "bị ong đốt nhiều vết")),
    "8": (
        ("pha hóa chất tẩy rửa", "bị ngộ độc do hít phải hơi hóa chất"),
        ("phun thuốc bảo vệ thực vật", "bị ngộ độc thuốc trừ sâu"),
        ("vệ sinh bồn chứa hóa chất", "bị ngộ độc khí"),
    ),
    "9": (("hàn cắt gần khu vực chứa vật liệu dễ cháy", "bị bỏng do đám cháy bùng phát"),),
    "9.1": (("nạp mìn phá đá", "bị thương do mìn phát nổ sớm"),),
    "9.2": (("sang chiết bình khí đốt", "bị bỏng do khí gas phát nổ"),),
    "10": (
        ("rót kim loại nóng chảy vào khuôn", "bị kim loại nóng chảy bắn vào người"),
        ("làm việc cạnh lò nung", "bị bỏng"),
        ("nấu ăn trong bếp công nghiệp", "bị dầu nóng bắn vào tay"),
    ),
    "11": (
        ("thả lưới ở ao nuôi", "bị trượt chân xuống nước, đuối nước"),
        ("chở vật liệu bằng thuyền", "bị ngã xuống sông"),
    ),
    "12": (("nạo vét hố ga", "bị ngạt khí"), ("vệ sinh bể chứa nước thải", "bị ngạt khí")),
    "13": (
        ("lợp mái tôn nhà xưởng", "bị trượt chân ngã từ độ cao khoảng {n} m"),
        ("lắp dựng kết cấu thép", "bị hụt chân ngã từ độ cao khoảng {n} m"),
        ("sơn tường ngoài nhà", "bị ngã từ giàn giáo cao khoảng {n} m"),
        ("leo thang sửa chữa đường ống", "bị ngã từ thang xuống sàn"),
    ),
    "14": (
        ("điều khiển xe tải chở hàng", "bị va chạm với xe khách đi ngược chiều"),
        ("đi giao hàng bằng xe máy", "bị ô tô tông trúng"),
    ),
    "14.2": (("đi từ nhà đến nơi làm việc", "bị tai nạn giao thông"),),
    "15": (("làm ca đêm liên tục", "bị ngất do kiệt sức"),),
    "16": (
        ("đi lại trong xưởng", "bị trượt ngã"),
        ("vận chuyển vật tư", "bị vấp ngã"),
        ("dọn dẹp khu vực làm việc", "bị vật sắc cứa vào tay"),
    ),
}
# Serious technical incidents: (injury factor, description).
INCIDENTS = (
    ("8", "Rò rỉ khí amoniac từ hệ thống làm lạnh, khu vực xung quanh phải sơ tán"),
    ("3.1", "Nổ bình khí nén của hệ thống cấp khí, hư hỏng thiết bị xung quanh"),
    ("9.3", "Cháy tủ điện tổng, lan sang kho vật tư"),
    ("6.1", "Sập một phần mái nhà kho do kết cấu bị ăn mòn"),
    ("3.2", "Đứt cáp cầu trục, tải rơi xuống sàn xưởng"),
)
# Injuries by severity, then by injury factor ("*": any factor).
INJURIES: dict[str, dict[str, tuple[str, ...]]] = {
    "fatal": {
        "1": ("Tử vong do điện giật",),
        "11": ("Tử vong do đuối nước",),
        "12": ("Tử vong do ngạt khí",),
        "*": (
            "Chấn thương sọ não nặng, tử vong tại chỗ",
            "Đa chấn thương, tử vong trên đường đi cấp cứu",
            "Tử vong sau hai ngày điều trị tại bệnh viện",
            "Tử vong tại hiện trường",
        ),
    },
    "serious": {
        "1": ("Bỏng điện độ III vùng bàn tay và cẳng tay", "Bỏng điện, cắt cụt ngón tay"),
        "4": ("Cụt hai đốt ngón tay", "Dập nát bàn tay trái", "Gãy hở xương cẳng tay"),
        "5": ("Tổn thương giác mạc mắt phải", "Vỡ xương gò má"),
        "8": ("Ngộ độc cấp, suy hô hấp phải thở máy",),
        "10": ("Bỏng độ III, 15% diện tích cơ thể", "Bỏng sâu hai cẳng chân"),
        "12": ("Ngạt khí, hôn mê, phải thở máy",),
        "13": ("Gãy cột sống thắt lưng", "Gãy xương đùi phải", "Vỡ xương chậu"),
        "14": ("Chấn thương sọ não", "Gãy xương cẳng chân", "Gãy nhiều xương sườn, tràn máu màng phổi"),
        "*": ("Gãy xương cẳng chân", "Gãy xương đòn", "Chấn thương sọ não", "Gãy nhiều xương sườn"),
    },
    "minor": {
        "1": ("Bỏng điện nhẹ ở ngón tay",),
        "4": ("Dập ngón tay", "Rách da mu bàn tay, khâu 5 mũi"),
        "5": ("Dị vật giác mạc mắt trái", "Rách da vùng trán"),
        "8": ("Choáng váng, buồn nôn, theo dõi tại bệnh viện",),
        "10": ("Bỏng độ I bàn tay", "Bỏng độ II cẳng tay"),
        "12": ("Choáng váng do thiếu dưỡng khí, theo dõi tại bệnh viện",),
        "13": ("Bong gân cổ chân", "Bầm tím vùng lưng", "Trật khớp vai"),
        "14": ("Xây xát vùng mặt", "Trật khớp vai", "Rách da cẳng chân"),
        "*": ("Rách da cẳng tay, khâu 6 mũi", "Bong gân cổ tay", "Bầm tím vùng vai", "Xây xát tay và chân"),
    },
}
EXTENSION_REASONS = (
    "Chờ kết quả giám định pháp y và giám định kỹ thuật thiết bị",
    "Vụ việc phức tạp, cần lấy thêm lời khai của nhân chứng",
    "Chờ kết quả giám định kỹ thuật của cơ quan chuyên môn",
)
