"""SMS segments, against counts worked out by hand from 3GPP TS 23.038 / 23.040."""

from __future__ import annotations

import pytest

from recouvrement_desktop.domain.sms import SmsEncoding, count_sms


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", SmsEncoding.GSM7, 0, 0),
        ("a" * 160, SmsEncoding.GSM7, 160, 1),
        ("a" * 161, SmsEncoding.GSM7, 161, 2),  # 2 × 153 = 306 ≥ 161
        ("a" * 306, SmsEncoding.GSM7, 306, 2),
        ("a" * 307, SmsEncoding.GSM7, 307, 3),
        # € is in the extension table: escape + character = 2 septets
        ("€", SmsEncoding.GSM7, 2, 1),
        ("a" * 158 + "€", SmsEncoding.GSM7, 160, 1),
        ("a" * 159 + "€", SmsEncoding.GSM7, 161, 2),
        ("[]{}", SmsEncoding.GSM7, 8, 1),
        # a part does not split an escape from its character: 152 + (2) + 152 septets
        # is 306, yet the « € » moves to the second part, whose last « a » needs a third
        ("a" * 152 + "€" + "a" * 152, SmsEncoding.GSM7, 306, 3),
        ("a" * 151 + "€" + "a" * 153, SmsEncoding.GSM7, 306, 2),
        # é, è, à, ù, É are in the basic table; ç (lower case) and ê are not
        ("éèàùÉ", SmsEncoding.GSM7, 5, 1),
        ("ç", SmsEncoding.UCS2, 1, 1),
        ("ê" * 70, SmsEncoding.UCS2, 70, 1),
        ("ê" * 71, SmsEncoding.UCS2, 71, 2),  # 2 × 67 = 134
        ("ê" * 135, SmsEncoding.UCS2, 135, 3),
        # an emoji outside the BMP is two UTF-16 code units and forces UCS-2
        ("a" * 68 + "😀", SmsEncoding.UCS2, 70, 1),
        ("a" * 69 + "😀", SmsEncoding.UCS2, 71, 2),
        # nor a surrogate pair: 66 + (2) + 66 units is 134, but the emoji opens part two
        ("ê" * 66 + "😀" + "ê" * 66, SmsEncoding.UCS2, 134, 3),
        # a narrow no-break space (French amounts) is not GSM-7
        ("12\u202f€", SmsEncoding.UCS2, 4, 1),
    ],
)
def test_segments(text: str, encoding: SmsEncoding, units: int, segments: int) -> None:
    count = count_sms(text)
    assert (count.encoding, count.units, count.segments) == (encoding, units, segments)


def test_warning_only_past_two_segments() -> None:
    assert not count_sms("a" * 306).warning
    assert count_sms("a" * 307).warning
    assert not count_sms("ê" * 134).warning
    assert count_sms("ê" * 135).warning


def test_capacity_per_segment() -> None:
    assert count_sms("a").per_segment == 160
    assert count_sms("a" * 200).per_segment == 153
    assert count_sms("ê").per_segment == 70
    assert count_sms("ê" * 100).per_segment == 67
