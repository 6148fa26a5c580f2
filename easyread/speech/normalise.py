"""Text as it should be spoken: dates, times, money and phone numbers in words a listener expects.

espeak-ng reads "14:00" as "fourteen zero zero", "£5.50" as "pound five point five zero" and
"01234 567890" as a very large number. :func:`spoken` rewrites such things first
(GUIDELINES ER014, AX004): "Tuesday 3 March 2026 at 2pm", "5 pounds 50", "0 1 2 3 4, 5 6 7 8 9 0".
The project's abbreviations are said in full and its pronunciation list is applied last.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping

from ..languages import is_english
from ..markup.contacts import CALL_WORDS, TEXT_WORDS
from ..textformat import SHORT_DAYS, SHORT_MONTHS, long_date
from .settings import AudioConfig

ABBREVIATIONS_EN: Mapping[str, str] = {
    "e.g.": "for example",
    "eg.": "for example",
    "i.e.": "that is",
    "etc.": "and so on",
    "approx.": "about",
    "E.g.": "For example",
    "I.e.": "That is",
    "Approx.": "About",
    "tel.": "phone",
    "Tel.": "Phone",
    "Tel:": "Phone:",
    "tel:": "phone:",
}
"""Short forms said in full in English documents; the project's own list comes on top."""

_PHONE_VERBS = f"(?:{'|'.join((*CALL_WORDS, *TEXT_WORDS))})"


def spoken(text: str, language: str, settings: AudioConfig) -> str:
    """``text`` rewritten for the speech engine."""
    english = is_english(language)
    us = language.lower() in ("en-us", "en-ca")
    abbreviations = {**(ABBREVIATIONS_EN if english else {}), **settings.abbreviations}
    text = join_lines(text)
    if english:
        text = _LIST_END.sub("and so on.", text)  # its full stop also ends the sentence
    text = replace_words(text, abbreviations, ignore_case=False)
    text = web_addresses(text, english)
    text = phone_numbers(text)
    if english:
        text = short_dates(text)
        text = dates(text, month_first=us)
        text = money(text)
        text = times(text)
        text = streets(titles_and_numbers(text))
        text = postcodes(text)
        text = ranges(text)
        text = units(text)
        text = homographs(text)
    text = symbols(text, english)
    text = replace_words(text, settings.pronunciations, ignore_case=True)
    return re.sub(r"[ \t]+", " ", text).strip()


_LIST_END = re.compile(r"(?<!\w)etc\.(?=\s+[A-Z0-9]|\s*$)")
"""'etc.' that ends a sentence (the next begins with a capital letter or a number, or the
text ends)."""

_ENDED = re.compile(r"[.!?:;,][\"'”’)\]]*$")


def join_lines(text: str) -> str:
    """One sentence-ending pause at the end of each line (list items have no full stop)."""
    lines = [line.strip().lstrip("-*•").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    return " ".join(line if _ENDED.search(line) else line + "." for line in lines)


def replace_words(text: str, words: Mapping[str, str], ignore_case: bool) -> str:
    """Each key, as a whole word, replaced by its value (longest keys first)."""
    if not words:
        return text
    pattern = _words_pattern(tuple(words), ignore_case)
    folded = {k.casefold(): v for k, v in words.items()} if ignore_case else dict(words)

    def say(match: re.Match[str]) -> str:
        found = match[0].casefold() if ignore_case else match[0]
        return folded[found]

    return pattern.sub(say, text)


@functools.lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...], ignore_case: bool) -> re.Pattern[str]:
    keys = sorted(words, key=len, reverse=True)
    return re.compile(
        "|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in keys),
        re.IGNORECASE if ignore_case else 0,
    )


# Phone numbers: a 0 or + and at least 7 digits in groups; or a short number after "ring".
_PHONE = re.compile(r"(?<![\w£$€.,:/-])(?:\+ ?\d+|\(?0\d+\)?)(?:[ \-]\(?\d{3,}\)?)*(?![\w-])")
_SHORT_PHONE = re.compile(
    rf"(?i)\b({_PHONE_VERBS}(?: us| me| them)?(?: on)? )(\d{{3,5}})\b"
    r"|\b(NHS )(\d{3})\b(?![.,]\d)"
)
"""'Ring 999', 'Text 81010', and the NHS's own numbers, 'NHS 111'."""
_RELAY = re.compile(r"\b(1800[12])\s+(?=0 \d)")
"""Relay UK's prefix before a phone number ('18001 0 1 6 3 2...'): not "eighteen thousand
and one"."""
_EXTENSION = re.compile(r"(?i)\bext(?:ension|n)?\.?\s*(\d{2,6})\b(?![.,]\d)")
"""'ext. 204': 'extension 2 0 4', as it is dialled."""
_TRUNK_ZERO = re.compile(r"(\+ ?\d{1,3}) ?\(0\) ?(?=\d)")
"""The '(0)' of '+44 (0)1632 960123': dialled in the country, so said with the number."""


def phone_numbers(text: str) -> str:
    """Phone numbers digit by digit, a short pause between groups: '0 1 2 3 4, 5 6 7 8 9 0'."""

    def say(match: re.Match[str]) -> str:
        number = match[0]
        digits = re.sub(r"\D", "", number)
        if len(digits) < 7:
            return number
        groups = [g for g in re.split(r"[ \-()]+", number.replace("+", "+ ")) if g]
        if len(groups) == 1:
            groups = digit_groups(digits)
        spoken_groups = ["plus" if g == "+" else " ".join(g) for g in groups]
        words = ", ".join(spoken_groups).replace("plus,", "plus")
        return words

    text = _PHONE.sub(say, _TRUNK_ZERO.sub(r"\1 0", text))
    text = _RELAY.sub(lambda m: " ".join(m[1]) + ", ", text)
    text = _EXTENSION.sub(lambda m: "extension " + " ".join(m[1]), text)
    return _SHORT_PHONE.sub(lambda m: (m[1] or m[3]) + " ".join(m[2] or m[4]), text)


def digit_groups(digits: str) -> list[str]:
    """A number written without spaces, in the groups people say: 01234 567890."""
    if len(digits) == 11 and digits.startswith("0"):
        return [digits[:5], digits[5:]]  # UK: 01234 567890
    size = 4 if len(digits) % 4 == 0 else 3
    return [digits[i : i + size] for i in range(0, len(digits), size)]


DAYS, MONTHS = SHORT_DAYS, SHORT_MONTHS
"""Short names of days and months, said in full where they name one (espeak-ng says
'Mon-Fri' as "mon fry" and '3 Dec' as "3 deck")."""
_DAY = "|".join(DAYS)
_MONTH = "|".join(MONTHS)
_SHORT = r"\.?(?!\w)"
_DAY_RANGE = re.compile(rf"\b({_DAY}){_SHORT}\s*(?:[-–]|to)\s*({_DAY}){_SHORT}")
_MONTH_RANGE = re.compile(rf"\b({_MONTH}){_SHORT}\s*(?:[-–]|to)\s*({_MONTH}){_SHORT}")
_DAY_DATE = re.compile(rf"\b({_DAY}){_SHORT},?(?=\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")
_MONTH_DATE = re.compile(
    rf"(?:(?<=\d\s)|(?<=\d[a-z]{{2}}\s))({_MONTH}){_SHORT}"  # 3 Dec, 3rd Dec
    rf"|\b({_MONTH}){_SHORT}(?=\s+\d{{4}}\b)"  # Dec 2026
)


def short_dates(text: str) -> str:
    """'Mon-Fri' as 'Monday to Friday', 'Thu 3 Dec' as 'Thursday 3 December', 'Sept 2027'
    as 'September 2027' and 'Jan-Mar' as 'January to March'."""

    def both(names: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
        return lambda m: f"{names[m[1]]} to {names[m[2]]}" + _stop(m)

    text = _DAY_RANGE.sub(both(DAYS), text)
    text = _MONTH_RANGE.sub(both(MONTHS), text)
    text = _DAY_DATE.sub(lambda m: DAYS[m[1]] + _stop(m), text)
    return _MONTH_DATE.sub(lambda m: MONTHS[m[1] or m[2]] + _stop(m), text)


def _stop(match: re.Match[str]) -> str:
    """The full stop of a short form ('Dec.'), given back where it also ends a sentence."""
    if not match[0].endswith("."):
        return ""
    return "" if _SENTENCE_GOES_ON.match(match.string, match.end()) else "."


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")


def dates(text: str, month_first: bool = False) -> str:
    """'2026-03-03' and '3/3/26' as 'Tuesday 3 March 2026'."""

    def iso(match: re.Match[str]) -> str:
        return _say_date(match[0], int(match[1]), int(match[2]), int(match[3]))

    def slashed(match: re.Match[str]) -> str:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (second, first) if month_first else (first, second)
        return _say_date(match[0], year + 2000 if year < 100 else year, month, day)

    return _SLASH_DATE.sub(slashed, _ISO_DATE.sub(iso, text))


def _say_date(original: str, year: int, month: int, day: int) -> str:
    try:
        return long_date(datetime.date(year, month, day))
    except ValueError:
        return original


_HALF = r"(?:\s*([ap])(?:m|\.m\.)(?!\w))"
"""'am', 'pm', 'a.m.' or 'p.m.'."""
_SENTENCE_GOES_ON = re.compile(r"\s+[a-z0-9]")
_TIME = re.compile(rf"(?i)\b([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d){_HALF}?")
_TIME_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|from|until|till|before|after|by|between)"
    r"|\bbetween\s+\d{1,2}[:.][0-5]\d\s+and|\d[:.][0-5]\d\s*(?:[-–]|to|until|till))\s*$"
)
_TIME_AFTER = re.compile(r"\s*(?:[-–]|to|until|till)\s*\d{1,2}[:.][0-5]\d(?!\d)")
"""What makes '10.30' a time: 'at 10.30', 'from 10.30 to 12.30', '13.15-14.00', 'between
1.30 and 3.30'."""
_HOUR = re.compile(rf"(?i)\b(1[0-2]|0?[1-9]){_HALF}")


def times(text: str) -> str:
    """'14:00' as '2 pm', '9.05am' as '9 oh 5 am', '12:00' as '12 noon', and '1:30' as
    '1 30': without am or pm, only a 24-hour time ('14:00', '09:30') says which half of the
    day it is, and '1:30' is more likely half past one in the afternoon than in the night."""

    def clock(match: re.Match[str]) -> str:
        hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
        if half:
            if hour > 12 or hour == 0:
                return match[0]
            hour24 = hour % 12 + (12 if half == "p" else 0)
        elif "." in match[0] and not _dotted_time(match):
            return match[0]  # "3.50" without am or pm is more likely a number than a time
        elif 1 <= hour <= 11 and not match[1].startswith("0"):
            return _say_clock(hour, minute)  # "2:00": the writer did not say am or pm
        else:
            hour24 = hour
        return _say_time(hour24, minute) + _full_stop(match)

    text = _TIME.sub(clock, text)
    return _HOUR.sub(
        lambda m: _say_time(int(m[1]) % 12 + (12 if m[2].lower() == "p" else 0), 0) + _full_stop(m),
        text,
    )


def _dotted_time(match: re.Match[str]) -> bool:
    """Whether '10.30' (no am or pm) is a time, by the words around it."""
    text = match.string
    return bool(_TIME_BEFORE.search(text, 0, match.start()) or _TIME_AFTER.match(text, match.end()))


def _full_stop(match: re.Match[str]) -> str:
    """A sentence's full stop that 'p.m.' took with it, given back."""
    if not match[0].endswith(".m."):
        return ""
    return "" if _SENTENCE_GOES_ON.match(match.string, match.end()) else "."


def _say_clock(hour: int, minute: int) -> str:
    """A time as a clock shows it, neither am nor pm: '2 o'clock', '10 30', '9 oh 5'."""
    if minute == 0:
        return f"{hour} o'clock"
    return f"{hour} {f'oh {minute}' if minute < 10 else minute}"


def _say_time(hour: int, minute: int) -> str:
    if minute == 0 and hour == 12:
        return "12 noon"
    if minute == 0 and hour == 0:
        return "midnight"
    half = "am" if hour < 12 else "pm"  # espeak-ng says "a m" as "uh em"
    twelve = hour % 12 or 12
    if minute == 0:
        return f"{twelve} {half}"
    spoken_minute = f"oh {minute}" if minute < 10 else str(minute)
    return f"{twelve} {spoken_minute} {half}"


_CURRENCIES: Mapping[str, tuple[str, str, str, str]] = {
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "$": ("dollar", "dollars", "cent", "cents"),
}
_MONEY = re.compile(
    r"([£€$])\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    r"(?:\s?(million|billion|thousand)|(m|bn|k))?(?![\w.,]\d|\w)"
)
_SCALES = {"m": "million", "bn": "billion", "k": "thousand"}
_PENCE = re.compile(r"\b(\d+)p\b(?!\.m\b)")
"""'50p', not the '2p' of '2p.m.'."""


def money(text: str) -> str:
    """'£5.50' as '5 pounds 50', '£1,200' as '1200 pounds', '50p' as '50 pence', and
    '£1.5 million' or '£1.5m' as '1.5 million pounds'."""

    def say(match: re.Match[str]) -> str:
        one, many, small_one, small_many = _CURRENCIES[match[1]]
        whole, decimals = match[2].replace(",", ""), match[3] or ""
        scale = match[4] or _SCALES.get(match[5] or "", "")
        if scale:  # "1.5 million pounds"
            return f"{whole}{'.' + decimals if decimals else ''} {scale.lower()} {many}"
        if len(decimals) > 2:
            return match[0]  # not a sum of money
        cents = int(decimals.ljust(2, "0")) if decimals else 0  # "£1.5" is £1.50
        words = f"{int(whole)} {one if int(whole) == 1 else many}"
        if cents and int(whole) == 0:
            return f"{cents} {small_one if cents == 1 else small_many}"
        if cents:
            words += f" {cents}"
        return words

    text = _MONEY.sub(say, text)
    return _PENCE.sub(lambda m: f"{m[1]} {'penny' if m[1] == '1' else 'pence'}", text)


STREETS = {
    "St": "Street", "Rd": "Road", "Ave": "Avenue", "Ln": "Lane", "Dr": "Drive",
    "Cres": "Crescent", "Sq": "Square",
}  # fmt: skip
_STREET = re.compile(rf"\b([A-Z][a-z]+ )({'|'.join(STREETS)})\.?(?!\w)")
_TITLED = re.compile(r"\s+[A-Z][a-z]")
"""After 'St' or 'Dr', a name: 'St Albans', 'Dr Jones' (saint, doctor: espeak-ng says them)."""


_NUMBER = re.compile(r"(?<=[a-z] )No\.\s?(?=\d)")
"""'the No. 7 bus' ("the no. 7 bus"); not 'No. 3 people came.', a sentence's 'No.'"""
_TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof)\.(?=\s+[A-Z])")
"""'Mr. Smith': the full stop would be a sentence's pause."""


def titles_and_numbers(text: str) -> str:
    """'the No. 7 bus' as 'the number 7 bus', 'Mr. Smith' as 'Mr Smith'."""
    return _TITLE_STOP.sub(r"\1", _NUMBER.sub("number ", text))


def streets(text: str) -> str:
    """'12 Mill St, Riverton' as '12 Mill Street, Riverton' (not "Mill saint"), and 'Mill Rd'
    as 'Mill Road' (not "Mill R D")."""

    def say(match: re.Match[str]) -> str:
        short = match[2]
        if short in ("St", "Dr") and _TITLED.match(match.string, match.end()):
            return match[0]
        return match[1] + STREETS[short] + _stop(match)

    return _STREET.sub(say, text)


_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b")


def postcodes(text: str) -> str:
    """UK postcodes letter by letter: 'RV1 2AB' as 'R V 1, 2 A B', 'LS10' as 'L S 10'.

    espeak-ng says a capital A on its own as the word "a" ("uh"), so the letter A is given as
    its sounds (``[['eI]]``: the engine reads sounds between double brackets).
    """

    def say(match: re.Match[str]) -> str:
        spelt = " ".join(re.findall(r"[A-Z]|\d+", match[1])) + ", " + " ".join(match[2])
        return re.sub(r"\bA\b", LETTER_A, spelt)

    return _POSTCODE.sub(say, text)


LETTER_A = "[['eI]]"
"""The letter A, as English voices say its name."""


HOMOGRAPHS: Mapping[str, str] = {
    "live": "[[l'Iv]]",
    "lives": "[[l'Ivz]]",
    "advocate": "[['adv@k@t]]",
    "advocates": "[['adv@k@ts]]",
}
"""Words written alike and said two ways, as espeak-ng gets them wrong in easy read: the
verb 'live' ("Rosa lives with dementia", which it said as in "nine lives"), and the person
'advocate' (not the verb, "advo-kate")."""
_HOMOGRAPH = re.compile(
    r"\b()(live|lives)(?= (?:with|together|in|at|on my own|on their own|alone|near|nearby"
    r"|here|there|independently|by)\b)"
    r"|\b((?i:an|the|your|our|their|his|her|my|own) )(advocates?)\b(?! (?:for|that)\b)"
)


def homographs(text: str) -> str:
    """'Some of us live with dementia': 'live' as in "give", not as in "live music"."""
    return _HOMOGRAPH.sub(lambda m: (m[1] or m[3] or "") + HOMOGRAPHS[m[2] or m[4]], text)


def as_written(spoken_text: str) -> str:
    """Spoken text as a reader would write it: the letter A's sounds as the letter, and each
    word given as its sounds (:data:`HOMOGRAPHS`) as the word."""
    for word, sounds in HOMOGRAPHS.items():
        spoken_text = spoken_text.replace(sounds, word)
    return spoken_text.replace(LETTER_A, "A")


_RANGE = re.compile(
    r"(?<![\w\-–])(\d+(?:st|nd|rd|th| [ap]m| o'clock)?)\s*[-–]\s*(\d+)(?!\d|[\-–]\d)"
)
"""Two numbers (or times) joined by a dash; not a chain like 2026-02-30."""


def ranges(text: str) -> str:
    """'2pm-4pm' and '10-12' as '2pm to 4pm' and '10 to 12'."""
    return _RANGE.sub(r"\1 to \2", text)


UNITS: Mapping[str, tuple[str, str]] = {
    "hr": ("hour", "hours"), "hrs": ("hour", "hours"), "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"), "sec": ("second", "seconds"), "secs": ("second", "seconds"),
    "wk": ("week", "weeks"), "wks": ("week", "weeks"), "yr": ("year", "years"),
    "yrs": ("year", "years"), "km": ("kilometre", "kilometres"), "kg": ("kilo", "kilos"),
    "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"),
    "ml": ("millilitre", "millilitres"), "mph": ("mile an hour", "miles an hour"),
}  # fmt: skip
"""Units written short after a number: espeak-ng spells them ("2 H R S", "5 K M")."""
_UNIT = re.compile(rf"\b(\d+(?:\.\d+)?) ?({'|'.join(UNITS)})\b(\.?)")


def units(text: str) -> str:
    """'2 hrs' as '2 hours', '1 hr' as '1 hour', '5km' as '5 kilometres'."""

    def say(match: re.Match[str]) -> str:
        one, many = UNITS[match[2]]
        goes_on = match[3] and _SENTENCE_GOES_ON.match(match.string, match.end())
        stop = "" if not match[3] or goes_on else "."
        return f"{match[1]} {one if match[1] == '1' else many}{stop}"

    return _UNIT.sub(say, text)


_WEB = re.compile(r"\bhttps?://([^\s<>]+?)/?(?=[.,;:!?)>]*(?:\s|$))")
_ADDRESS = re.compile(
    r"(?<![\w.@-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"  # an email address
    r"|www\.[^\s<>]+?(?=[.,;:!?)>]*(?:\s|$))"  # a web address without https://
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>]*?(?=[.,;:!?)>]*(?:\s|$)))",  # and www.
    re.IGNORECASE,
)


def web_addresses(text: str, english: bool = True) -> str:
    """Web addresses without 'https://' (which espeak-ng spells out) or a last '/':
    'https://example.org/form/' as 'example.org/form', said "example dot org slash form". In
    English, the dashes and underscores of web and email addresses are said, which espeak-ng
    leaves out ("sam dot o dash neil at example dot org"): a listener writes them down."""
    if not english:
        return _WEB.sub(r"\1", text)
    text = _WEB.sub(lambda m: _marks(m[1]), text)
    return _ADDRESS.sub(lambda m: _marks(m[0].rstrip("/")), text)  # not "... slash"


def _marks(address: str) -> str:
    return address.replace("-", " dash ").replace("_", " underscore ")


_SYMBOLS: Mapping[str, Callable[[bool], str]] = {
    "&": lambda en: " and " if en else " & ",
    "•": lambda en: " ",
    "→": lambda en: " ",
    "…": lambda en: ". ",
    " – ": lambda en: ", ",  # a dash between words: a pause, which espeak-ng does not make
    "—": lambda en: ", ",
}
_BEFORE_NUMBER: Mapping[str, str] = {
    "<": "less than",
    ">": "more than",
    "~": "about",
    "#": "number",
}
"""Signs before a number that espeak-ng leaves out ('<5 people' was '5 people') or names
('~20' was 'tilde 20', '#1' 'hash 1')."""
_SIGN = re.compile(r"(?<![\w<>~#/.=:-])([<>~#]) ?(?=\d)")


_LETTERS_AND = re.compile(r"\b([A-Z]) ?& ?([A-Z])\b")
"""'A&E', 'Q&A': letters, whose A is the letter's name."""


def _letter(letter: str) -> str:
    return LETTER_A if letter == "A" else letter


_PER = re.compile(
    r"(\d(?: ?[a-z]+)?)\s?/\s?(hour|hr|day|week|wk|month|year|yr|night|person|head|session)s?\b"
)
"""'£5/month' (by now '5 pounds/month'), '30 miles/hour', '3 times/week': 'a month', 'an
hour'; not the 'day/night' of 'a day/night service', which is 'day or night'."""
_PER_WORDS = {"hr": "hour", "wk": "week", "yr": "year"}
_WORD_OR_WORD = re.compile(r"(?<![\w./@:-])([^\W\d_]{2,})/([^\W\d_]{2,})(?![\w/@-]|\.\w)")
"""'Yes/No' or 'he/she': two words, not an address, a number like 24/7, or a short form
like w/c, c/o or n/a."""
_ONE_TO_ONE = re.compile(r"(?<![\w:.-])(?:(\d{1,2}):(\d)|1-2-1)(?![\w:.-]?\d)")
"""'1:1 support' and '2:1 staffing' (not "one colon one"), '1-2-1' (not "1 dash 2 dash 1")."""


def symbols(text: str, english: bool) -> str:
    """Symbols a listener cannot see said as words, or dropped: pictures in the text, like
    emoji, are not said, as a picture's alt text is not ("Yes ✅" is not "Yes, white heavy
    check mark"); 'Yes/No' is 'Yes or No' ("yes slash no")."""
    if english:
        text = _SIGN.sub(lambda m: _BEFORE_NUMBER[m[1]] + " ", text)
    if english:  # "A and E" would be "uh and E"
        text = _LETTERS_AND.sub(lambda m: _letter(m[1]) + " and " + _letter(m[2]), text)
    for symbol, say in _SYMBOLS.items():
        text = text.replace(symbol, say(english))
    if english:
        text = _PER.sub(_per, text)
        text = _ONE_TO_ONE.sub(lambda m: f"{m[1] or 1} to {m[2] or 1}", text)
        text = _WORD_OR_WORD.sub(_either, text)
    text = "".join(" " if _pictograph(ch) else ch for ch in text)
    return re.sub(r" +(?=[.,!?;:](?:\s|$))", "", text)  # "Yes ✅." is "Yes.", not "Yes ."


def _per(match: re.Match[str]) -> str:
    unit = _PER_WORDS.get(match[2], match[2])
    return f"{match[1]} {'an' if unit == 'hour' else 'a'} {unit}"


def _either(match: re.Match[str]) -> str:
    """'Yes or No'; 'and/or' as 'and or'."""
    joined = " " if match[2].lower() == "or" else " or "
    return match[1] + joined + match[2]


def _pictograph(ch: str) -> bool:
    """An emoji or another picture character (a tick, a star, a telephone), or a part of one
    (a skin tone, a joiner): not the degree, copyright or trade mark signs."""
    code = ord(ch)
    if code < 0x2190:
        return False
    if 0x1F3FB <= code <= 0x1F3FF or ch in "\u200d\ufe0f\u20e3":
        return True
    return unicodedata.category(ch) == "So"
