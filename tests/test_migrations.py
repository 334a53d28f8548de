"""The models and their migrations agree: a model change without its
migration (a field added to a model whose history is kept, say) fails
here, not on a deployment's first write."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_lacks_its_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit:  # --check exits 1 when a migration is missing
        pytest.fail(f"missing migrations (exit {exit.code}):\n{out.getvalue()}")
