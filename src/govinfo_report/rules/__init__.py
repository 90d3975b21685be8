"""The rule checks evaluators apply to annual reports: the catalogue and the checker.

:func:`check` applies every rule of :data:`CATALOGUE` (or those chosen) to a
report and, when given, last year's report of the same body; it returns
frozen :class:`Finding` values, passes and not-assessable ones included.
:func:`failures` keeps the failures; :func:`is_consistent` answers yes or no
and never raises.

>>> from govinfo_report.rules import CATALOGUE, check, failures, is_consistent
>>> len(CATALOGUE), CATALOGUE.version
(25, '1.0')
"""

from govinfo_report.rules._catalogue import CATALOGUE, Catalogue, Rule
from govinfo_report.rules._engine import check, check_series, failures, is_consistent
from govinfo_report.rules._finding import Finding, Reason, Severity, Span, Status, Value

__all__ = [
    "CATALOGUE",
    "Catalogue",
    "Finding",
    "Reason",
    "Rule",
    "Severity",
    "Span",
    "Status",
    "Value",
    "check",
    "check_series",
    "failures",
    "is_consistent",
]
