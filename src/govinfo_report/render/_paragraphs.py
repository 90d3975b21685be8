r"""Splitting a text of the model into the paragraphs the renderers print.

A text's line breaks become paragraph breaks, except where a paragraph would be
empty: a line break next to another one, or at the start or end of the text,
stays inside a paragraph (each format then writes it as an escape). So every
paragraph is non-empty, and joining the paragraphs with ``"\n"`` gives the
text back exactly.

>>> paragraphs("第一段\n第二段")
('第一段', '第二段')
>>> paragraphs("甲\n\n乙"), paragraphs("\n"), paragraphs("")
(('甲\n\n乙',), ('\n',), ())
"""

from __future__ import annotations

import itertools

__all__ = ["paragraphs"]


def paragraphs(text: str) -> tuple[str, ...]:
    r"""The non-empty paragraphs of *text*; ``"\n".join`` of them is *text*.

    >>> paragraphs("\n甲\n乙\n")
    ('\n甲', '乙\n')
    """
    if not text:
        return ()
    pieces = text.split("\n")
    result = [pieces[0]]
    for previous, piece in itertools.pairwise(pieces):
        if previous and piece:
            result.append(piece)
        else:
            result[-1] += "\n" + piece
    return tuple(result)
