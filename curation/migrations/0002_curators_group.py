"""The Curators group with the permissions of ``curation.permissions``."""

from django.db import migrations

CURATORS = "Curators"
PERMISSIONS = (
    "alignment.change_link",
    "alignment.view_link",
    "documents.add_version",
    "documents.change_paragraph",
    "documents.change_version",
    "documents.view_document",
    "documents.view_paragraph",
    "documents.view_version",
)


def create_group(apps, schema_editor):
    # Django makes permissions after the migrations (post_migrate); on a new
    # database they do not exist yet here: make those needed, as it would
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=CURATORS)
    wanted = []
    for code in PERMISSIONS:
        app_label, codename = code.split(".")
        action, model = codename.split("_", 1)
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename,
            defaults={"name": f"Can {action} {model}"},
        )
        wanted.append(permission)
    group.permissions.set(wanted)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CURATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("curation", "0001_initial"),
        ("alignment", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
