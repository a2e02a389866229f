"""What the Slack front end remembers, on SQLite and PostgreSQL alike: each delivery handled once
however many replicas or threads receive it, one vote per person per answer, one review post per
request."""

import threading

from sqlalchemy import func, select

from bot.slack import store
from knowledge.inventory.registration import register
from tests.inventory_helpers import form


def at_once(count: int, work) -> list:
    """Run `work()` in `count` threads released together; their results (or exceptions)."""
    barrier, results = threading.Barrier(count), []

    def run():
        barrier.wait()
        try:
            results.append(work())
        except Exception as error:  # collected: the test says which outcomes are acceptable
            results.append(error)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_delivery_claimed_by_eight_receivers_at_once_is_handled_once(database):
    results = at_once(8, lambda: store.claim_delivery(database, "event:Ev123"))
    assert sorted(results, key=str) == [False] * 7 + [True]
    assert store.claim_delivery(database, "event:Ev123") is False


def test_a_released_delivery_can_be_claimed_again(database):
    assert store.claim_delivery(database, "escalate:C1:1.2")
    store.release_delivery(database, "escalate:C1:1.2")
    store.release_delivery(database, "escalate:C1:1.2")  # releasing twice is harmless
    assert store.claim_delivery(database, "escalate:C1:1.2")


def test_an_oversized_delivery_key_is_cut_to_fit_and_still_unique(database):
    key = "event:" + "x" * 5000
    assert store.claim_delivery(database, key) and not store.claim_delivery(database, key)


def test_a_thread_remembered_twice_at_once_is_one_bot_thread(database):
    results = at_once(4, lambda: store.remember_thread(database, "C0GENERAL", "1700000000.000100", "U1"))
    assert results == [None] * 4
    assert store.is_bot_thread(database, "C0GENERAL", "1700000000.000100")
    assert not store.is_bot_thread(database, "C0GENERAL", "1700000000.000200")


def test_a_review_post_is_remembered_and_moved(database):
    request = register(database, form()).request
    assert store.review_post_of(database, request.id) is None
    store.save_review_post(database, request.id, "CREVIEW", "1.1")
    store.save_review_post(database, request.id, "CREVIEW2", "2.2")
    post = store.review_post_of(database, request.id)
    assert (post.channel, post.ts) == ("CREVIEW2", "2.2")
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(store.ReviewPost)) == 1
