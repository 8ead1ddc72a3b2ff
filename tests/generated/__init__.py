"""Guard tests of the generated client ``generated/sinch_numbers_api`` (golden-record style)."""
