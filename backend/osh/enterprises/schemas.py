import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from osh.reference.service import vsic_section


class LegalForm(StrEnum):
    llc_single_member = "llc_single_member"
    llc_multi_member = "llc_multi_member"
    joint_stock = "joint_stock"
    partnership = "partnership"
    private_enterprise = "private_enterprise"
    branch = "branch"
    cooperative = "cooperative"
    cooperative_union = "cooperative_union"
    cooperative_group = "cooperative_group"
    household_business = "household_business"
    craft_village_establishment = "craft_village_establishment"
    other = "other"


LEGAL_FORM_LABELS = {
    "llc_single_member": ("Công ty TNHH một thành viên", "Single-member limited liability company"),
    "llc_multi_member": ("Công ty TNHH hai thành viên trở lên", "Multi-member limited liability company"),
    "joint_stock": ("Công ty cổ phần", "Joint-stock company"),
    "partnership": ("Công ty hợp danh", "Partnership"),
    "private_enterprise": ("Doanh nghiệp tư nhân", "Private enterprise"),
    "branch": ("Chi nhánh", "Branch"),
    "cooperative": ("Hợp tác xã", "Cooperative"),
    "cooperative_union": ("Liên hiệp hợp tác xã", "Union of cooperatives"),
    "cooperative_group": ("Tổ hợp tác", "Cooperative group"),
    "household_business": ("Hộ kinh doanh", "Household business"),
    "craft_village_establishment": ("Cơ sở làng nghề", "Craft-village establishment"),
    "other": ("Khác", "Other"),
}


class Ownership(StrEnum):
    state = "state"
    domestic_private = "domestic_private"
    foreign_invested = "foreign_invested"
    collective = "collective"


OWNERSHIP_LABELS = {
    "state": ("Nhà nước", "State"),
    "domestic_private": ("Ngoài nhà nước", "Domestic non-state"),
    "foreign_invested": ("Có vốn đầu tư nước ngoài", "Foreign-invested"),
    "collective": ("Kinh tế tập thể", "Collective"),
}


class EnterpriseStatus(StrEnum):
    active = "active"
    suspended = "suspended"
    dissolved = "dissolved"


STATUS_LABELS = {
    "active": ("Đang hoạt động", "Active"),
    "suspended": ("Tạm ngừng", "Suspended"),
    "dissolved": ("Đã giải thể", "Dissolved"),
}


class SizeClass(StrEnum):
    micro = "micro"
    small = "small"
    medium = "medium"
    large = "large"


SIZE_LABELS = {
    "micro": ("Siêu nhỏ", "Micro"),
    "small": ("Nhỏ", "Small"),
    "medium": ("Vừa", "Medium"),
    "large": ("Lớn", "Large"),
}

TAX_CODE_PATTERN = r"^\d{10}(-\d{3})?$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Address = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
OptionalName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9 .()-]{6,20}$")]
Email = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
]
Headcount = Annotated[int, Field(ge=0, le=10_000_000, strict=True)]
# Capped where Excel (doubles) still holds every whole number: exports re-import unchanged.
Money = Annotated[int, Field(ge=0, le=2**53, strict=True, description="VND")]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=5, max_length=500)]
TaxCode = Annotated[str, StringConstraints(strip_whitespace=True), Field(examples=["0101234567", "0101234567-001"])]
VsicCode = Annotated[str, StringConstraints(strip_whitespace=True), Field(examples=["4101", "25"])]
CommuneCode = Annotated[str, Field(pattern=r"^\d{5}$", examples=["07420"])]
ZoneCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=1, max_length=32)]


def check_tax_code(value: str) -> str:
    if not re.fullmatch(TAX_CODE_PATTERN, value, re.ASCII):
        raise ValueError("tax_code_format")
    return value


def check_vsic(value: str) -> str:
    if not (2 <= len(value) <= 5 and value.isascii() and value.isdigit() and vsic_section(value)):
        raise ValueError("vsic_unknown")
    return value


class EnterpriseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    tax_code: TaxCode
    name: Text
    legal_form: LegalForm
    ownership: Ownership = Ownership.domestic_private
    vsic_code: VsicCode = Field(description="Main industry, VSIC 2018 code of 2 to 5 digits")
    admin_unit_code: CommuneCode = Field(description="Commune or ward of the head office (post-2025 code)")
    address: Address
    zone_code: ZoneCode | None = None
    employees_total: Headcount = 0
    employees_female: Headcount = 0
    employees_hazardous: Headcount = Field(default=0, description="Workers in heavy, hazardous or dangerous jobs")
    annual_revenue_vnd: Money | None = None
    total_capital_vnd: Money | None = None
    high_risk_override: bool | None = Field(
        default=None, description="Set to overrule the industry's risk; needs a reason"
    )
    high_risk_reason: Reason | None = None
    osh_officer_name: OptionalName | None = None
    osh_officer_phone: Phone | None = None
    osh_officer_email: Email | None = None
    phone: Phone | None = None
    email: Email | None = None
    founded_on: date | None = None
    status: EnterpriseStatus = EnterpriseStatus.active

    @field_validator("tax_code")
    @classmethod
    def _tax_code(cls, value: str) -> str:
        return check_tax_code(value)

    @field_validator("vsic_code")
    @classmethod
    def _vsic_code(cls, value: str) -> str:
        return check_vsic(value)


NOT_NULL_FIELDS = {
    "name",
    "legal_form",
    "ownership",
    "vsic_code",
    "admin_unit_code",
    "address",
    "employees_total",
    "employees_female",
    "employees_hazardous",
    "status",
}


class EnterpriseUpdate(BaseModel):
    """Only the fields sent change. The tax code identifies the enterprise and cannot change."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    name: Text | None = None
    legal_form: LegalForm | None = None
    ownership: Ownership | None = None
    vsic_code: VsicCode | None = None
    admin_unit_code: CommuneCode | None = None
    address: Address | None = None
    zone_code: ZoneCode | None = None
    employees_total: Headcount | None = None
    employees_female: Headcount | None = None
    employees_hazardous: Headcount | None = None
    annual_revenue_vnd: Money | None = None
    total_capital_vnd: Money | None = None
    high_risk_override: bool | None = None
    high_risk_reason: Reason | None = None
    osh_officer_name: OptionalName | None = None
    osh_officer_phone: Phone | None = None
    osh_officer_email: Email | None = None
    phone: Phone | None = None
    email: Email | None = None
    founded_on: date | None = None
    status: EnterpriseStatus | None = None

    @field_validator("vsic_code")
    @classmethod
    def _vsic_code(cls, value: str | None) -> str | None:
        return None if value is None else check_vsic(value)

    @field_validator(*sorted(NOT_NULL_FIELDS), mode="before")
    @classmethod
    def _required_stay_set(cls, value: object) -> object:
        if value is None:
            raise ValueError("field_required")
        return value


class EnterpriseOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    tax_code: str
    name: str
    legal_form: LegalForm
    ownership: Ownership
    vsic_code: str
    vsic_section: str
    admin_unit_code: str
    address: str
    zone_code: str | None
    employees_total: int
    employees_female: int
    employees_hazardous: int
    annual_revenue_vnd: int | None
    total_capital_vnd: int | None
    size_class: SizeClass = Field(description="Derived (Decree 80/2021): micro, small, medium or large")
    high_risk: bool = Field(description="Derived from the industry unless overridden")
    high_risk_override: bool | None
    high_risk_reason: str | None
    osh_officer_name: str | None
    osh_officer_phone: str | None
    osh_officer_email: str | None
    phone: str | None
    email: str | None
    founded_on: date | None
    status: EnterpriseStatus
    created_at: datetime
    updated_at: datetime
    version: int


class ImportRowError(BaseModel):
    row: int = Field(description="Row number in the sheet (the header is row 1)")
    column: str | None = Field(description="Column header as in the file, when one column is at fault")
    field: str | None
    message: str
    code: str


class ImportReport(BaseModel):
    dry_run: bool
    rows: int = Field(description="Data rows read")
    created: int
    updated: int
    unchanged: int
    skipped: int = Field(description="Rows left out because they have errors (with skip_invalid)")
    written: bool = Field(description="Whether anything was written")
    errors: list[ImportRowError]
