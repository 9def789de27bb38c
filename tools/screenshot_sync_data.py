"""For the Sync page's screenshot: a colleague's laptop (a second database beside the
first) and a shared folder, synced both ways, with the same meeting's title and place
changed on both laptops, so the page has a history and two kept conflicts.

    python tools/screenshot_sync_data.py DATABASE SHARED_FOLDER
"""

import sys
from pathlib import Path

from fieldkit.services import meetings
from fieldkit.services.sync_settings import save_remote
from fieldkit.store import Store, open_store
from fieldkit.sync.engine import sync
from fieldkit.sync.remotes import open_remote

mine, share = Path(sys.argv[1]), Path(sys.argv[2])
theirs = mine.with_name("kolegos.sqlite")


def sync_with_share(store: Store) -> None:
    remote = open_remote(str(share))
    try:
        sync(store, remote, publish=False)
    finally:
        remote.close()


with open_store(mine) as ona, open_store(theirs) as jonas:
    save_remote(ona, str(share))
    sync_with_share(ona)
    sync_with_share(jonas)
    meeting = next(m for m in meetings.list_meetings(ona) if m.status == "draft")
    meetings.update_meeting(jonas, meeting.meeting_id, title=meeting.title + " (Jono pataisa)")
    meetings.update_meeting(jonas, meeting.meeting_id, place="Skaitykla, 2 aukštas")
    meetings.update_meeting(ona, meeting.meeting_id, title=meeting.title + " (Onos pataisa)")
    meetings.update_meeting(ona, meeting.meeting_id, place="Konferencijų salė")
    for store in (ona, jonas, ona):
        sync_with_share(store)
