"""The text that goes to the speech engine: dates, times, money, phone numbers, words."""

from __future__ import annotations

import subprocess

import pytest

from easyread.speech.normalise import as_written, spoken
from easyread.speech.settings import AudioConfig

PLAIN = AudioConfig()


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # Dates: in full, with the day (GUIDELINES ER014).
        ("On 2026-03-03.", "On Tuesday 3 March 2026."),
        ("On 3/3/26.", "On Tuesday 3 March 2026."),
        ("On 10/12/2026.", "On Thursday 10 December 2026."),
        ("On 2026-02-30.", "On 2026-02-30."),  # not a date: left alone
        ("Tuesday 3 March 2026 at 2pm.", "Tuesday 3 March 2026 at 2 pm."),
        # Short days and months: not "mon fry" or "3 deck".
        ("Open Mon-Fri, and Sat.", "Open Monday to Friday, and Sat."),
        ("On Thu 3 Dec. We meet.", "On Thursday 3 December. We meet."),
        ("On Thurs. 3rd Dec. at 2pm.", "On Thursday 3rd December at 2 pm."),
        ("From Jan to Mar, or Sept 2027.", "From January to March, or September 2027."),
        ("We sat down. Mar the day? 3 Mars.", "We sat down. Mar the day? 3 Mars."),
        # Times: 12-hour, as people say them.
        ("At 14:00.", "At 2 pm."),
        ("At 14:30.", "At 2 30 pm."),
        ("At 9:05am.", "At 9 oh 5 am."),
        ("At 9.30 a.m. on Friday.", "At 9 30 am on Friday."),
        ("At 2 p.m. We go.", "At 2 pm. We go."),
        ("At 2p.m. We go.", "At 2 pm. We go."),  # a time, not 2 pence
        ("At 12:00 and 00:00.", "At 12 noon and midnight."),
        ("At 09:30 and 12:30.", "At 9 30 am and 12 30 pm."),  # 24-hour times
        # Without am or pm, and not a 24-hour time: said as written, not as "1 30 am".
        ("At 1:30.", "At 1 30."),
        ("At 2:00.", "At 2 o'clock."),
        ("At 10:05.", "At 10 oh 5."),
        ("From 10:00-12:00.", "From 10 o'clock to 12 noon."),
        ("From 1:30-3:30.", "From 1 30 to 3 30."),
        ("From 10am-4pm.", "From 10 am to 4 pm."),
        ("From 2pm to 4pm.", "From 2 pm to 4 pm."),
        ("Room 3.50 and page 10-12.", "Room 3.50 and page 10 to 12."),
        # A time written with a dot: not "10 point 3 0".
        ("Come at 10.30.", "Come at 10 30."),
        ("From 10.30 to 12.30, or 13.15-14.00.", "From 10 30 to 12 30 pm, or 1 15 pm to 2 pm."),
        ("Between 1.30 and 3.30.", "Between 1 30 and 3 30."),
        ("Room 1.30 and 2.50 metres.", "Room 1.30 and 2.50 metres."),
        # Money.
        ("It costs £5.50.", "It costs 5 pounds 50."),
        ("It costs £1,200, £1 or 50p.", "It costs 1200 pounds, 1 pound or 50 pence."),
        ("It costs £0.75.", "It costs 75 pence."),
        ("It costs €3.", "It costs 3 euros."),
        # Large sums: not "1 pound. 5 million" or "2 pounds million".
        ("We got £1.5 million.", "We got 1.5 million pounds."),
        ("We got £2 million and £3.2bn.", "We got 2 million pounds and 3.2 billion pounds."),
        ("It costs £500k, or £1.5m.", "It costs 500 thousand pounds, or 1.5 million pounds."),
        ("It costs £2.5 and $4.", "It costs 2 pounds 50 and 4 dollars."),
        ("£5 more, £5 mostly.", "5 pounds more, 5 pounds mostly."),
        # Phone numbers: digit by digit, a pause between groups.
        ("Ring 01234 567890.", "Ring 0 1 2 3 4, 5 6 7 8 9 0."),
        ("Ring +44 1632 960000.", "Ring plus 4 4, 1 6 3 2, 9 6 0 0 0 0."),
        ("Ring (01632) 960000.", "Ring 0 1 6 3 2, 9 6 0 0 0 0."),
        ("Ring 07700900123.", "Ring 0 7 7 0 0, 9 0 0 1 2 3."),
        ("Ring 0800-123-4567 at 2pm.", "Ring 0 8 0 0, 1 2 3, 4 5 6 7 at 2 pm."),
        ("In an emergency, ring 999.", "In an emergency, ring 9 9 9."),
        ("Ring 01632 960000 ext. 204.", "Ring 0 1 6 3 2, 9 6 0 0 0 0 extension 2 0 4."),
        ("Text relay: 18001 01632 960000.", "Text relay: 1 8 0 0 1, 0 1 6 3 2, 9 6 0 0 0 0."),
        ("We had 18001 visits in 2026.", "We had 18001 visits in 2026."),
        # Not "plus forty four, zero, one thousand six hundred...": the (0) before the code.
        ("Ring +44 (0)1632 960000.", "Ring plus 4 4, 0 1 6 3 2, 9 6 0 0 0 0."),
        ("Or +44(0)1632-960000.", "Or plus 4 4, 0 1 6 3 2, 9 6 0 0 0 0."),
        ("Call NHS 111 or go to NHS 111 online.", "Call NHS 1 1 1 or go to NHS 1 1 1 online."),
        ("The NHS 2026 plan.", "The NHS 2026 plan."),  # not a phone number: 4 digits
        ("We are 100 people.", "We are 100 people."),
        # Street names written short: not "Mill saint" or "Market R D".
        ("At 12 Mill St, Riverton.", "At 12 Mill Street, Riverton."),
        ("At 3 Market Rd. Come in.", "At 3 Market Road. Come in."),
        ("Oak Ave. and Park Dr.", "Oak Avenue and Park Drive."),
        ("Visit St Albans or Dr Jones. Ask Dr Lee.", "Visit St Albans or Dr Jones. Ask Dr Lee."),
        ("Take the No. 7 bus. Ask Mr. Khan.", "Take the number 7 bus. Ask Mr Khan."),
        ("Did you come? No. 3 of us did.", "Did you come? No. 3 of us did."),
        ("E.g. tea. I.e. at 2pm. Approx. 9.", "For example tea. That is at 2 pm. About 9."),
        ("On 3rd-5th May.", "On 3rd to 5th May."),
        # Units after a number: not "2 H R S" or "5 K M".
        (
            "It takes 2 hrs or 1 hr 30 mins. Go 5km.",
            "It takes 2 hours or 1 hour 30 minutes. Go 5 kilometres.",
        ),
        (
            "At 30mph, 2.5 kg, 3 wks. and 10 min.",
            "At 30 miles an hour, 2.5 kilos, 3 weeks and 10 minutes.",
        ),
        ("Press min or km. Room 5 ml", "Press min or km. Room 5 millilitres."),
        ("Riverton, RV1 2AB.", "Riverton, R V 1, 2 [['eI]] B."),
        (
            "Leeds LS10 1AA and SW1A 1AA.",
            "Leeds L S 10, 1 [['eI]] [['eI]] and S W 1 [['eI]], 1 [['eI]] [['eI]].",
        ),
        # Lines of a point, list items, symbols and short forms.
        ("“Start later.”\n“More pictures”", "“Start later.” “More pictures”."),
        ("At the meeting we:\n- talk\n- decide things", "At the meeting we: talk. decide things."),
        ("Tea & cake, e.g. scones, etc.", "Tea and cake, for example scones, and so on."),
        ("Go to A&E, or a Q & A.", "Go to [['eI]] and E, or a Q and [['eI]]."),
        (
            "For <5 or > 10 people, ~20 in all: our #1 job.",
            "For less than 5 or more than 10 people, about 20 in all: our number 1 job.",
        ),
        ("We meet – every month — at 2pm.", "We meet, every month, at 2 pm."),
        ("See example.org/#2.", "See example.org/#2."),
        ("Cake, tea etc. We start at 2pm.", "Cake, tea and so on. We start at 2 pm."),
        ("Bring pens etc. 3 people can come.", "Bring pens and so on. 3 people can come."),
        ("Cake, tea, etc., and more.", "Cake, tea, and so on, and more."),
        # Web addresses: not "h t t p s colon slash slash".
        ("Go to https://example.org/form/.", "Go to example.org/form."),
        (
            "See <http://www.example.org> or www.example.org/a.",
            "See <www.example.org> or www.example.org/a.",
        ),
        # Dashes and underscores of addresses, which espeak-ng leaves out ("sam dot oneil").
        ("Email sam.o-neil@example.org.", "Email sam.o dash neil@example.org."),
        ("Email jo_smith@example.org now.", "Email jo underscore smith@example.org now."),
        ("Go to www.mencap.org.uk/easy-read.", "Go to www.mencap.org.uk/easy dash read."),
        ("Go to www.example.org/plans/ or x.org/a/.", "Go to www.example.org/plans or x.org/a."),
        ("Go to https://example.org/form-1/.", "Go to example.org/form dash 1."),
        ("A well-known e-mail.", "A well-known e-mail."),  # not an address
        (
            "See riverton.gov.uk/have-your-say.",
            "See riverton.gov.uk/have dash your dash say.",
        ),  # as the audio says a link's address, without https:// or www.
        ("It is 3.5/10 and and/or.", "It is 3.5/10 and and or."),
        # Symbols: "yes slash no", and emoji said by name ("white heavy check mark").
        ("Tick Yes/No or he/she.", "Tick Yes or No or he or she."),
        ("Open 24/7 at example.org/a/b.", "Open 24/7 at example.org/a/b."),
        ("It is £5/month or £2 / week.", "It is 5 pounds a month or 2 pounds a week."),
        ("At 30 miles/hr, n/a, w/c 3 March.", "At 30 miles an hour, n/a, w/c 3 March."),
        ("A day/night service, 3 times/week.", "A day or night service, 3 times a week."),
        (
            "We give 1:1 support, 2:1 at night, or 1-2-1.",
            "We give 1 to 1 support, 2 to 1 at night, or 1 to 1.",
        ),
        ("Pages 11-2-10 and 1:10 pm.", "Pages 11-2-10 and 1 10 pm."),
        ("Yes ✅ No ❌. I ❤️ it 👍🏽!", "Yes No. I it!"),
        ("At 20°C, © Riverton™.", "At 20°C, © Riverton™."),
    ],
)
def test_english_text_is_said_naturally(written: str, said: str) -> None:
    assert spoken(written, "en-GB", PLAIN) == said


def test_month_comes_first_in_american_english() -> None:
    assert spoken("On 3/10/26.", "en-US", PLAIN) == "On Tuesday 10 March 2026."


def test_other_languages_keep_numbers_but_say_phone_numbers_digit_by_digit() -> None:
    assert spoken("Le 2026-03-03 à 14:00.", "fr", PLAIN) == "Le 2026-03-03 à 14:00."
    assert spoken("Ffoniwch 01234 567890.", "cy", PLAIN) == "Ffoniwch 0 1 2 3 4, 5 6 7 8 9 0."


def test_the_projects_abbreviations_and_pronunciations() -> None:
    settings = AudioConfig(
        abbreviations={"NHS": "National Health Service", "GP": "doctor"},
        pronunciations={"Riverton": "Rivver tun", "Siobhan": "Shiv awn"},
    )
    said = spoken("The NHS and your GP in riverton. Ask Siobhan. NHSX stays.", "en-GB", settings)
    assert said == (
        "The National Health Service and your doctor in Rivver tun. Ask Shiv awn. NHSX stays."
    )


def test_a_pronunciation_can_be_espeak_phonemes() -> None:
    settings = AudioConfig(pronunciations={"Riverton": "[[r'Iv@t@n]]"})
    assert spoken("Come to Riverton.", "en-GB", settings) == "Come to [[r'Iv@t@n]]."


@pytest.mark.parametrize(
    ("written", "sounds"),
    [
        ("We meet at 9am.", ",eI'Em"),  # "ay em", not "uh em"
        ("We meet at 9:30 a.m.", ",eI'Em"),
        ("We meet at 2pm.", "p,i:;'Em"),
        ("Riverton RV1 1AA.", "'eI 'eI"),
        ("Carlisle CA1 2AB.", "s'i:; 'eI"),
        ("Go to A&E now.", "'eI"),  # "uh and E" after "&" became "and"
        # The verb live, not "laiv" as in "live music"; an advocate, not "advo-kate".
        ("Rosa lives with dementia.", "l'Ivz wID"),
        ("Some of us live with dementia.", "l'Iv wID"),
        ("We live together. Ask for an advocate.", "'adv@k@t"),
    ],
)
def test_espeak_says_times_and_postcode_letters_as_letters(written: str, sounds: str) -> None:
    from easyread.speech.engine import Engine

    voice = Engine.get().voice_for("en-GB")
    said = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", voice, spoken(written, "en-GB", PLAIN)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert sounds in said.replace("\n", " ")
    assert "a#" not in said  # the word "a", said "uh"


def test_homographs_are_spoken_as_sounds_and_shown_as_words() -> None:
    said = spoken("Some of us live with dementia. Your advocate helps.", "en-GB", PLAIN)
    assert said == "Some of us [[l'Iv]] with dementia. Your [['adv@k@t]] helps."
    assert as_written(said) == "Some of us live with dementia. Your advocate helps."
    for text in ("Watch it live on TV.", "We save lives.", "We advocate for you.", "Live with us."):
        assert spoken(text, "en-GB", PLAIN) == text


def test_the_timings_show_spoken_text_as_it_is_written() -> None:
    """The read-along timings said "1 [['eI]] [['eI]]": the engine's sounds for the letter A."""
    said = spoken("Write to Riverton, RV1 1AA.", "en-GB", PLAIN)
    assert "[['eI]]" in said
    assert as_written(said) == "Write to Riverton, R V 1, 1 A A."
