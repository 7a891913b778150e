"""Kiosk processes for the SIGKILL trials: each records sign-ups and syncs until it is killed.

Usage: python kill_worker.py STORE HUB_URL TOKEN. It imports everything once, then for each
line "TRIAL" on stdin forks a fresh kiosk process (a real process with its own store
connection), prints "pid <pid>", and "dead <pid>" once that process has been killed. A kiosk
process prints "ready", then "committed <uuid>" after each sign-up's transaction has committed,
so the test knows what must reach the hub. Forking saves the ~0.7 s of imports per trial.
"""

import os
import random
import sys
import time

from sqlalchemy.orm import Session

from kiosk.store.engine import make_engine
from kiosk.sync.client import HubClient, HubError
from kiosk.sync.outbox import push_outbox, record_sign_up
from kiosk.sync.pull import pull_catalogue, pull_decisions, pull_seats

def say(*words) -> None:
    """One line to the test, in one write: a pipe write under PIPE_BUF bytes is atomic, so a kill
    never leaves half a line (print writes its words one by one when Python runs unbuffered, and
    a kill between "committed" and its uuid once glued the next "dead" line onto it)."""
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), (" ".join(map(str, words)) + "\n").encode())


SESSIONS = [(f"off-{o}", f"off-{o}-s{s}") for o in (1, 2, 3) for s in (0, 1)]


def kiosk(store: str, url: str, token: str, trial: int) -> None:
    engine = make_engine(store)
    client = HubClient(url, token, connect_timeout=1, read_timeout=5)
    rng = random.Random(trial)
    say("ready")
    n = 0
    while True:
        offer, session = rng.choice(SESSIONS)
        with Session(engine) as s, s.begin():
            uuid = record_sign_up(s, offer_hub_id=offer, session_hub_id=session,
                                  display_name=f"trial {trial} citizen {n}").uuid
        say("committed", uuid)
        n += 1
        try:
            step = rng.random()
            if step < 0.5:
                push_outbox(engine, client, limit=rng.randint(1, 3))
            elif step < 0.8:
                pull_catalogue(engine, client, page_size=1)
            else:
                pull_seats(engine, client)
                pull_decisions(engine, client)
        except HubError:
            time.sleep(0.02)


def main() -> None:
    store, url, token = sys.argv[1], sys.argv[2], sys.argv[3]
    for line in sys.stdin:
        trial = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                kiosk(store, url, token, trial)
            finally:
                os._exit(3)  # only reached if the kiosk stopped by itself
        say("pid", pid)
        _, status = os.waitpid(pid, 0)
        say("dead", pid, os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
