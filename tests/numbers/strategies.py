"""Hypothesis strategies for the numbers module, dense in zero groups.

Chinese numerals go wrong where zeros are: inside a 4-digit group, at the end of
a group, across the 万 and 亿 boundaries, and in whole zero groups. Uniform
random integers almost never hit those cases, so :func:`zero_dense_integers`
builds numbers from 4-digit groups drawn mostly from a few zero-heavy values.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from govinfo_report.numbers import to_chinese

#: Group values that put zeros at the start, middle and end of a group.
ZERO_HEAVY_GROUPS = (0, 1, 10, 100, 1000, 1001, 9999, 1010, 110)

#: The range of the Chinese numerals: absolute value below 10**16.
LIMIT = 10**16

groups = st.one_of(st.sampled_from(ZERO_HEAVY_GROUPS), st.integers(0, 9999))


def _join(values: list[int]) -> int:
    number = 0
    for value in values:
        number = number * 10000 + value
    return number


def zero_dense_integers(*, max_groups: int = 4, signed: bool = True) -> st.SearchStrategy[int]:
    """Integers of 1 to *max_groups* 4-digit groups drawn mostly from zero-heavy values."""
    magnitudes = st.lists(groups, min_size=1, max_size=max_groups).map(_join)
    if not signed:
        return magnitudes
    return st.tuples(magnitudes, st.booleans()).map(lambda pair: -pair[0] if pair[1] else pair[0])


#: Everything to_chinese accepts: zero-dense and uniformly random integers.
chinese_integers = st.one_of(
    zero_dense_integers(),
    st.integers(-(LIMIT - 1), LIMIT - 1),
    st.integers(-(10**5), 10**5),
)
non_negative_chinese_integers = st.one_of(zero_dense_integers(signed=False), st.integers(0, LIMIT - 1))

#: Cents that exercise 整, 元零X分 and 角-only endings.
cents_parts = st.one_of(st.sampled_from((0, 1, 5, 9, 10, 50, 90, 99)), st.integers(0, 99))


@st.composite
def cent_amounts(draw: st.DrawFn, *, max_groups: int = 4, signed: bool = True) -> Decimal:
    """Amounts with exactly two decimals, integer part zero-dense and below 10**16."""
    yuan = draw(zero_dense_integers(max_groups=max_groups, signed=False))
    cents = yuan * 100 + draw(cents_parts)
    negative = signed and draw(st.booleans())
    return Decimal((1 if negative and cents else 0, tuple(map(int, str(cents))), -2))


#: Decimals with arbitrary places (0 to 8), for rounding and exact conversions.
decimals = st.builds(
    lambda units, places: Decimal(units).scaleb(-places),
    st.one_of(zero_dense_integers(), st.integers(-(10**20), 10**20)),
    st.integers(0, 8),
)


_MUTATIONS = (
    "duplicate 零",
    "drop 零",
    "leading 一",
    "append 零",
    "prepend 零",
    "swap in 两",
    "swap in 〇",
    "insert 零",
    "delete a character",
    "swap neighbours",
    "replace a digit",
    "mix case",
)
_LOWER_DIGITS = "一二三四五六七八九"
_UPPER_DIGITS = "壹贰叁肆伍陆柒捌玖"


@st.composite
def mutated_numerals(draw: st.DrawFn, *, upper: bool | None = None) -> tuple[str, str]:
    """A canonical numeral with one small edit, and the name of the edit.

    The edits are those real text makes: a doubled or missing 零, a leading 一,
    a trailing 零, colloquial 两, 〇 for 零, a lost or swapped character.
    """
    n = draw(chinese_integers)
    case = draw(st.booleans()) if upper is None else upper
    text = to_chinese(n, upper=case)
    kind = draw(st.sampled_from(_MUTATIONS))
    position = draw(st.integers(0, len(text)))
    zeros = [i for i, ch in enumerate(text) if ch == "零"]
    if kind == "duplicate 零" and zeros:
        i = draw(st.sampled_from(zeros))
        return text[:i] + "零" + text[i:], kind
    if kind == "drop 零" and zeros:
        i = draw(st.sampled_from(zeros))
        return text[:i] + text[i + 1 :], kind
    if kind == "leading 一":
        return ("壹" if case else "一") + text, kind
    if kind == "append 零":
        return text + "零", kind
    if kind == "prepend 零":
        return "零" + text, kind
    if kind == "swap in 两" and "二" in text:
        return text.replace("二", "两", 1), kind
    if kind == "swap in 〇" and zeros:
        return text.replace("零", "〇", 1), kind
    if kind == "insert 零":
        return text[:position] + "零" + text[position:], kind
    if kind == "delete a character" and len(text) > 1:
        i = min(position, len(text) - 1)
        return text[:i] + text[i + 1 :], kind
    if kind == "swap neighbours" and len(text) > 1:
        i = min(position, len(text) - 2)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :], kind
    digits = _UPPER_DIGITS if case else _LOWER_DIGITS
    present = [i for i, ch in enumerate(text) if ch in digits]
    if kind == "replace a digit" and present:
        i = draw(st.sampled_from(present))
        return text[:i] + draw(st.sampled_from(digits)) + text[i + 1 :], kind
    if kind == "mix case" and present:
        i = draw(st.sampled_from(present))
        other = _LOWER_DIGITS if case else _UPPER_DIGITS
        return text[:i] + other[digits.index(text[i])] + text[i + 1 :], kind
    return text, "none"


#: Characters that reach deep into the parsers, mixed with arbitrary Unicode.
NUMERAL_CHARACTERS = (
    "零〇○一二三四五六七八九两十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳陸点负"
    "0123456789０１２３４５６７８９.．,，+-－−＋%％ \u3000\u202f"
    "人民币元圆角分整正（）()、第条款项年月日"
)
numeral_soup = st.text(alphabet=NUMERAL_CHARACTERS, max_size=24)
any_text = st.one_of(st.text(), numeral_soup)
