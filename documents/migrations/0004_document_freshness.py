"""One freshness stamp per document (``revision``, ``changed_at``).

``documents.changes.document_changed`` bumps it inside the writing
transaction. Triggers keep it honest for writes that do not go through a
service (a bulk ``update()`` in the admin, a model ``save()`` in a shell):

- a row of documents_document that is updated gets ``revision + 1`` and
  ``changed_at = now()`` unless the update already raised the revision, so a
  ``save()`` of a Document read before a bump can never move the stamp back;
- a statement that inserts, updates or deletes versions, alignment links or
  editions bumps each document it touched, once per statement.
"""

from django.db import migrations, models
from django.utils import timezone

BUMP_DOCUMENT_ROW = """
CREATE OR REPLACE FUNCTION concord_document_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.revision <= OLD.revision THEN
        NEW.revision := OLD.revision + 1;
        NEW.changed_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER concord_document_revision BEFORE UPDATE ON documents_document
    FOR EACH ROW EXECUTE FUNCTION concord_document_revision();
"""

# documents touched by a statement on a table with a document_id column
TOUCH_BY_DOCUMENT = """
CREATE OR REPLACE FUNCTION concord_touch_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE documents_document SET revision = revision + 1, changed_at = now()
    WHERE id IN (SELECT document_id FROM touched_rows);
    RETURN NULL;
END $$;
"""

# documents touched by a statement on alignment_link (through its version)
TOUCH_BY_VERSION = """
CREATE OR REPLACE FUNCTION concord_touch_documents_of_versions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE documents_document SET revision = revision + 1, changed_at = now()
    WHERE id IN (SELECT v.document_id FROM documents_version v
                 WHERE v.id IN (SELECT version_id FROM touched_rows));
    RETURN NULL;
END $$;
"""

WATCHED = (
    ("documents_version", "concord_touch_documents"),
    ("documents_edition", "concord_touch_documents"),
    ("alignment_link", "concord_touch_documents_of_versions"),
)


def statement_triggers() -> str:
    sql = []
    for table, function in WATCHED:
        for event, transition in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            sql.append(
                f"CREATE TRIGGER concord_{table}_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {transition} TABLE AS touched_rows "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {function}();"
            )
    return "\n".join(sql)


def drop_triggers() -> str:
    sql = ["DROP TRIGGER IF EXISTS concord_document_revision ON documents_document;"]
    for table, _function in WATCHED:
        for event in ("insert", "update", "delete"):
            sql.append(f"DROP TRIGGER IF EXISTS concord_{table}_{event} ON {table};")
    sql += [
        "DROP FUNCTION IF EXISTS concord_document_revision();",
        "DROP FUNCTION IF EXISTS concord_touch_documents();",
        "DROP FUNCTION IF EXISTS concord_touch_documents_of_versions();",
    ]
    return "\n".join(sql)


class Migration(migrations.Migration):

    dependencies = [
        ("documents", "0003_series"),
        ("alignment", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="revision",
            field=models.PositiveBigIntegerField(default=1, editable=False),
        ),
        migrations.AddField(
            model_name="document",
            name="changed_at",
            field=models.DateTimeField(default=timezone.now, editable=False),
        ),
        migrations.RunSQL(
            BUMP_DOCUMENT_ROW + TOUCH_BY_DOCUMENT + TOUCH_BY_VERSION + statement_triggers(),
            reverse_sql=drop_triggers(),
        ),
    ]
