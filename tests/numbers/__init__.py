"""Tests of :mod:`govinfo_report.numbers`."""
