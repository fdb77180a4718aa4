"""Vietnamese text folding for search: case and diacritics ignored, đ/Đ included."""

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """'Nguyễn Văn Đức' -> 'nguyen van duc'. NFKD leaves đ/Đ whole, so they are mapped explicitly."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.translate(_D_MAP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.lower()).strip()


def search_terms(q: str | None) -> list[str]:
    """The folded words of a search query."""
    return [word for word in fold(q).split(" ") if word]
