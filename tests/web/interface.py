"""The settings the interface languages need (to be added to
config/settings.py), applied by the tests that read pages in them."""

from __future__ import annotations

from pathlib import Path

LANGUAGES = [
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
LOCALE_PATHS = [Path(__file__).resolve().parents[2] / "locale"]
LOCALE_MIDDLEWARE = "django.middleware.locale.LocaleMiddleware"


def with_locale_middleware(middleware: list[str]) -> list[str]:
    """LocaleMiddleware after SessionMiddleware, before CommonMiddleware."""
    chain = [m for m in middleware if m != LOCALE_MIDDLEWARE]
    return [
        *chain[: chain.index("django.middleware.common.CommonMiddleware")],
        LOCALE_MIDDLEWARE,
        *chain[chain.index("django.middleware.common.CommonMiddleware"):],
    ]


def interface_settings(middleware: list[str]) -> dict:
    return {
        "LANGUAGES": LANGUAGES,
        "LOCALE_PATHS": LOCALE_PATHS,
        "MIDDLEWARE": with_locale_middleware(middleware),
    }


def apply(settings) -> None:
    """Apply them through pytest-django's ``settings`` fixture."""
    for name, value in interface_settings(list(settings.MIDDLEWARE)).items():
        setattr(settings, name, value)
