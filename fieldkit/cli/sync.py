"""`fieldkit sync`: one sync with the saved remote, or with the one given."""

from __future__ import annotations

import argparse
import sys

from fieldkit.cli.common import EXIT_OK, Handler, open_database
from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    sync = commands.add_parser(
        "sync",
        help="sync with the team's shared folder or WebDAV server",
        description="Send this database's changes and receive the others'. The remote is "
        "a folder path, a file:// URL or an http(s):// WebDAV URL; without --remote, the "
        "one saved in the window's Sync page. WebDAV passwords come from the system "
        "keyring, or from FIELDKIT_SYNC_USER and FIELDKIT_SYNC_PASSWORD.",
    )
    sync.add_argument("--remote", metavar="URL", help="folder, file:// or http(s):// URL")
    sync.add_argument(
        "--save", action="store_true", help="remember --remote as this database's remote"
    )
    sync.add_argument(
        "--no-publish",
        action="store_true",
        help="do not publish minutes and the summary workbook to exports/",
    )
    return {"sync": _cmd_sync}


def _cmd_sync(args: argparse.Namespace) -> int:
    from fieldkit.services.sync_settings import save_remote, saved_remote
    from fieldkit.sync.engine import sync
    from fieldkit.sync.remotes import open_remote

    with open_database(args) as store:
        url = args.remote or saved_remote(store)
        if not url:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No remote is set up for this database: give one with --remote "
                    "(a folder or an https:// WebDAV address).",
                )
            )
        remote = open_remote(url)
        try:
            report = sync(store, remote, publish=not args.no_publish)
        finally:
            remote.close()
        if args.save and args.remote:
            save_remote(store, args.remote)
    print(f"Synced with {report.remote}.")
    print(
        f"Sent {report.sent_changes} changes in {report.sent_bundles} bundles, "
        f"{report.sent_blobs} attached files ({report.sent_bytes:,} bytes)."
    )
    print(
        f"Received {report.received_changes} changes in {report.received_bundles} bundles, "
        f"{report.received_blobs} attached files ({report.received_bytes:,} bytes)."
    )
    if report.conflicts:
        print(f"{report.conflicts} conflicting edits kept for review on the Sync page.")
    if report.held:
        print(f"{report.held} changes held back until they can be applied.")
    if report.published:
        print(f"Published {report.published} documents to exports/.")
    if report.new_replica_id:
        print(f"This database now syncs as replica {report.new_replica_id}.")
    for sentence in report.set_aside + report.warnings:
        print(f"warning: {sentence}", file=sys.stderr)
    return EXIT_OK  # set-aside bundles are warnings: everything else synced
