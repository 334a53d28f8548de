"""The request counters of throttling (config.throttling) in an UNLOGGED
table: a counter is worth nothing after a crash, and a write to an unlogged
table commits without waiting for the disk, so counting a cached page no
longer costs a WAL flush. The table is the one ``createcachetable`` makes
for the ``shared`` cache (same columns and index; ``createcachetable``
then finds it and leaves it); one made before this migration is switched
to unlogged."""

from django.conf import settings
from django.db import migrations


def _table(schema_editor) -> str:
    return schema_editor.quote_name(settings.CACHES["shared"]["LOCATION"])


def unlogged(apps, schema_editor):
    table = _table(schema_editor)
    index = schema_editor.quote_name(settings.CACHES["shared"]["LOCATION"] + "_expires")
    schema_editor.execute(
        f"CREATE UNLOGGED TABLE IF NOT EXISTS {table} ("
        '"cache_key" varchar(255) NOT NULL PRIMARY KEY, "value" text NOT NULL, '
        '"expires" timestamp with time zone NOT NULL)'
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} (expires)")
    schema_editor.execute(f"ALTER TABLE {table} SET UNLOGGED")


def logged(apps, schema_editor):
    schema_editor.execute(f"ALTER TABLE IF EXISTS {_table(schema_editor)} SET LOGGED")


class Migration(migrations.Migration):
    dependencies = [("documents", "0004_document_freshness")]
    operations = [migrations.RunPython(unlogged, logged)]
