"""British spellings of American words, so a search for "color" finds the "colour" picture.

The picture names are British ("colour", "centre", "aeroplane"), but staff often type
American spellings (spell-checkers often default to them). Neither simplemma nor wordfreq maps
one to the other, so this is a small table of the common words, and a few endings that are
safe to change ("organize" -> "organise", "canceled" -> "cancelled"). A word never changes
into another real word: no "-or" to "-our" rule ("floor" is not "flour"), no "meter" (a gas
meter) to "metre", no "tire" (of walking) to "tyre".
"""

from __future__ import annotations

_TABLE = """
    color colour  favorite favourite  flavor flavour  honor honour  humor humour  labor labour
    neighbor neighbour  neighborhood neighbourhood  behavior behaviour  harbor harbour
    councilor councillor  rumor rumour  odor odour  armor armour  parlor parlour  savory savoury  vapor vapour
    center centre  theater theatre  liter litre  fiber fibre  kilometer kilometre
    centimeter centimetre  millimeter millimetre
    defense defence  offense offence  license licence  pretense pretence
    catalog catalogue  dialog dialogue  analog analogue
    airplane aeroplane  aluminum aluminium  gray grey  pajamas pyjamas  mustache moustache
    plow plough  cozy cosy  donut doughnut  jewelry jewellery  mom mum  math maths
    skeptical sceptical  mold mould  ax axe  tumor tumour  pediatric paediatric
    anemia anaemia  anesthetic anaesthetic  diarrhea diarrhoea  fetus foetus
    hemorrhage haemorrhage  orthopedic orthopaedic  leukemia leukaemia  esthetic aesthetic
    enrollment enrolment  fulfill fulfil  installment instalment  skillful skilful
    willful wilful  judgment judgement  aging ageing  artifact artefact
"""
"""American spelling -> British, two words at a time."""

_WORDS = """
    diaper nappy  elevator lift  restroom toilet  faucet tap  zucchini courgette
    eggplant aubergine  sidewalk pavement  vacation holiday  trash rubbish  garbage rubbish
    candy sweets  stroller pushchair  mailman postman  soccer football  movie film
    gasoline petrol  closet wardrobe  cellphone mobile  drugstore pharmacy  apartment flat
"""
"""American words -> the British word for the same thing (the review's "diaper")."""

_ENDINGS = (
    ("ization", "isation"),
    ("izations", "isations"),
    ("ize", "ise"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("izing", "ising"),
    ("yze", "yse"),
    ("yzed", "ysed"),
    ("yzing", "ysing"),
    ("eled", "elled"),
    ("eling", "elling"),
    ("eler", "eller"),
)
"""Endings that British English writes otherwise ("organize", "analyze", "traveled"), for
words of at least seven letters: shorter ones are other words ("size", "prize"). What a longer
word becomes is another word at most in name ("feeling" -> "feelling"), which no picture has."""


def _pairs(text: str) -> dict[str, str]:
    words = text.split()
    return dict(zip(words[::2], words[1::2], strict=True))


BRITISH = _pairs(_TABLE) | _pairs(_WORDS)
"""American word -> British word."""


def british(word: str) -> str | None:
    """The British spelling of an American word in lower case, or None when it has none:
    ``"color"`` -> ``"colour"``, ``"organized"`` -> ``"organised"``."""
    found = BRITISH.get(word)
    if found is not None:
        return found
    if len(word) >= 7:
        for american, ending in _ENDINGS:
            if word.endswith(american):
                return word[: -len(american)] + ending
    return None
