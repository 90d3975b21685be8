"""Reading prose: sub-topics of section 一, disclosure channels, 信息处理费.

- The official topic a sub-topic covers is read from its title: folded, it
  equals the label or a variant of a topic (:func:`topic_key`); published
  reports also write ``主动公开方面`` or ``信息公开平台建设情况``, which
  :func:`guess_topic_key` recognizes by similarity.
- Channels are derived from the prose of section 一 (:func:`channels_of`):
  each clause (up to ``，`` ``。`` ``；``) that names a channel with one of
  :attr:`ChannelKind.keywords <govinfo_report.layout.ChannelKind.keywords>`
  gives that channel, and the counts printed after it in the clause
  (``云上昆仑发布各类信息38篇``) become its :class:`~govinfo_report.model.ChannelCount`.
- 信息处理费 figures are read from section 六 when stated (:func:`fees_of`).

>>> [(c.name, c.kind.name, [(n.count, n.unit, n.subject) for n in c.counts])
...  for c in channels_of(["云上昆仑发布各类信息38篇、微信公众号发布信息475条。"])]
[('云上昆仑', 'PLATFORM', [(38, '篇', '各类信息')]), ('微信公众号', 'WECHAT', [(475, '条', '信息')])]
>>> topic_key("主动公开情况"), guess_topic_key("信息公开平台建设方面")
('active', 'platforms')
>>> fees_of("全年收取政府信息公开信息处理费 3940 元。")
ProcessingFees(notices=BLANK, notified=BLANK, collected=Decimal('3940'))
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from govinfo_report.layout import ChannelKind, FormatVersion, layout_for, normalize_label
from govinfo_report.model import BLANK, Channel, ChannelCount, ProcessingFees
from govinfo_report.parse._labels import bigrams, dice

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["channels_of", "fees_of", "guess_topic_key", "topic_key"]

_LAYOUT = layout_for(FormatVersion.V2021)
_TOPICS = _LAYOUT.topics
_TOPIC_NAMES = tuple(
    (topic.key, tuple(normalize_label(name) for name in (topic.label, *topic.variants))) for topic in _TOPICS
)

_TOPIC_GRAMS = tuple((key, tuple(bigrams(name) for name in names)) for key, names in _TOPIC_NAMES)
_SUFFIXES = ("方面", "情况", "工作", "建设情况")
_GUESS = 0.7

_KEYWORDS = sorted(
    ((word, kind) for kind in ChannelKind for word in kind.keywords),
    key=lambda pair: -len(pair[0]),
)
_KIND_OF = dict(reversed(_KEYWORDS))
_CHANNEL = re.compile("|".join(re.escape(word) for word, _kind in _KEYWORDS))
CLAUSE_ENDS = "，。；！？\n,;!?"
"""What ends a clause. No channel keyword holds one (a test proves it), so the keywords found in
a whole text are exactly those found in each of its clauses."""
_CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]")
_COUNT = re.compile(r"(?<!\d)(\d{1,15})(条|篇|件|期|个|次|场|项|则)")
_PUNCTUATION = " \t（）()、：:“”《》〈〉\"'"
_VERBS = re.compile(
    r"^(?:共|累计|全年|及时|主动)*(?:发布|公开|公示|推送|刊发|更新|上传|转载|发送|播放|回应|解答|办理|刊登)*"
)


def topic_key(title: str) -> str | None:
    """The official topic whose label or variant folds to the same text as *title*."""
    return _LAYOUT.topic_key(title)


def guess_topic_key(title: str) -> str | None:
    """The official topic *title* names, allowing the wordings of published reports."""
    key = topic_key(title)
    if key is not None:
        return key
    folded = normalize_label(title)
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and topic_key(folded[: -len(suffix)]) is not None:
            return topic_key(folded[: -len(suffix)])
    best, best_key = 0.0, None
    grams = bigrams(folded)  # folded once, the title is as similarity() would fold it
    for key_, names in _TOPIC_GRAMS:
        for name_grams in names:
            score = dice(grams, name_grams)
            if score > best:
                best, best_key = score, key_
    return best_key if best >= _GUESS else None


def channels_of(texts: Iterable[str]) -> tuple[Channel, ...]:
    """The channels the prose names, in order of first mention, with their counts."""
    order: list[str] = []
    counts: dict[str, list[ChannelCount]] = {}
    for text in texts:
        # The keywords are looked for once in the whole text, then grouped by clause.
        hits = list(_CHANNEL.finditer(text))
        index = 0
        while index < len(hits):
            stop = _CLAUSE_END.search(text, hits[index].end())
            clause_end = stop.start() if stop is not None else len(text)
            last = index
            while last < len(hits) and hits[last].start() < clause_end:
                last += 1
            for hit, following in zip(hits[index:last], [*hits[index + 1 : last], None]):
                name = hit.group()
                if name not in counts:
                    order.append(name)
                    counts[name] = []
                span = text[hit.end() : following.start() if following is not None else clause_end]
                count = _COUNT.search(span)
                if count is not None:
                    subject = _VERBS.sub("", span[: count.start()]).strip(_PUNCTUATION)
                    counts[name].append(ChannelCount(count=int(count.group(1)), unit=count.group(2), subject=subject))
            index = last
    return tuple(Channel(name=name, kind=_KIND_OF[name], counts=tuple(counts[name])) for name in order)


_FEE_MENTION = re.compile(r"信息处理费")
_COLLECTED = re.compile(
    r"(?:收取|收缴|缴纳)[^。；，]{0,30}?信息处理费[^。；，\d]{0,6}?[ ]*(\d+(?:\.\d+)?)[ ]*(万元|元)"
)
_COLLECTED_AFTER = re.compile(
    r"信息处理费[^。；，\d]{0,12}?(?:收取|收缴|缴纳)?[^。；，\d]{0,6}?[ ]*(\d+(?:\.\d+)?)[ ]*(万元|元)"
)
_NONE = re.compile(
    r"(?:未|无|没有|均未|不存在)[^。；，]{0,12}?(?:收取|收缴)[^。；，]{0,12}?信息处理费|信息处理费[^。；，]{0,8}?(?:为\s*0|为零|0\s*元)"
)
_NOTICES = re.compile(r"(?:发出|出具|送达)[^。；，\d]{0,12}?收费通知[^。；，\d]{0,6}?[ ]*(\d{1,15})[ ]*(?:件|份|次)")


def fees_of(text: str) -> ProcessingFees | None:
    """The 信息处理费 figures section 六 states, or ``None`` when it says nothing of them."""
    if not _FEE_MENTION.search(text):
        return None
    collected: Decimal | object = BLANK
    match = _COLLECTED.search(text) or _COLLECTED_AFTER.search(text)
    if match is not None:
        value = Decimal(match.group(1))
        collected = value * 10_000 if match.group(2) == "万元" else value
    elif _NONE.search(text):
        collected = Decimal(0)
    notices: int | object = BLANK
    notice = _NOTICES.search(text)
    if notice is not None:
        notices = int(notice.group(1))
    return ProcessingFees(notices=notices, collected=collected)  # type: ignore[arg-type]
