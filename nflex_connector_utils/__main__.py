"""Command line of the package.

- ``python -m nflex_connector_utils example``: print the documented example's CMP JSON.
- ``python -m nflex_connector_utils run HANDLER [--event FILE] [--kind resources|raw]``: run
  a connector handler locally with a :class:`~nflex_connector_utils.local.LocalContext`.
"""

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
    run = commands.add_parser(
        "run",
        help="run a connector handler locally and print what it returns as JSON",
        description=(
            "Load HANDLER, call it with the event and a local context (offline unless CMP_URL "
            "and CMP_API_KEY/CMP_API_SECRET or CMP_TOKEN are set), print the result as JSON on "
            "stdout and the handler's logs on stderr. Resources returned by get_resources are "
            "checked against the wire format."
        ),
    )
    run.add_argument("handler", help="path/to/main.py:get_resources or main.get_resources")
    run.add_argument("--event", help="a JSON file with the event (- for stdin); default {}")
    run.add_argument(
        "--kind",
        choices=("resources", "raw"),
        help="check the result as resources (default for get_resources) or not at all",
    )
    arguments = parser.parse_args(argv)
    if arguments.command == "run":
        from nflex_connector_utils.runner import read_event
        from nflex_connector_utils.runner import run as run_handler

        try:
            event = read_event(arguments.event)
        except (OSError, ValueError) as error:
            sys.stderr.write(f"error: cannot read the event {arguments.event!r}: {error}\n")
            return 2
        return run_handler(arguments.handler, event, arguments.kind)
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
