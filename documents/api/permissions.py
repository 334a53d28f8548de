"""Who may do what through the API: anyone reads; writing needs a staff
account with the model permissions the admin asks for the same change
(DjangoModelPermissions-like, on versions): a token cannot do what its
owner could not do in the admin."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

NOT_STAFF = "Writing needs a staff account's token."
MISSING_PERMISSIONS = "This account lacks the permission(s) {codes} that this write needs."

# What each write method does to versions, as admin permissions. A PUT
# creates the version or replaces the one there: it adds and changes.
WRITE_PERMISSIONS = {
    "POST": ("documents.add_version",),
    "PUT": ("documents.add_version", "documents.change_version"),
    "PATCH": ("documents.change_version",),
    "DELETE": ("documents.delete_version",),
}


class CuratorWriteOrReadOnly(BasePermission):
    message = NOT_STAFF

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        if not (user and user.is_authenticated and user.is_staff):
            return False
        if not hasattr(view, request.method.lower()):
            return True  # nothing to protect: the view answers 405
        needed = WRITE_PERMISSIONS.get(request.method)
        if needed is None:
            return False
        missing = [code for code in needed if not user.has_perm(code)]
        if missing:
            self.message = MISSING_PERMISSIONS.format(codes=", ".join(missing))
            return False
        return True
