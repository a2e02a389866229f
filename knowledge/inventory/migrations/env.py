"""Alembic environment: migrations run on the connection govbot hands over (Database.migrate),
for the schema it hands over (the inventory's, plus the tables a front end keeps beside them), or,
from the alembic command line, on GOVBOT_DATABASE_URL for the inventory's alone."""

import os

from alembic import context
from sqlalchemy import create_engine

from knowledge.inventory.models import Base

config = context.config
target_metadata = config.attributes.get("target_metadata", Base.metadata)
connection = config.attributes.get("connection")

if connection is not None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(os.environ.get("GOVBOT_DATABASE_URL", "sqlite:///.govbot/govbot.db"))
    with engine.connect() as own_connection:
        context.configure(connection=own_connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
