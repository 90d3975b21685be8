"""Tests of the rule checks."""
