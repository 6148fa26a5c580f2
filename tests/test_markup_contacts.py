"""Phone numbers and email addresses in a point are links on the website and in PDFs."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.markup import make_parser


@pytest.mark.parametrize(
    ("written", "html"),
    [
        (
            "Ring Amira on 01632 960123.",
            'Ring Amira on <a href="tel:01632960123">01632 960123</a>.',
        ),
        (
            "Email: amira@example.org.",
            'Email: <a href="mailto:amira@example.org">amira@example.org</a>.',
        ),
        (
            "Ring +44 1632 960000 or (01632) 960001",
            'Ring <a href="tel:+441632960000">+44 1632 960000</a> or '
            '<a href="tel:01632960001">(01632) 960001</a>',
        ),
        # a number to send a text message to opens a message, not a call
        ("Text 0800-123-4567 now.", 'Text <a href="sms:08001234567">0800-123-4567</a> now.'),
        (
            "Send a text message to 07700 900123.",
            'Send a text message to <a href="sms:07700900123">07700 900123</a>.',
        ),
        (
            "Ring or text 07700 900123. Or ring 01632 960123.",
            'Ring or text <a href="tel:07700900123">07700 900123</a>. '
            'Or ring <a href="tel:01632960123">01632 960123</a>.',
        ),
        (
            "We text you. Ring 01632 960123.",
            'We text you. Ring <a href="tel:01632960123">01632 960123</a>.',
        ),
        # "text" that is not a message, and a call and a message in one sentence
        (
            "If you need this in large text, contact us on 01632 960000.",
            'If you need this in large text, contact us on <a href="tel:01632960000">'
            "01632 960000</a>.",
        ),
        (
            "For easy read text, telephone 01632 960000.",
            'For easy read text, telephone <a href="tel:01632960000">01632 960000</a>.',
        ),
        (
            "Call us on 01632 960000 or text 07700 900123.",
            'Call us on <a href="tel:01632960000">01632 960000</a> or text '
            '<a href="sms:07700900123">07700 900123</a>.',
        ),
        # not phone numbers: too few digits, no 0 or + first, a date, money
        (
            "Room 101, 1234567 people, 2026-11-28, £1,200 and 999.",
            "Room 101, 1234567 people, 2026-11-28, £1,200 and 999.",
        ),
        # a number stops where a phone number does; half a number, hours, references, web
        # addresses: no links
        (
            "Ring 0800 123 4567 365 days a year.",
            'Ring <a href="tel:08001234567">0800 123 4567</a> 365 days a year.',
        ),
        (
            "Ring 01632 960123 (123) for help",
            'Ring <a href="tel:01632960123">01632 960123</a> (123) for help',
        ),
        ("Ring 0300 123\n4567 any time.", "Ring 0300 123<br />\n4567 any time."),
        ("Ring Childline on 0800 1111.", 'Ring Childline on <a href="tel:08001111">0800 1111</a>.'),
        (
            "Ring 01632 960123 0300 123 4567.",
            'Ring <a href="tel:01632960123">01632 960123</a> '
            '<a href="tel:03001234567">0300 123 4567</a>.',
        ),
        ("Open 0900-1700, reference 0012345.", "Open 0900-1700, reference 0012345."),
        ("We are open 0800-1700 and 0830-1630.", "We are open 0800-1700 and 0830-1630."),
        (
            "See https://example.org/a?id=01632960123 or https://user@example.org/x",
            "See https://example.org/a?id=01632960123 or https://user@example.org/x",
        ),
        (
            "Write to amira@example.org- or ring 01632\u00a0960123.",
            'Write to <a href="mailto:amira@example.org">amira@example.org</a>- or ring '
            '<a href="tel:01632960123">01632\u00a0960123</a>.',
        ),
        # already a link, or code: left as it is
        (
            "[Ring us](tel:01632960123) on 01632 960123",
            '<a href="tel:01632960123">Ring us</a> on <a href="tel:01632960123">01632 960123</a>',
        ),
        ("[01632 960123](tel:0163296)", '<a href="tel:0163296">01632 960123</a>'),
        ("Type `amira@example.org`.", "Type <code>amira@example.org</code>."),
    ],
)
def test_phone_numbers_and_email_addresses_are_links(written: str, html: str) -> None:
    assert make_parser().renderInline(written) == html


def test_contact_links_on_the_page_and_in_the_pdf(
    make_project: MakeProject, tmp_path: Path
) -> None:
    body = (
        "[phone] Ring Sam on 01632 960123.\nOr email sam@example.org.\n"
        "Or [ring the office](tel:07700900123).\n\n[phone] Send a text message to 07700 900124.\n"
    )
    config = "title: T\norganisation: O\ncontact: {phone: 01632 960000, text: 07700 900125}\n"
    root = make_project({"content/a.md": page(body=body)}, config=config)
    built = build(root, tmp_path / "out", ("html", "pdf"), checks=False)
    html = (built.out / "site" / "a.html").read_text()
    assert '<a href="tel:01632960123">01632 960123</a>' in html
    assert '<a href="mailto:sam@example.org">sam@example.org</a>' in html
    with pikepdf.open(built.out / "print" / "a.pdf") as pdf:
        links = {
            str(annot.Contents): str(annot.A.URI)
            for p in pdf.pages
            for annot in p.get("/Annots", [])
            if "/A" in annot
        }
    # PDF/UA: each link says what it does, not its address
    assert links["Phone: 01632 960123"] == "tel:01632960123"  # in groups: not one number
    assert links["Email: sam@example.org"] == "mailto:sam@example.org"
    assert links["Phone: 07700 900123"] == "tel:07700900123"  # the words say no number
    assert links["Text message: 07700 900124"] == "sms:07700900124"  # a message, not a call
    about = (built.out / "site" / "about.html").read_text()
    assert 'Text message: <a href="sms:07700900125">07700 900125</a>' in about
