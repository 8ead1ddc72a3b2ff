"""sinch_numbers: the friendly, typed overlay on the generated ``sinch_numbers_api`` client."""

__version__ = "0.1.0"
