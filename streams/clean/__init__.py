"""clean: a post's text basis, its article body without page furniture, its glued articles
(segments) and its language. Language-specific phrase lists live in ``lang/<lang>/*.json``."""

from streams.clean.boilerplate import find_body
from streams.clean.component import clean
from streams.clean.language import detect_language
from streams.clean.segments import split_segments

__all__ = ["clean", "detect_language", "find_body", "split_segments"]
