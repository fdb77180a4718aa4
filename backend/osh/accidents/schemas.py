import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from osh.enterprises.schemas import CommuneCode, Money
from osh.reference import service as reference


class AccidentKind(StrEnum):
    accident = "accident"
    technical_incident = "technical_incident"


class Sector(StrEnum):
    contract = "contract"
    non_contract = "non_contract"


class Severity(StrEnum):
    fatal = "fatal"
    serious = "serious"
    minor = "minor"


class AccidentStatus(StrEnum):
    notified = "notified"
    investigating = "investigating"
    concluded = "concluded"
    closed = "closed"


class NotificationChannel(StrEnum):
    in_person = "in_person"
    phone = "phone"
    fax = "fax"
    email = "email"
    post = "post"
    online = "online"
    other = "other"


class InvestigationLevel(StrEnum):
    establishment = "establishment"
    province = "province"
    central = "central"


class Sex(StrEnum):
    male = "male"
    female = "female"


class ContractStatus(StrEnum):
    indefinite_term = "indefinite_term"
    fixed_term = "fixed_term"
    probation = "probation"
    apprentice = "apprentice"
    no_contract = "no_contract"


class AttachmentKind(StrEnum):
    investigation_record = "investigation_record"
    photo = "photo"
    other = "other"


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Place = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10000)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=5, max_length=500)]
CitizenId = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{12}$")]
Days = Annotated[int, Field(ge=0, le=36500, strict=True)]
Percent = Annotated[int, Field(ge=0, le=100, strict=True)]
BirthYear = Annotated[int, Field(ge=1900, le=2100, strict=True)]
EnterpriseId = Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, max_length=8)]

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_ISO_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}")
# Facts of the working life of people alive now; the bounds keep local dates and deadlines computable.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def _iso_date_text(value: object) -> object:
    """ISO 8601 text only: pydantic would also read a bare number as seconds since 1970."""
    if not isinstance(value, date) and not (isinstance(value, str) and _ISO_DATE.match(value)):
        raise ValueError("field_date")
    return value


def _iso_datetime_text(value: object) -> object:
    if not isinstance(value, datetime) and not (isinstance(value, str) and _ISO_DATETIME.match(value)):
        raise ValueError("field_datetime")
    return value


def _within_bounds(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise ValueError("field_datetime")
    return value


def _date_within_bounds(value: date) -> date:
    if not EARLIEST.date() <= value < LATEST.date():
        raise ValueError("field_date")
    return value


# A moment with its UTC offset: a local time without one is ambiguous.
Moment = Annotated[AwareDatetime, BeforeValidator(_iso_datetime_text), AfterValidator(_within_bounds)]
IsoDate = Annotated[date, BeforeValidator(_iso_date_text), AfterValidator(_date_within_bounds)]


def _check_code(list_name: str, value: str | None, message: str) -> str | None:
    if value is not None and value not in reference.codes(list_name):
        raise ValueError(message)
    return value


class VictimIn(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    full_name: Name
    sex: Sex
    birth_year: BirthYear | None = None
    occupation_code: Code | None = Field(default=None, description="Occupation, national list (VSCO) code")
    citizen_id: CitizenId | None = Field(default=None, description="12-digit citizen identity number")
    contract_status: ContractStatus = ContractStatus.indefinite_term
    not_under_management: bool = Field(
        default=False,
        description="The victim is not under the reporting employer's management (e.g. a subcontractor's worker)",
    )
    severity: Severity
    injury_description: LongText | None = None
    days_off: Days = 0
    medical_cost_vnd: Money = 0
    wages_during_treatment_vnd: Money = 0
    compensation_vnd: Money = Field(default=0, description="Compensation or allowance paid, VND")
    capacity_loss_pct: Percent | None = Field(default=None, description="Work-capacity loss, when assessed")

    @field_validator("occupation_code")
    @classmethod
    def _occupation(cls, value: str | None) -> str | None:
        return _check_code("occupations_vsco", value, "occupation_unknown")


class AccidentFields(BaseModel):
    """Fields shared by create and update."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    @field_validator("cause_code", check_fields=False)
    @classmethod
    def _cause(cls, value: str | None) -> str | None:
        return _check_code("accident_causes", value, "cause_unknown")

    @field_validator("injury_factor_code", check_fields=False)
    @classmethod
    def _factor(cls, value: str | None) -> str | None:
        return _check_code("injury_factors", value, "injury_factor_unknown")


class AccidentCreate(AccidentFields):
    kind: AccidentKind = AccidentKind.accident
    sector: Sector
    enterprise_id: EnterpriseId | None = Field(
        default=None, description="Required for the contract sector, absent otherwise"
    )
    occurred_at: Moment
    admin_unit_code: CommuneCode | None = Field(
        default=None, description="Commune where it happened; the enterprise's commune when left out (contract sector)"
    )
    place: Place
    cause_code: Code | None = Field(default=None, description="Main cause, code 1-9 (Decree 39/2016 Annex XII)")
    injury_factor_code: Code | None = Field(default=None, description="Main injury factor (Circular 13/2020)")
    description: Description
    notified_at: Moment | None = Field(default=None, description="When the authority was notified; now if left out")
    notification_channel: NotificationChannel = NotificationChannel.online
    needs_examination: bool = Field(
        default=False, description="A technical or forensic examination is needed (60-day limit)"
    )
    investigation_level: InvestigationLevel | None = Field(
        default=None, description="Proposed from the severity when left out"
    )
    property_damage_vnd: Money = 0
    victims: list[VictimIn] = Field(default_factory=list, max_length=500)


class AccidentUpdate(AccidentFields):
    """Only the fields sent change. `victims`, when sent, replaces the list: a victim keeps its id when sent
    with it. Investigation fields need the investigate permission."""

    occurred_at: Moment | None = None
    admin_unit_code: CommuneCode | None = None
    place: Place | None = None
    cause_code: Code | None = None
    injury_factor_code: Code | None = None
    description: Description | None = None
    notified_at: Moment | None = None
    notification_channel: NotificationChannel | None = None
    needs_examination: bool | None = None
    investigation_level: InvestigationLevel | None = None
    investigation_team: LongText | None = None
    investigation_record_date: IsoDate | None = None
    extension_days: Annotated[int, Field(ge=1, le=60, strict=True)] | None = None
    extension_reason: Reason | None = None
    property_damage_vnd: Money | None = None
    victims: list["VictimUpdate"] | None = Field(default=None, max_length=500)

    @field_validator(
        "occurred_at",
        "admin_unit_code",
        "place",
        "description",
        "notified_at",
        "notification_channel",
        "needs_examination",
        "investigation_level",
        "property_damage_vnd",
        "victims",
        mode="before",
    )
    @classmethod
    def _required_stay_set(cls, value: object) -> object:
        if value is None:
            raise ValueError("field_required")
        return value


class VictimUpdate(VictimIn):
    id: EnterpriseId | None = Field(default=None, description="An existing victim's id; absent for a new victim")


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    status: AccidentStatus
    note: Note | None = None
    record_date: IsoDate | None = Field(
        default=None, description="Date of the investigation record, only when concluding; today when left out"
    )


class VictimOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str
    sex: Sex
    birth_year: int | None
    occupation_code: str | None
    citizen_id: str | None
    contract_status: ContractStatus
    not_under_management: bool
    severity: Severity
    injury_description: str | None
    days_off: int
    medical_cost_vnd: int
    wages_during_treatment_vnd: int
    compensation_vnd: int
    capacity_loss_pct: int | None


class AccidentSummary(BaseModel):
    """A list row: the facts and what is derived from them, without the victims."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    kind: AccidentKind
    sector: Sector
    enterprise_id: int | None
    enterprise_name: str | None = None
    zone_code: str | None
    vsic_section: str | None
    admin_unit_code: str
    occurred_at: datetime
    occurred_on: date = Field(description="Local (Vietnam) date of the accident")
    place: str
    cause_code: str | None
    injury_factor_code: str | None
    notified_at: datetime
    notification_channel: NotificationChannel
    status: AccidentStatus
    severity: Severity | None = Field(description="Derived: the worst victim's severity; null without victims")
    victims_count: int
    deaths: int
    serious_count: int
    female_count: int
    immediate_notification: bool = Field(
        description="Derived: a death or two or more seriously injured: the employer had to notify at once"
    )
    notification_late: bool = Field(description="Derived: immediate notification received over 24 hours after")
    investigation_level: InvestigationLevel
    investigation_limit_days: int | None = Field(description="Derived: days the law allows, extension excluded")
    investigation_deadline: date | None = Field(description="Derived: last day for the investigation record")
    overdue: bool = Field(description="Derived: still open after the deadline")
    version: int


class AccidentOut(AccidentSummary):
    description: str
    needs_examination: bool
    investigation_team: str | None
    investigation_record_date: date | None
    extension_days: int | None
    extension_reason: str | None
    property_damage_vnd: int
    investigating_at: datetime | None
    investigating_by: str | None
    concluded_at: datetime | None
    concluded_by: str | None
    closed_at: datetime | None
    closed_by: str | None
    reported_by: str
    allowed_statuses: list[AccidentStatus] = Field(description="Statuses the accident may move to next")
    victims: list[VictimOut]
    created_at: datetime
    updated_at: datetime


class AttachmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    accident_id: int
    kind: AttachmentKind
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime


# Statistics and reports


class StatsGroup(StrEnum):
    commune = "commune"
    zone = "zone"
    industry_section = "industry_section"
    cause = "cause"
    injury_factor = "injury_factor"
    occupation = "occupation"
    month = "month"
    severity = "severity"
    sector = "sector"


class Rate(BaseModel):
    """A frequency rate per 1,000 workers, with what it is computed from."""

    value: float | None = Field(description="numerator * 1000 / denominator, 2 decimals; null without workers")
    numerator: int
    denominator: int | None = Field(description="Workers of the enterprises concerned (contract sector)")


class StatsFigures(BaseModel):
    accidents: int
    fatal_accidents: int = Field(description="Accidents with at least one death")
    multi_victim_accidents: int = Field(description="Accidents with two or more victims")
    victims: int
    female_victims: int
    deaths: int
    serious_injuries: int
    days_off: int
    medical_cost_vnd: int
    wages_during_treatment_vnd: int
    compensation_vnd: int
    property_damage_vnd: int
    total_cost_vnd: int = Field(description="Medical costs + wages during treatment + compensation + property damage")
    k: Rate | None = Field(description="K: contract-sector victims per 1,000 workers; null where not meaningful")
    k_fatal: Rate | None = Field(description="K-fatal: contract-sector deaths per 1,000 workers")


class StatsRow(StatsFigures):
    key: str | None = Field(description="The group's code (commune, zone, section, cause...); null when not recorded")
    label: str


class AccidentStats(BaseModel):
    date_from: date
    date_to: date
    group_by: StatsGroup
    kind: AccidentKind = Field(description="Occupational accidents, or serious technical incidents")
    rows: list[StatsRow] = Field(description="The groups with at least one accident (or a K numerator), in order")
    total: StatsFigures = Field(description="The whole period, each accident and victim counted once")


class ReportFigures(BaseModel):
    """The columns of the Decree 39/2016 Annex XII table. Money in VND (the workbooks show thousand VND)."""

    accidents: int
    fatal_accidents: int = Field(description="Accidents with at least one death")
    multi_victim_accidents: int = Field(description="Accidents with two or more victims")
    victims: int
    victims_not_managed: int = Field(description="Of the victims, those not under the employer's management")
    female_victims: int
    female_victims_not_managed: int
    deaths: int
    deaths_not_managed: int
    serious_injuries: int
    serious_injuries_not_managed: int
    days_off: int = Field(description="Days off because of the accidents")
    cost_vnd: int = Field(description="Costs: medical + wages during treatment + compensation (no property damage)")
    medical_cost_vnd: int
    wages_during_treatment_vnd: int
    compensation_vnd: int
    property_damage_vnd: int


class ReportSection(StrEnum):
    cause = "cause"
    injury_factor = "injury_factor"
    occupation = "occupation"
    commune = "commune"


class ReportRow(BaseModel):
    """A line of the report table: a heading (no figures) or a line of figures."""

    section: ReportSection
    number: str | None = Field(description="The line's number in the form: 1, 1.1, a...")
    code: str | None = Field(description="Code column (mã số): the cause, injury factor, occupation or commune code")
    label: str
    level: int = Field(description="Indent level in the form, 0 for top lines")
    figures: ReportFigures | None = Field(description="Null for a heading line")


class EmployerReportHeader(BaseModel):
    enterprise_id: int
    reporting_unit: str
    tax_code: str
    address: str
    admin_unit_code: str
    commune: str
    province: str
    legal_form: str
    legal_form_label: str
    ownership: str
    ownership_label: str
    vsic_code: str
    main_industry: str = Field(description="The enterprise's VSIC section, named")
    employees_total: int
    employees_female: int


class EmployerReport(BaseModel):
    """The employer's half-year or annual accident report (Decree 39/2016 Annex XII): the contract-sector
    accidents of one enterprise that the caller can see, by cause, injury factor and occupation."""

    period: str
    period_label: str
    date_from: date
    date_to: date
    header: EmployerReportHeader
    rows: list[ReportRow] = Field(description="Lines 1.1 (by cause), 1.2 (by injury factor), 1.3 (by occupation)")
    total: ReportFigures = Field(description="Line 1 and the total line: every accident counted once")


class SectorSplit(BaseModel):
    contract: ReportFigures
    non_contract: ReportFigures
    total: ReportFigures


class ProvinceReportRow(BaseModel):
    section: ReportSection
    number: str | None
    code: str | None
    label: str
    level: int
    figures: SectorSplit | None = Field(description="Null for a heading line")
    k: Rate | None = Field(description="Contract sector, on commune lines: victims per 1,000 workers")
    k_fatal: Rate | None = Field(description="Contract sector, on commune lines: deaths per 1,000 workers")


class ProvinceReport(BaseModel):
    """The province's accident summary for a period, by sector, cause, injury factor, occupation and commune,
    over what the caller can see."""

    period: str
    period_label: str
    date_from: date
    date_to: date
    province_code: str
    province: str
    scope: str = Field(description="What the figures cover: the whole province, or the caller's communes, zones...")
    rows: list[ProvinceReportRow] = Field(description="Lines by cause, injury factor, occupation and commune")
    total: SectorSplit = Field(description="Every accident counted once, by sector and in all")
    k: Rate = Field(description="Contract sector: victims per 1,000 workers")
    k_fatal: Rate = Field(description="Contract sector: deaths per 1,000 workers")
