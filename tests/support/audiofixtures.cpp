#include "tests/support/audiofixtures.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QtEndian>

#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/infotag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

namespace AudioFixtures {

namespace {

void appendLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

void appendBe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray out;
    appendBe(out, quint64(payload.size()) + 8, 4);
    out.append(type, 4);
    return out + payload;
}

QByteArray fullBox(const char *type, quint32 versionAndFlags, const QByteArray &payload)
{
    QByteArray body;
    appendBe(body, versionAndFlags, 4);
    return box(type, body + payload);
}

QByteArray identityMatrix()
{
    QByteArray m;
    for (quint32 value : {0x00010000u, 0u, 0u, 0u, 0x00010000u, 0u, 0u, 0u, 0x40000000u})
        appendBe(m, value, 4);
    return m;
}

quint8 crc8(const QByteArray &data)
{
    quint8 crc = 0;
    for (char c : data) {
        crc ^= quint8(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x80) ? quint8((crc << 1) ^ 0x07) : quint8(crc << 1);
    }
    return crc;
}

quint16 crc16(const QByteArray &data)
{
    quint16 crc = 0;
    for (char c : data) {
        crc ^= quint16(quint8(c)) << 8;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x8005) : quint16(crc << 1);
    }
    return crc;
}

quint32 oggCrc(const QByteArray &data)
{
    quint32 crc = 0;
    for (char c : data) {
        crc ^= quint32(quint8(c)) << 24;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
    }
    return crc;
}

// One Ogg page holding whole packets (each under 255 bytes, so one lacing value each).
QByteArray oggPage(const QList<QByteArray> &packets, quint8 flags, quint64 granule, quint32 sequence)
{
    QByteArray page("OggS", 4);
    page.append('\0');
    page.append(char(flags));
    appendLe(page, granule, 8);
    appendLe(page, 0x4B4A4B4A, 4); // serial number
    appendLe(page, sequence, 4);
    appendLe(page, 0, 4);          // CRC, filled in below
    page.append(char(packets.size()));
    for (const QByteArray &packet : packets)
        page.append(char(packet.size()));
    for (const QByteArray &packet : packets)
        page.append(packet);
    const quint32 crc = oggCrc(page);
    for (int i = 0; i < 4; ++i)
        page[22 + i] = char((crc >> (8 * i)) & 0xFF);
    return page;
}

const char *suffixOf(const QString &format)
{
    if (format == u"opus")
        return ".opus";
    if (format == u"m4a")
        return ".m4a";
    if (format == u"flac")
        return ".flac";
    if (format == u"wav")
        return ".wav";
    return ".mp3";
}

TagLib::String tagText(const QString &text)
{
    return TagLib::String(text.toUtf8().constData(), TagLib::String::UTF8);
}

TagLib::ByteVector vector(const QByteArray &bytes)
{
    return TagLib::ByteVector(bytes.constData(), unsigned(bytes.size()));
}

void setText(TagLib::Tag *tag, const Tags &tags)
{
    if (!tags.title.isEmpty())
        tag->setTitle(tagText(tags.title));
    if (!tags.artist.isEmpty())
        tag->setArtist(tagText(tags.artist));
}

void addId3Cover(TagLib::ID3v2::Tag *tag, const Tags &tags)
{
    if (tags.cover.isEmpty())
        return;
    auto *frame = new TagLib::ID3v2::AttachedPictureFrame;
    frame->setMimeType(TagLib::String(tags.coverMime.constData()));
    frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    frame->setPicture(vector(tags.cover));
    tag->addFrame(frame);
}

TagLib::FLAC::Picture *flacPicture(const Tags &tags)
{
    auto *picture = new TagLib::FLAC::Picture;
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType(TagLib::String(tags.coverMime.constData()));
    picture->setData(vector(tags.cover));
    return picture;
}

bool writeTags(const QByteArray &path, const QString &format, const Tags &tags)
{
    if (format == u"mp3") {
        TagLib::MPEG::File file(path.constData());
        setText(file.ID3v2Tag(true), tags);
        addId3Cover(file.ID3v2Tag(true), tags);
        return file.save();
    }
    if (format == u"wav") {
        TagLib::RIFF::WAV::File file(path.constData());
        if (tags.wavInfoTag) {
            setText(file.InfoTag(), tags);
            return file.save(TagLib::RIFF::WAV::File::Info);
        }
        setText(file.ID3v2Tag(), tags);
        addId3Cover(file.ID3v2Tag(), tags);
        return file.save(TagLib::RIFF::WAV::File::ID3v2);
    }
    if (format == u"flac") {
        TagLib::FLAC::File file(path.constData());
        setText(file.xiphComment(true), tags);
        if (!tags.cover.isEmpty())
            file.addPicture(flacPicture(tags));
        return file.save();
    }
    if (format == u"opus") {
        TagLib::Ogg::Opus::File file(path.constData());
        setText(file.tag(), tags);
        if (!tags.cover.isEmpty())
            file.tag()->addPicture(flacPicture(tags));
        return file.save();
    }
    if (format == u"m4a") {
        TagLib::MP4::File file(path.constData());
        setText(file.tag(), tags);
        if (!tags.cover.isEmpty()) {
            TagLib::MP4::CoverArtList covers;
            covers.append(TagLib::MP4::CoverArt(tags.coverMime == "image/png" ? TagLib::MP4::CoverArt::PNG
                                                                               : TagLib::MP4::CoverArt::JPEG,
                                                vector(tags.cover)));
            file.tag()->setItem("covr", covers);
        }
        return file.save();
    }
    return false;
}

} // namespace

QByteArray wav(int ms)
{
    const quint32 dataBytes = quint32(ms) * 16; // 8,000 samples of 2 bytes a second
    QByteArray out("RIFF", 4);
    appendLe(out, 36 + dataBytes, 4);
    out.append("WAVEfmt ", 8);
    appendLe(out, 16, 4);
    appendLe(out, 1, 2);     // PCM
    appendLe(out, 1, 2);     // mono
    appendLe(out, 8000, 4);  // sample rate
    appendLe(out, 16000, 4); // byte rate
    appendLe(out, 2, 2);     // block align
    appendLe(out, 16, 2);    // bits per sample
    out.append("data", 4);
    appendLe(out, dataBytes, 4);
    out.append(QByteArray(dataBytes, '\0'));
    return out;
}

QByteArray mp3(int frames)
{
    // 0xFFFB: MPEG-1 Layer III without CRC; 0x90: 128 kb/s at 44.1 kHz, no padding; 0xC4: mono, original.
    QByteArray frame("\xFF\xFB\x90\xC4", 4);
    frame.append(QByteArray(417 - 4, '\0')); // zero side information: a silent granule
    return frame.repeated(frames);
}

QByteArray flac(int frames)
{
    constexpr quint64 kBlock = 4096;
    QByteArray out("fLaC", 4);
    out.append(char(0x80)); // the last metadata block: STREAMINFO
    appendBe(out, 34, 3);
    appendBe(out, kBlock, 2);
    appendBe(out, kBlock, 2);
    appendBe(out, 0, 3); // frame sizes unknown
    appendBe(out, 0, 3);
    const quint64 packed = (quint64(44100) << 44) | (quint64(0) << 41) | (quint64(15) << 36) | (kBlock * quint64(frames));
    appendBe(out, packed, 8);
    out.append(QByteArray(16, '\0')); // MD5 unknown
    for (int n = 0; n < frames; ++n) {
        // Fixed block size 4096, 44.1 kHz, mono, 16 bits; frame number n (< 128: one byte).
        QByteArray frame("\xFF\xF8\xC9\x08", 4);
        frame.append(char(n & 0x7F));
        frame.append(char(crc8(frame)));
        frame.append(QByteArray(3, '\0')); // a CONSTANT subframe of value 0
        appendBe(frame, crc16(frame), 2);
        out.append(frame);
    }
    return out;
}

QByteArray opus(int packets)
{
    QByteArray head("OpusHead", 8);
    head.append(char(1)); // version
    head.append(char(1)); // channels
    appendLe(head, 312, 2);
    appendLe(head, 48000, 4);
    appendLe(head, 0, 2);
    head.append('\0');    // mapping family
    QByteArray tags("OpusTags", 8);
    appendLe(tags, 4, 4);
    tags.append("test", 4);
    appendLe(tags, 0, 4);
    QList<QByteArray> audio;
    for (int i = 0; i < std::min(packets, 255); ++i)
        audio.append(QByteArray(1, char(0xF8))); // CELT fullband 20 ms, one frame of 0 bytes
    return oggPage({head}, 0x02, 0, 0) + oggPage({tags}, 0x00, 0, 1) + oggPage(audio, 0x04, quint64(audio.size()) * 960, 2);
}

QByteArray m4a(int ms)
{
    QByteArray ftypBody("M4A ", 4);
    appendBe(ftypBody, 0, 4);
    ftypBody.append("M4A mp42isom", 12);

    QByteArray mvhd;
    appendBe(mvhd, 0, 4); // version and flags (fullBox writes them)
    appendBe(mvhd, 0, 4); // created
    appendBe(mvhd, 0, 4); // modified
    appendBe(mvhd, 1000, 4);
    appendBe(mvhd, quint64(ms), 4);
    appendBe(mvhd, 0x00010000, 4);
    appendBe(mvhd, 0x0100, 2);
    mvhd.append(QByteArray(10, '\0'));
    mvhd.append(identityMatrix());
    mvhd.append(QByteArray(24, '\0'));
    appendBe(mvhd, 2, 4);

    QByteArray tkhd;
    appendBe(tkhd, 0, 4); // version and flags (fullBox writes them)
    appendBe(tkhd, 0, 4); // created
    appendBe(tkhd, 0, 4); // modified
    appendBe(tkhd, 1, 4);
    appendBe(tkhd, 0, 4);
    appendBe(tkhd, quint64(ms), 4);
    tkhd.append(QByteArray(8, '\0'));
    appendBe(tkhd, 0, 2);
    appendBe(tkhd, 0, 2);
    appendBe(tkhd, 0x0100, 2);
    appendBe(tkhd, 0, 2);
    tkhd.append(identityMatrix());
    appendBe(tkhd, 0, 4);
    appendBe(tkhd, 0, 4);

    QByteArray mdhd;
    appendBe(mdhd, 0, 4); // version and flags (fullBox writes them)
    appendBe(mdhd, 0, 4); // created
    appendBe(mdhd, 0, 4); // modified
    appendBe(mdhd, 44100, 4);
    appendBe(mdhd, quint64(ms) * 441 / 10, 4);
    appendBe(mdhd, 0x55C4, 2); // "und"
    appendBe(mdhd, 0, 2);

    QByteArray hdlr;
    appendBe(hdlr, 0, 4); // version and flags
    appendBe(hdlr, 0, 4); // pre-defined
    hdlr.append("soun", 4);
    hdlr.append(QByteArray(12, '\0'));
    hdlr.append("SoundHandler", 13);

    QByteArray mp4a;
    mp4a.append(QByteArray(6, '\0'));
    appendBe(mp4a, 1, 2);          // data reference index
    appendBe(mp4a, 0, 8);          // version, revision, vendor
    appendBe(mp4a, 1, 2);          // channels
    appendBe(mp4a, 16, 2);         // bits per sample
    appendBe(mp4a, 0, 4);          // compression id, packet size
    appendBe(mp4a, quint64(44100) << 16, 4);
    QByteArray stsd;
    appendBe(stsd, 1, 4);
    stsd.append(box("mp4a", mp4a));
    QByteArray empty;
    appendBe(empty, 0, 4);
    QByteArray stsz;
    appendBe(stsz, 0, 8);

    QByteArray dref;
    appendBe(dref, 1, 4);
    dref.append(fullBox("url ", 1, {}));

    const QByteArray stbl = box("stbl", fullBox("stsd", 0, stsd) + fullBox("stts", 0, empty) + fullBox("stsc", 0, empty)
                                            + fullBox("stsz", 0, stsz) + fullBox("stco", 0, empty));
    const QByteArray minf = box("minf", fullBox("smhd", 0, QByteArray(4, '\0')) + box("dinf", fullBox("dref", 0, dref)) + stbl);
    const QByteArray mdia = box("mdia", fullBox("mdhd", 0, mdhd.mid(4)) + fullBox("hdlr", 0, hdlr.mid(4)) + minf);
    const QByteArray trak = box("trak", fullBox("tkhd", 7, tkhd.mid(4)) + mdia);
    const QByteArray moov = box("moov", fullBox("mvhd", 0, mvhd.mid(4)) + trak);
    return box("ftyp", ftypBody) + moov + box("mdat", QByteArray(16, '\0'));
}

QByteArray tagged(const QByteArray &bytes, const QString &format, const Tags &tags)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixture") + QString::fromLatin1(suffixOf(format)));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    if (!writeTags(QFile::encodeName(path), format, tags))
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace AudioFixtures
