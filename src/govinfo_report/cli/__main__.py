"""``python -m govinfo_report.cli``."""

from govinfo_report.cli import main

raise SystemExit(main())
