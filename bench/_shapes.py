"""The same report shape as plain pydantic v2 and msgspec models, for the benchmarks.

Both are built from the layout, so that they hold exactly the cells our model
holds, with the same constraints: counts are integers >= 0 or null or
"not_applicable"; money is a decimal string.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from govinfo_report.layout import CellKind, FormatVersion, layout_for


def pydantic_model() -> Any:
    """A pydantic v2 model of a 2021 report."""
    from decimal import Decimal

    import pydantic
    from pydantic import Field, create_model

    strict = pydantic.ConfigDict(extra="forbid", strict=True)
    na = Literal["not_applicable"]
    count = Optional[Annotated_count() | na]
    money = Optional[Decimal | na]
    layout = layout_for(FormatVersion.V2021)

    def table(spec):
        rows = {}
        for block in spec.blocks:
            cols = {c.key: ((money if c.kind is CellKind.MONEY else count), ...) for c in block.columns}
            for row in block.rows:
                rows[row.key] = (create_model(f"{spec.key}_{row.key}", __config__=strict, **cols), ...)
        return create_model(spec.key, __config__=strict, **rows)

    Topic = create_model("Topic", __config__=strict, key=(Optional[str], None), title=(str, ""), text=(str, ""))
    Count = create_model("ChannelCount", __config__=strict, count=(int, Field(ge=0)), unit=(str, ""), subject=(str, ""))
    Channel = create_model(
        "Channel", __config__=strict, name=(str, ...), kind=(str, "other"), counts=(tuple[Count, ...], ())
    )
    Overview = create_model(
        "Overview",
        __config__=strict,
        text=(str, ""),
        topics=(tuple[Topic, ...], ()),
        channels=(tuple[Channel, ...], ()),
    )
    Body = create_model(
        "Body",
        __config__=strict,
        name=(str, ...),
        kind=(Literal["department", "government", "township", "other"], "other"),
    )
    Improvements = create_model(
        "Improvements",
        __config__=strict,
        text=(str, ""),
        problems=(tuple[str, ...], ()),
        remedies=(tuple[str, ...], ()),
    )
    Fees = create_model(
        "Fees", __config__=strict, notices=(count, None), notified=(money, None), collected=(money, None)
    )
    Other = create_model("OtherMatters", __config__=strict, text=(str, ""), fees=(Optional[Fees], None))
    lax = pydantic.ConfigDict(extra="forbid")
    return create_model(
        "Report",
        __config__=lax,
        format=(Literal["2019", "2021"], ...),
        body=(Body, ...),
        year=(int, ...),
        published=(Optional[__import__("datetime").date], None),
        title=(str, ""),
        preamble=(str, ""),
        headings=(Optional[tuple[str, ...]], None),
        overview=(Overview, ...),
        disclosure=(Optional[table(layout.disclosure)], None),
        disclosure_text=(str, ""),
        requests=(Optional[table(layout.requests)], None),
        requests_text=(str, ""),
        reviews=(Optional[table(layout.reviews)], None),
        reviews_text=(str, ""),
        improvements=(Improvements, ...),
        other_matters=(Other, ...),
    )


def Annotated_count():
    from typing import Annotated

    from pydantic import Field

    return Annotated[int, Field(ge=0)]


def msgspec_model() -> Any:
    """A msgspec Struct of a 2021 report."""
    import datetime
    from typing import Annotated

    import msgspec

    na = Literal["not_applicable"]
    count = Union[Annotated_msgspec_count(), na, None]
    # msgspec allows one str-like type in a union: a pattern covers decimals and the mark.
    money = Optional[Annotated[str, msgspec.Meta(pattern=r"^([0-9]+(\.[0-9]+)?|not_applicable)$")]]
    layout = layout_for(FormatVersion.V2021)

    def table(spec):
        fields = []
        for block in spec.blocks:
            cols = [(c.key, money if c.kind is CellKind.MONEY else count) for c in block.columns]
            for row in block.rows:
                fields.append((row.key, msgspec.defstruct(f"{spec.key}_{row.key}", cols, forbid_unknown_fields=True)))
        return msgspec.defstruct(spec.key, fields, forbid_unknown_fields=True)

    kw = {"forbid_unknown_fields": True}
    Topic = msgspec.defstruct("Topic", [("key", Optional[str], None), ("title", str, ""), ("text", str, "")], **kw)
    Count = msgspec.defstruct("ChannelCount", [("count", int), ("unit", str, ""), ("subject", str, "")], **kw)
    Channel = msgspec.defstruct(
        "Channel", [("name", str), ("kind", str, "other"), ("counts", tuple[Count, ...], ())], **kw
    )
    Overview = msgspec.defstruct(
        "Overview", [("text", str, ""), ("topics", tuple[Topic, ...], ()), ("channels", tuple[Channel, ...], ())], **kw
    )
    Body = msgspec.defstruct("Body", [("name", str), ("kind", str, "other")], **kw)
    Improvements = msgspec.defstruct(
        "Improvements", [("text", str, ""), ("problems", tuple[str, ...], ()), ("remedies", tuple[str, ...], ())], **kw
    )
    Fees = msgspec.defstruct(
        "Fees", [("notices", count, None), ("notified", money, None), ("collected", money, None)], **kw
    )
    Other = msgspec.defstruct("OtherMatters", [("text", str, ""), ("fees", Optional[Fees], None)], **kw)
    return msgspec.defstruct(
        "Report",
        [
            ("format", Literal["2019", "2021"]),
            ("body", Body),
            ("year", int),
            ("overview", Overview),
            ("improvements", Improvements),
            ("other_matters", Other),
            ("published", Optional[datetime.date], None),
            ("title", str, ""),
            ("preamble", str, ""),
            ("headings", Optional[tuple[str, ...]], None),
            ("disclosure", Optional[table(layout.disclosure)], None),
            ("disclosure_text", str, ""),
            ("requests", Optional[table(layout.requests)], None),
            ("requests_text", str, ""),
            ("reviews", Optional[table(layout.reviews)], None),
            ("reviews_text", str, ""),
        ],
        **kw,
    )


def Annotated_msgspec_count():
    from typing import Annotated

    import msgspec

    return Annotated[int, msgspec.Meta(ge=0)]
