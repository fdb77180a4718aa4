"""Vietnamese calendar days: legal deadlines, periods and expiries count in local dates, not UTC ones."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def today() -> date:
    return local_date(datetime.now(UTC))
