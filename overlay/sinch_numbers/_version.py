"""The version of the ``sinch-numbers`` distribution.

This file is its only source: hatchling reads it when building (``[tool.hatch.version]`` in
``pyproject.toml``), and ``sinch_numbers_api.__version__`` reads the installed metadata.
"""

__version__ = "0.1.0"
