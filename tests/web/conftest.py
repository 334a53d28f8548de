import pytest


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Rendered pages are cached in the process-wide locmem cache: start
    every test with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def resolution(make_version):
    """A/RES/1/1 in English (pivot), Chinese and Arabic; the Arabic merges
    the second and third preambular paragraphs and lacks operative 2."""
    en = [
        ("preambular", "", "Recalling its resolution 70/1 of 25 September 2015,"),
        ("preambular", "", "Noting the report of the Secretary-General,"),
        ("preambular", "", "Welcoming the cooperation of both organizations,"),
        ("operative", "1", "Takes note of the report of the Secretary-General;"),
        ("operative", "2", "Requests the Secretary-General to report in 2022;"),
        ("operative", "3", "Decides to remain seized of the matter."),
    ]
    zh = [
        ("preambular", "", "回顾其2015年9月25日第70/1号决议，"),
        ("preambular", "", "注意到秘书长的报告，"),
        ("preambular", "", "欢迎两个组织的合作，"),
        ("operative", "1", "注意到秘书长的报告；"),
        ("operative", "2", "请秘书长在2022年提出报告；"),
        ("operative", "3", "决定继续处理此案。"),
    ]
    ar = [
        ("preambular", "", "إذ تشير إلى قرارها 1/70 المؤرخ 25 أيلول/سبتمبر 2015،"),
        ("preambular", "", "وإذ تحيط علما بتقرير الأمين العام، وإذ ترحب بالتعاون بين المنظمتين،"),
        ("operative", "1", "تحيط علما بتقرير الأمين العام؛"),
        ("operative", "3", "تقرر أن تبقي المسألة قيد نظرها."),
    ]
    make_version("A/RES/1/1", "en", en, session=1)
    make_version("A/RES/1/1", "zh", zh)
    return make_version("A/RES/1/1", "ar", ar).document
