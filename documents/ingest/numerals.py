"""Numbers as UN texts print them: Roman session numbers ("XXVI") and
Chinese numerals, positional in symbols and years ("二一五九", "一九六六",
"二0二五" with an ASCII zero) or counting in ordinals ("二十一", "一百零三").
Pure functions; every one returns None for what is not such a number."""

from __future__ import annotations

import re

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
#: Chinese digits and multipliers: "第七〇五〇次会议" (digit by digit, an ASCII
#: zero among them: "二0二五") and "第六十八年" (with multipliers) both occur.
CHINESE_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
#: the tens as one character, in dates: "一月廿六日" (26), "卅日" (30)
CHINESE_TENS = {"廿": 20, "卅": 30}


def roman_to_int(text: str) -> int | None:
    """"XXVI" -> 26."""
    text = text.strip().upper()
    if not text or not ROMAN.match(text):
        return None
    total = 0
    for char, after in zip(text, text[1:] + " ", strict=True):
        value = ROMAN_VALUES[char]
        total += -value if after in ROMAN_VALUES and ROMAN_VALUES[after] > value else value
    return total


def int_to_roman(number: int) -> str:
    """26 -> "XXVI" (1 to 3999)."""
    result = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, number = divmod(number, value)
        result += letters * count
    return result


def chinese_to_int(text: str) -> int | None:
    """"二一五九" -> 2159 (digit by digit), "二十一" -> 21, "一百零三" -> 103,
    "廿六" -> 26, "7050" -> 7050."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(c in CHINESE_DIGITS for c in text):
        return int("".join(str(CHINESE_DIGITS[c]) for c in text))
    total, digit = 0, None
    for char in text:
        if char in CHINESE_TENS and digit is None and total == 0:
            total = CHINESE_TENS[char]
        elif char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
        elif char in CHINESE_UNITS:
            total += (1 if digit is None else digit) * CHINESE_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def read_number(text: str) -> int | None:
    """Arabic digits, Roman or Chinese numerals, whichever ``text`` is."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return roman_to_int(text) or chinese_to_int(text)
