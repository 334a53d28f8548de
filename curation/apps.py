from django.apps import AppConfig
from django.db.models.signals import pre_delete


class CurationConfig(AppConfig):
    """History of curated content (django-simple-history's tables), the
    Curators group, and the carrying over of manual links when a version's
    text is replaced. The services live beside what they change:
    ``documents.curation``, ``alignment.services``, ``documents.history``."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "curation"

    def ready(self):
        from alignment.carryover import remember_manual_links
        from documents.models import Version

        pre_delete.connect(remember_manual_links, sender=Version,
                           dispatch_uid="carry_manual_links")
