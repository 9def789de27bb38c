"""`python -m fieldkit` and the `fieldkit` command."""

from __future__ import annotations

import os
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
        report = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        with report.open("a", encoding="utf-8") as handle:  # never overwrite a report
            handle.write(details)
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
        try:
            return run(argv)
        finally:
            # Flush here, not at exit: `fieldkit meetings | head -1` may have closed
            # the pipe, and Python would report that after the program has ended.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        # The reader left; that is not an error. Point stdout at nothing so the
        # interpreter's own final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SystemExit:
        raise
    except Exception as error:
        return _report_bug(error)


if __name__ == "__main__":
    sys.exit(main())
