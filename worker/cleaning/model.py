"""What the cleaner returns: the content fields of a normalised document."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True)
class Extraction:
    """The cleaner's verdict on one page: main text, captions, what was dropped,
    and the metadata the page itself carries."""

    body: str
    title: str | None = None
    captions: tuple[Caption, ...] = ()
    boilerplate: tuple[str, ...] = ()
    lang: str | None = None
    author: str | None = None
    published_at: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict, compare=False, repr=False)
