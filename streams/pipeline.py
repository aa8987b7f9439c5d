"""The extraction pipeline: named, swappable components over a ``Doc``.

Like a spaCy pipeline, each component declares what it reads and what it fills, and the
pipeline checks the order once at construction. The stream agents, the offline
``newsalerts extract`` command, the evaluation and the tests all call ``Pipeline.run``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from schemas.models import ExtractedPost, Post
from streams.doc import Doc

StageTimer = Callable[[str, float], None]
"""Called with a component's name and the seconds it took (metrics hook)."""


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Doc], None]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


class Pipeline:
    def __init__(self, components: Sequence[Component]) -> None:
        have = {"post"}
        for comp in components:
            missing = set(comp.requires) - have
            if missing:
                raise ValueError(f"component {comp.name!r} needs {sorted(missing)} first")
            have |= set(comp.provides)
        self.components = list(components)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def without(self, names: Iterable[str]) -> Pipeline:
        drop = set(names)
        return Pipeline([c for c in self.components if c.name not in drop])

    def run(self, post: Post, on_stage: StageTimer | None = None) -> Doc:
        doc = Doc(post=post)
        for comp in self.components:
            began = time.perf_counter()
            comp.func(doc)
            if on_stage is not None:
                on_stage(comp.name, time.perf_counter() - began)
        return doc

    def extract(self, post: Post, on_stage: StageTimer | None = None) -> ExtractedPost:
        return to_extracted(self.run(post, on_stage))


def to_extracted(doc: Doc) -> ExtractedPost:
    p = doc.post
    return ExtractedPost(
        id=p.id,
        source=p.source,
        url=p.url,
        title=p.title,
        published_at=p.published_at,
        lang=doc.lang,
        text=doc.text,
        segments=doc.segments,
        entities=doc.entities,
        events=doc.events,
    )


def default_pipeline() -> Pipeline:
    """clean → entities → events, the components every caller uses."""
    # Imported here so that importing the pipeline type does not load language models.
    from streams.clean.component import clean
    from streams.extract.entities import entities_component
    from streams.extract.events import events_component

    return Pipeline(
        [
            Component("clean", clean, requires=("post",), provides=("text", "segments", "lang")),
            Component(
                "entities", entities_component, requires=("text", "lang"), provides=("entities",)
            ),
            Component(
                "events",
                events_component,
                requires=("text", "segments", "lang", "entities"),
                provides=("events",),
            ),
        ]
    )


# Invented lines in each language with event data: running them loads what a first post would
# otherwise pay for (the Korean morphology model, lexicons, compiled patterns).
_WARM_UP = (
    "정부는 수입 철강에 대한 관세를 25%로 올린다고 9일 밝혔다.",
    "The government said on Monday it would raise tariffs on imported steel to 25%.",
)


def warm_up(pipeline: Pipeline) -> None:
    """Run the pipeline once per language before the worker takes posts, so that the first
    post's latency is its own (the Korean model alone takes about a second to load)."""
    for i, text in enumerate(_WARM_UP):
        pipeline.run(Post(id=f"warm-up-{i}", text=text))
