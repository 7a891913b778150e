"""SIGKILL trials: a real kiosk process is killed at random moments while it records sign-ups
and syncs, then restarted; in the end the hub holds every sign-up exactly once."""

from __future__ import annotations

import contextlib
import copy
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from hub.catalogue import import_catalogue
from hub.models import CatalogueEntry, SeatSession
from hub.models import SignUp as HubSignUp
from hub.testing import sample_catalogue
from kiosk.store.models import Offer, OutboxItem, SignUp
from kiosk.sync.client import HubClient
from kiosk.sync.outbox import push_outbox
from kiosk.sync.pull import pull_catalogue, pull_decisions

WORKER = Path(__file__).with_name("kill_worker.py")


def run_trials(hub, store, trials: int, seed: int) -> set[str]:
    rng = random.Random(seed)
    committed: set[str] = set()
    catalogue = sample_catalogue()
    zygote = subprocess.Popen(
        [sys.executable, str(WORKER), str(store.url.database), hub.url, hub.tokens["kiosk-a"]],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    current: dict[str, int] = {}
    try:
        _trials(hub, store, trials, rng, catalogue, zygote, committed, current)
    finally:
        if "pid" in current:  # a failed trial leaves its kiosk process running
            with contextlib.suppress(ProcessLookupError):
                os.kill(current["pid"], signal.SIGKILL)
        if not zygote.stdin.closed:
            zygote.stdin.close()  # the starter ends at the end of its input
        try:
            zygote.wait(timeout=30)
        except subprocess.TimeoutExpired:
            zygote.kill()
            zygote.wait()
        zygote.stdout.close()
    return committed


def _trials(hub, store, trials, rng, catalogue, zygote, committed, current) -> None:
    for trial in range(trials):
        if trial % 3 == 0:  # give the pull something to do: the hub's catalogue keeps changing
            changed = copy.deepcopy(catalogue)
            changed["offers"][trial % 3]["title"]["en"] = f"Course, edition {trial}"
            with hub.db.write() as s:
                import_catalogue(s, changed)
        zygote.stdin.write(f"{trial}\n")
        zygote.stdin.flush()
        pid, ready, done = None, False, 0
        # Kill after a random number of sign-ups (0-4), a random moment later: inside a commit,
        # a push or a pull. Counting sign-ups keeps the trials meaningful on a slow machine.
        target = rng.randint(0, 4)
        while pid is None or not ready or done < target:
            line = zygote.stdout.readline().split()
            assert line, "the kiosk process starter died"
            assert line[0] != "dead", "the kiosk stopped by itself"
            if line[0] == "pid":
                pid = current["pid"] = int(line[1])
            elif line[0] == "ready":
                ready = True
            elif line[0] == "committed":
                committed.add(line[1])
                done += 1
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        while True:
            line = zygote.stdout.readline().split()
            assert line, "the kiosk process starter died"
            if line[0] == "committed":
                committed.add(line[1])
            elif line[0] == "dead":
                assert int(line[2]) == -signal.SIGKILL, "the kiosk stopped by itself"
                del current["pid"]
                break
    zygote.stdin.close()


def check_nothing_lost_or_doubled(hub, store, committed: set[str]) -> None:
    with OrmSession(store) as s:  # the kills left work undone, or the trials proved little
        assert s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))) > 0
    client = HubClient(hub.url, hub.tokens["kiosk-a"])
    push_outbox(store, client)  # the kiosk's next ordinary round
    pull_catalogue(store, client)
    pull_decisions(store, client)
    client.close()
    with OrmSession(store) as s:
        local = dict(s.execute(select(SignUp.uuid, SignUp.status)).all())
        assert s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))) == 0
        kiosk_offers = dict(s.execute(select(Offer.hub_id, Offer.version)).all())
    with hub.db.read() as s:
        remote = dict(s.execute(select(HubSignUp.uuid, HubSignUp.status)).all())
        names = s.execute(select(HubSignUp.display_name, func.count()).group_by(HubSignUp.display_name)).all()
        seats = {r.hub_id: r.confirmed for r in s.scalars(select(SeatSession))}
        confirmed = dict(s.execute(select(HubSignUp.session_hub_id, func.count())
                                   .where(HubSignUp.status == "confirmed").group_by(HubSignUp.session_hub_id)).all())
        hub_offers = dict(s.execute(select(CatalogueEntry.hub_id, CatalogueEntry.version)
                                    .where(CatalogueEntry.kind == "offer")).all())
    assert committed <= set(local), "a committed sign-up vanished from the kiosk"
    assert set(remote) == set(local), "lost (or invented) sign-ups"
    assert all(count == 1 for _, count in names), "a citizen's sign-up reached the hub twice"
    assert remote == local, "the kiosk shows a different decision than the hub made"
    assert {k: v for k, v in seats.items() if v} == confirmed, "seat counts drifted"
    assert kiosk_offers == hub_offers


def test_sigkill_trials_quick(hub, store) -> None:
    committed = run_trials(hub, store, trials=20, seed=1)
    assert len(committed) >= 20
    check_nothing_lost_or_doubled(hub, store, committed)


@pytest.mark.slow
def test_sigkill_trials_200(hub, store) -> None:
    committed = run_trials(hub, store, trials=200, seed=2)
    check_nothing_lost_or_doubled(hub, store, committed)
