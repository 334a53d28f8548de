"""Security headers Django does not set by itself."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Adds the Content-Security-Policy of settings (no inline script)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy and not request.path.startswith(("/api/docs/", "/admin/")):
            response.headers.setdefault("Content-Security-Policy", policy)
        return response
