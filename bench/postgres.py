"""The PostgreSQL side of the benchmarks: a throw-away schema on the test server, dropped afterwards,
so a bench run never touches the tables the tests use and leaves nothing behind."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

TEST_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
POSTGRES_URL = os.environ.get("GOVBOT_BENCH_POSTGRES_URL", os.environ.get("GOVBOT_TEST_POSTGRES_URL", TEST_SERVER))


@contextmanager
def throwaway_schema(server_url: str = POSTGRES_URL) -> Iterator[tuple[str | None, str]]:
    """(a URL whose search_path is a fresh schema, ""), the schema dropped on leaving; or (None, why
    not) when the server cannot make one: the caller says so and its SQLite figures stand alone."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # unreachable server, no driver, no rights
        yield None, str(error).splitlines()[0]
        return
    try:
        url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False), ""
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def on_postgres(measure: Callable[[str], None]) -> None:
    """`measure(url)` on a throw-away schema, or a line saying why PostgreSQL is skipped."""
    with throwaway_schema() as (url, why_not):
        if url is None:
            print(f"  PostgreSQL skipped: {why_not}")
        else:
            measure(url)
