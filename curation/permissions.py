"""The Curators group: exactly the permissions the curation flow needs.

- upload a text, save it as a draft or publish it: ``documents.add_version``
  (and ``documents.change_version`` to replace a version's text, as the
  API's PUT asks); publish or withdraw later: ``documents.change_version``;
- look documents, versions and paragraphs up in the admin:
  ``documents.view_document``, ``documents.view_version``,
  ``documents.view_paragraph``;
- correct a paragraph (text, kind, number, split, merge) and revert a
  correction: ``documents.change_paragraph``;
- review alignment (confirm, relink, merge, split, "not in this version"):
  ``alignment.view_link``, ``alignment.change_link``.

Nothing deletes a document or a version, adds a document by hand or edits
users. Pages and API endpoints check these codes (``needs``), never the
group's name: a superuser, or staff given the same permissions one by one,
may do the same.
"""

CURATORS = "Curators"

UPLOAD = ("documents.add_version", "documents.change_version")
PUBLISH = ("documents.change_version",)
CORRECT = ("documents.change_paragraph",)
REVIEW = ("alignment.change_link",)
READ = ("documents.view_document", "documents.view_version", "documents.view_paragraph",
        "alignment.view_link")

CURATOR_PERMISSIONS = tuple(sorted(set(UPLOAD + PUBLISH + CORRECT + REVIEW + READ)))

MISSING = "This needs the permission(s) {codes}; ask an administrator to add you to Curators."


def missing_permissions(user, needed) -> list[str]:
    """The codes of ``needed`` that ``user`` lacks (all of them for anyone
    who is not active staff)."""
    if not (user and user.is_authenticated and user.is_active and user.is_staff):
        return list(needed)
    return [code for code in needed if not user.has_perm(code)]
