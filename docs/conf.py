"""Sphinx configuration: MyST Markdown pages; their examples run as doctests under pytest."""

project = "govinfo_report"
author = "govinfo_report contributors"
copyright = "2026, govinfo_report contributors"
language = "en"

extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
suppress_warnings = ["myst.xref_missing"]
html_theme = "alabaster"
html_title = "govinfo_report"
