"""The indexed cue lists and token lookups that name recognition asks for every noun compound
answer exactly as the plain scans they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from streams.extract.names_morph import _first_from, _last_ending_by, _Tokens
from streams.extract.spans import Suffixes, Tok, ends_in, ends_with, load_cues

_WORDS = st.text(alphabet="가나다시군청부원ab", max_size=5)


def _scan(word: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if len(word) > len(suffix) and word.endswith(suffix):
            return suffix
    return None


@given(st.lists(_WORDS, max_size=12), _WORDS)
def test_indexed_suffixes_answer_as_a_scan_longest_first(words: list[str], word: str) -> None:
    suffixes = Suffixes(words)
    assert list(suffixes) == sorted(set(words), key=len, reverse=True)
    assert ends_with(word, suffixes) == _scan(word, tuple(suffixes))
    assert ends_in(word, suffixes) == any(word.endswith(w) for w in words)


def test_a_suffix_is_shorter_than_the_word_but_an_ending_may_be_all_of_it() -> None:
    suffixes = Suffixes(["시", "경찰서", "서"])
    assert ends_with("원주시", suffixes) == "시"
    assert ends_with("동대문경찰서", suffixes) == "경찰서"
    assert ends_with("경찰서", suffixes) == "서"  # the word itself is no suffix of it
    assert ends_with("시", suffixes) is None
    assert ends_in("시", suffixes) and not ends_in("원주군", suffixes)


def test_the_korean_cue_lists_are_indexed() -> None:
    cues = load_cues("ko")
    assert isinstance(cues["org_suffixes_by_length"], Suffixes)
    assert ends_with("국토교통부", cues["org_suffixes_by_length"]) is not None


_TOKS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=15).map(
    lambda steps: _layout(steps)
)


def _layout(steps: list[tuple[int, int]]) -> list[Tok]:
    """Tokens in text order as kiwi gives them: starts never go back; a token may be empty
    or share its start with the one before (했다 → 하 + 었 + 다)."""
    toks, pos = [], 0
    for gap, length in steps:
        pos += gap
        toks.append(Tok("x", "NNG", pos, pos + length))
    return toks


@given(_TOKS, st.integers(-1, 50), st.integers(1, 3))
def test_bisected_tokens_answer_as_a_scan(toks: list[Tok], pos: int, k: int) -> None:
    indexed = _Tokens(toks, [t.start for t in toks])
    assert _last_ending_by(indexed, pos, k) == [t for t in toks if t.end <= pos][-k:]
    assert _first_from(indexed, pos) == [t for t in toks if t.start >= pos][:1]
