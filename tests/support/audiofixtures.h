#pragma once

#include <QByteArray>
#include <QString>

//! Small valid audio files for tests, made in code (no encoder is installed on the build machines):
//! silent WAV, MP3 (MPEG-1 Layer III frames with empty side information), FLAC (CONSTANT subframes with
//! their CRCs), Ogg Opus (pages with their CRCs, TOC-only packets) and M4A (an AAC track header over an
//! empty sample table). Tags and cover art are written into them with TagLib, as a tagger would.
//!
//!     const QByteArray mp3 = AudioFixtures::tagged(AudioFixtures::mp3(100), u"mp3"_s, {u"Title"_s, u"Artist"_s, cover});
namespace AudioFixtures {

//! What tagged() writes; empty fields are left out.
struct Tags {
    QString title;
    QString artist;
    QByteArray cover;                        // a JPEG or PNG
    QByteArray coverMime = "image/jpeg";
    bool wavInfoTag = false;                 // WAV: a RIFF INFO chunk instead of an ID3v2 chunk (no cover)
};

//! 16-bit mono PCM at 8,000 Hz, `ms` milliseconds of silence.
[[nodiscard]] QByteArray wav(int ms);
//! `frames` frames of 128 kb/s, 44.1 kHz MPEG-1 Layer III (417 bytes and 26.12 ms each).
[[nodiscard]] QByteArray mp3(int frames);
//! `frames` frames of 4,096 samples of silence, mono 16-bit at 44.1 kHz (92.88 ms each).
[[nodiscard]] QByteArray flac(int frames);
//! `packets` 20 ms packets in Ogg Opus, mono; the last page ends the stream.
[[nodiscard]] QByteArray opus(int packets);
//! An M4A (AAC) whose track says `ms` milliseconds.
[[nodiscard]] QByteArray m4a(int ms);

//! `bytes` of `format` ("wav", "mp3", "flac", "opus", "m4a") with tags written by TagLib; empty on failure.
[[nodiscard]] QByteArray tagged(const QByteArray &bytes, const QString &format, const Tags &tags);

} // namespace AudioFixtures
