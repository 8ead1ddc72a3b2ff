"""Tests for scripts/update-spec (specpipe.diff, apicompare, report, update)."""
