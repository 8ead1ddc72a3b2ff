"""``python -m sinch_numbers``: the ``sinch-numbers`` command line tool (the ``cli`` extra)."""

from sinch_numbers.cli import main

if __name__ == "__main__":
    main()
