"""The bundle's entry point, shared by the windowed `FieldKit` and the console
`fieldkit-cli` executables (see build_installer.spec): the same `main()` as the
`fieldkit` command, so without arguments it opens the window."""

import sys

from fieldkit.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
