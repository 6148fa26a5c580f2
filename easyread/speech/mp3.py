"""Speech samples to MP3 with lameenc, and the length of an MP3 from its frames.

The files are MPEG-1 Layer III, 44.1 kHz mono, constant 64 kbit/s: what every MP3 player,
including a CD player's MP3 mode, can play. Encoding one section at a time gives files that
join end to end: the whole document is its sections' MP3 data one after another, so every
section is encoded once and the chapters fall exactly on the joins.
"""

from __future__ import annotations

import lameenc

from .engine import SAMPLE_RATE

OUT_RATE = 44100
"""Samples a second in the MP3 files (lame resamples espeak-ng's 22050)."""
BITRATE = 64
"""kbit/s, constant."""
QUALITY = 7
"""lame's speed/quality trade-off (0 best, 9 fastest): plenty for a formant voice."""
SAMPLES_PER_FRAME = 1152
"""MPEG-1 Layer III."""
_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_RATES = (44100, 48000, 32000)


def encode(pcm: bytes) -> bytes:
    """MP3 data for 16-bit mono samples at :data:`~easyread.speech.engine.SAMPLE_RATE`."""
    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(OUT_RATE)
    encoder.set_bit_rate(BITRATE)
    encoder.set_quality(QUALITY)
    return bytes(encoder.encode(pcm)) + bytes(encoder.flush())


def frames(data: bytes) -> int:
    """How many MPEG-1 Layer III frames ``data`` holds; ValueError if it is anything else."""
    count = position = 0
    while position < len(data):
        header = data[position : position + 4]
        if len(header) < 4 or header[0] != 0xFF or header[1] & 0xFE != 0xFA:
            raise ValueError(f"not an MPEG-1 Layer III frame at byte {position}")
        bitrate_index, rate_index = header[2] >> 4, (header[2] >> 2) & 3
        if not 0 < bitrate_index < 15 or rate_index == 3:
            raise ValueError(f"bad frame header at byte {position}")
        padding = (header[2] >> 1) & 1
        position += 144 * _BITRATES[bitrate_index] * 1000 // _RATES[rate_index] + padding
        count += 1
    if position != len(data):
        raise ValueError("the last frame is cut short")
    return count


def duration(data: bytes) -> float:
    """Seconds of sound in MP3 data (no tags), from its frames."""
    return frames(data) * SAMPLES_PER_FRAME / OUT_RATE
