"""The document a post becomes while it moves through the pipeline components.

Each component (see ``streams.pipeline``) reads some fields of a ``Doc`` and fills others,
like a spaCy pipeline: ``clean`` fills ``text``, ``segments`` and ``lang``; ``entities`` fills
``entities``; ``events`` fills ``events``. Offsets always point into ``Doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from schemas.models import Entity, Event, Post, Segment


@dataclass
class Doc:
    post: Post
    text: str = ""
    lang: str = "und"
    segments: list[Segment] = field(default_factory=list)
    # Ranges inside segments that are page furniture (a related-stories list): not read for events.
    furniture: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def ref_date(self) -> date | None:
        """The date relative expressions are resolved against (the post's publication date)."""
        return self.post.published_at.date() if self.post.published_at else None
