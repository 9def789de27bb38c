"""`python -m fieldkit` and the `fieldkit` command."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

EXIT_BUG = 70


def _report_bug(error: BaseException) -> int:
    """A bug, not bad input: keep the details in the log folder, say one sentence."""
    details = "".join(traceback.format_exception(error))
    try:
        import datetime as dt

        from fieldkit.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        report = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
        report.write_text(details, encoding="utf-8")
    except Exception:
        sys.stderr.write(details)
        print("fieldkit: internal error (a bug); the details are above.", file=sys.stderr)
    else:
        print(f"fieldkit: internal error (a bug); the details are in {report}.", file=sys.stderr)
    return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a C-locale terminal still gets the rest
    from fieldkit.cli import run

    try:
        return run(argv)
    except SystemExit:
        raise
    except Exception as error:
        return _report_bug(error)


if __name__ == "__main__":
    sys.exit(main())
