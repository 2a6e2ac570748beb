"""Command line: ``python -m nflex_connector_utils example`` prints the documented example."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m nflex_connector_utils",
        description="Tools for CMP resource connectors.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    example = commands.add_parser(
        "example", help="print the CMP JSON of the documentation's full example"
    )
    example.add_argument(
        "--compact", action="store_true", help="print one line instead of indented JSON"
    )
    arguments = parser.parse_args(argv)
    if arguments.command == "example":
        from nflex_connector_utils.example import get

        resources = get({}, None)
        indent = None if arguments.compact else 2
        text = json.dumps(resources, indent=indent, sort_keys=True, allow_nan=False)
        try:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader went away (`... | head`): not an error of ours. Point stdout at
            # devnull so the interpreter's own flush at exit does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
