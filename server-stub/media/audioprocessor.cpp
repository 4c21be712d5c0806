#include "server-stub/media/audioprocessor.h"

#include "models/domain/track.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/apetag.h>
#include <taglib/id3v1tag.h>
#include <taglib/id3v2tag.h>
#include <taglib/infotag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

#include <array>
#include <exception>

namespace kj::server::media {

namespace {

constexpr qint64 kSniffBytes = 64;
constexpr qint64 kMpegSearchBytes = 64 * 1024; // padding after an ID3v2 tag before the first frame
constexpr qint64 kMaxOggPage = 27 + 255 + 255 * 255;
constexpr int kMaxFlacBlocks = 4096;

Error unsupported(const QString &why)
{
    return fail(ErrorCode::UnsupportedMediaType, why);
}

Error cutOff(AudioFormat format, const QString &how)
{
    return unsupported(QStringLiteral("the %1 file is cut off or damaged: %2").arg(audioFormatName(format), how));
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

quint32 littleEndian32(const QByteArray &bytes, qsizetype at)
{
    return quint32(quint8(bytes.at(at))) | quint32(quint8(bytes.at(at + 1))) << 8
        | quint32(quint8(bytes.at(at + 2))) << 16 | quint32(quint8(bytes.at(at + 3))) << 24;
}

QByteArray readAt(QFile &file, qint64 at, qint64 count)
{
    if (at < 0 || !file.seek(at))
        return {};
    return file.read(count);
}

// The length of the MPEG-1/2/2.5 Layer III frame whose 4-byte header `h` is; nullopt if it is none.
std::optional<qint64> mpegFrameLength(const QByteArray &h)
{
    if (h.size() < 4 || quint8(h[0]) != 0xFF || (quint8(h[1]) & 0xE0) != 0xE0)
        return std::nullopt;
    const int version = (quint8(h[1]) >> 3) & 3; // 0: 2.5, 1: reserved, 2: 2, 3: 1
    const int layer = (quint8(h[1]) >> 1) & 3;   // 1: Layer III
    const int bitrateIndex = quint8(h[2]) >> 4;
    const int rateIndex = (quint8(h[2]) >> 2) & 3;
    const int padding = (quint8(h[2]) >> 1) & 1;
    if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
        return std::nullopt;
    static constexpr std::array<int, 15> kMpeg1{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    static constexpr std::array<int, 15> kMpeg2{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    static constexpr std::array<std::array<int, 3>, 4> kRates{
        {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}}};
    const qint64 bitrate = qint64(version == 3 ? kMpeg1[bitrateIndex] : kMpeg2[bitrateIndex]) * 1000;
    const qint64 rate = kRates[version][rateIndex];
    return (version == 3 ? 144 : 72) * bitrate / rate + padding;
}

// Where the audio starts after any ID3v2 tags at `at` (at itself when there is none); nullopt when a
// tag claims more bytes than the file has.
std::optional<qint64> afterId3v2(QFile &file, qint64 at)
{
    for (int tags = 0; tags < 16; ++tags) {
        const QByteArray header = readAt(file, at, 10);
        if (header.size() < 10 || !header.startsWith("ID3"))
            return at;
        for (int i = 6; i < 10; ++i) {
            if (quint8(header[i]) & 0x80)
                return std::nullopt; // not a synchsafe size: not a tag
        }
        const qint64 size = (qint64(quint8(header[6])) << 21) | (qint64(quint8(header[7])) << 14)
            | (qint64(quint8(header[8])) << 7) | qint64(quint8(header[9]));
        const qint64 end = at + 10 + size + ((quint8(header[5]) & 0x10) ? 10 : 0);
        if (end > file.size())
            return std::nullopt;
        at = end;
    }
    return at;
}

// The first MPEG audio frame at or after `from` (searching `window` bytes): one whose successor is a
// frame too, or that ends the file, so a stray 0xFF byte is not taken for audio.
std::optional<qint64> firstMpegFrame(QFile &file, qint64 from, qint64 window)
{
    const QByteArray bytes = readAt(file, from, window + 4);
    for (qsizetype i = 0; i + 4 <= bytes.size(); ++i) {
        if (quint8(bytes[i]) != 0xFF)
            continue;
        const std::optional<qint64> length = mpegFrameLength(bytes.mid(i, 4));
        if (!length)
            continue;
        const qint64 next = from + i + *length;
        if (next == file.size() || mpegFrameLength(readAt(file, next, 4)))
            return from + i;
    }
    return std::nullopt;
}

// The codec of an Ogg stream, from the first packet of its first page.
std::optional<AudioFormat> oggCodec(QFile &file)
{
    const QByteArray page = readAt(file, 0, 27 + 255 + 16);
    if (page.size() < 28 || !(quint8(page[5]) & 0x02)) // the first page begins its stream
        return std::nullopt;
    const int segments = quint8(page[26]);
    const QByteArray packet = page.mid(27 + segments);
    if (packet.startsWith("\x01vorbis"))
        return AudioFormat::OggVorbis;
    if (packet.startsWith("OpusHead"))
        return AudioFormat::OggOpus;
    return std::nullopt;
}

Status checkMp3(QFile &file)
{
    const std::optional<qint64> audio = afterId3v2(file, 0);
    if (!audio)
        return cutOff(AudioFormat::Mp3, QStringLiteral("its ID3v2 tag runs past the end"));
    std::optional<qint64> at = firstMpegFrame(file, *audio, *audio > 0 ? kMpegSearchBytes : 0);
    if (!at)
        return cutOff(AudioFormat::Mp3, QStringLiteral("no audio frames follow its tags"));
    const qint64 size = file.size();
    qint64 pos = *at;
    while (pos < size) {
        const QByteArray header = readAt(file, pos, 4);
        const std::optional<qint64> length = mpegFrameLength(header);
        if (!length)
            break; // an ID3v1 or APE tag, or junk a player skips: the frames before it are whole
        if (pos + *length > size)
            return cutOff(AudioFormat::Mp3, QStringLiteral("its last frame ends %1 bytes early").arg(pos + *length - size));
        pos += *length;
    }
    return {};
}

Status checkWav(QFile &file)
{
    const qint64 size = file.size();
    qint64 pos = 12;
    bool format = false;
    bool data = false;
    while (pos + 8 <= size) {
        const QByteArray header = readAt(file, pos, 8);
        if (header.size() < 8)
            break;
        const qint64 end = pos + 8 + littleEndian32(header, 4);
        const QByteArray id = header.left(4);
        if (end > size)
            return cutOff(AudioFormat::Wav, QStringLiteral("its \"%1\" chunk runs past the end").arg(QString::fromLatin1(id.toHex())));
        format = format || id == "fmt ";
        data = data || id == "data";
        pos = end + (end & 1);
    }
    if (!format || !data)
        return cutOff(AudioFormat::Wav, QStringLiteral("it has no format or no data chunk"));
    return {};
}

Status checkFlac(QFile &file)
{
    const std::optional<qint64> start = afterId3v2(file, 0);
    if (!start)
        return cutOff(AudioFormat::Flac, QStringLiteral("its ID3v2 tag runs past the end"));
    qint64 pos = *start + 4; // "fLaC"
    for (int block = 0;; ++block) {
        const QByteArray header = readAt(file, pos, 4);
        if (header.size() < 4 || block >= kMaxFlacBlocks)
            return cutOff(AudioFormat::Flac, QStringLiteral("its metadata ends early"));
        const int type = quint8(header[0]) & 0x7F;
        if ((block == 0 && type != 0) || type == 127)
            return unsupported(QStringLiteral("the FLAC file's metadata is malformed"));
        pos += 4 + bigEndian(header, 1, 3);
        if (pos > file.size())
            return cutOff(AudioFormat::Flac, QStringLiteral("a metadata block runs past the end"));
        if (quint8(header[0]) & 0x80)
            break;
    }
    const QByteArray sync = readAt(file, pos, 2);
    if (sync.size() < 2 || quint8(sync[0]) != 0xFF || (quint8(sync[1]) & 0xFE) != 0xF8)
        return cutOff(AudioFormat::Flac, QStringLiteral("no audio frames follow its metadata"));
    return {};
}

// The last page must end exactly at the end of the file and close the stream.
Status checkOgg(AudioFormat format, QFile &file)
{
    const qint64 size = file.size();
    const qint64 tailStart = std::max<qint64>(0, size - kMaxOggPage);
    const QByteArray tail = readAt(file, tailStart, size - tailStart);
    // Searched backwards: compressed data may hold the four bytes "OggS" by chance, a real page ends the file.
    for (qsizetype from = tail.size() - 4; from >= 0;) {
        const qsizetype at = tail.lastIndexOf("OggS", from);
        if (at < 0)
            break;
        from = at - 1;
        if (at + 27 > tail.size())
            continue;
        const int segments = quint8(tail[at + 26]);
        if (at + 27 + segments > tail.size())
            continue;
        qint64 length = 27 + segments;
        for (int i = 0; i < segments; ++i)
            length += quint8(tail[at + 27 + i]);
        if (at + length != tail.size())
            continue;
        if (!(quint8(tail[at + 5]) & 0x04))
            return cutOff(format, QStringLiteral("its last page does not end the stream"));
        return {};
    }
    return cutOff(format, QStringLiteral("its last page is incomplete"));
}

// Top-level boxes must tile the file exactly, and one of them must be the movie header.
Status checkMp4(QFile &file)
{
    const qint64 size = file.size();
    qint64 pos = 0;
    bool movie = false;
    while (pos < size) {
        const QByteArray header = readAt(file, pos, 16);
        if (header.size() < 8)
            return cutOff(AudioFormat::Mp4, QStringLiteral("a box header is incomplete"));
        qint64 length = bigEndian(header, 0, 4);
        if (length == 1) {
            if (header.size() < 16)
                return cutOff(AudioFormat::Mp4, QStringLiteral("a box header is incomplete"));
            length = (qint64(bigEndian(header, 8, 4)) << 32) | bigEndian(header, 12, 4);
        } else if (length == 0) {
            length = size - pos;
        }
        if (length < 8)
            return unsupported(QStringLiteral("the M4A file's boxes are malformed"));
        if (length > size - pos)
            return cutOff(AudioFormat::Mp4, QStringLiteral("the \"%1\" box runs past the end").arg(QString::fromLatin1(header.mid(4, 4))));
        movie = movie || header.mid(4, 4) == "moov";
        pos += length;
    }
    if (!movie)
        return cutOff(AudioFormat::Mp4, QStringLiteral("it has no movie header (\"moov\")"));
    return {};
}

Status checkWhole(AudioFormat format, QFile &file)
{
    switch (format) {
    case AudioFormat::Mp3: return checkMp3(file);
    case AudioFormat::Wav: return checkWav(file);
    case AudioFormat::Flac: return checkFlac(file);
    case AudioFormat::OggVorbis:
    case AudioFormat::OggOpus: return checkOgg(format, file);
    case AudioFormat::Mp4: return checkMp4(file);
    }
    return unsupported(QStringLiteral("unknown audio format"));
}

QString text(const TagLib::String &value)
{
    return QString::fromUtf8(value.toCString(true));
}

QByteArray bytes(const TagLib::ByteVector &vector)
{
    return QByteArray(vector.data(), qsizetype(vector.size()));
}

// The first tag that names a title (or an artist) wins, in the order the caller gives them.
void takeTags(const TagLib::Tag *tag, AudioInfo &info)
{
    if (!tag)
        return;
    if (info.title.isEmpty())
        info.title = cleanedTagText(text(tag->title()), Track::kMaxTitleLength);
    if (info.artist.isEmpty())
        info.artist = cleanedTagText(text(tag->artist()), Track::kMaxArtistLength);
}

Status takeProperties(const TagLib::AudioProperties *properties, AudioFormat format, AudioInfo &info)
{
    if (!properties || properties->sampleRate() <= 0 || properties->channels() <= 0)
        return unsupported(QStringLiteral("the %1 file's audio cannot be read").arg(audioFormatName(format)));
    info.durationMs = std::max(0, properties->lengthInMilliseconds());
    return {};
}

QByteArray id3Cover(TagLib::ID3v2::Tag *tag)
{
    if (!tag)
        return {};
    QByteArray first;
    const TagLib::ID3v2::FrameList frames = tag->frameList("APIC");
    for (TagLib::ID3v2::Frame *frame : frames) {
        const auto *picture = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame *>(frame);
        if (!picture)
            continue;
        if (picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover)
            return bytes(picture->picture());
        if (first.isEmpty())
            first = bytes(picture->picture());
    }
    return first;
}

QByteArray flacCover(const TagLib::List<TagLib::FLAC::Picture *> &pictures)
{
    QByteArray first;
    for (const TagLib::FLAC::Picture *picture : pictures) {
        if (picture->type() == TagLib::FLAC::Picture::FrontCover)
            return bytes(picture->data());
        if (first.isEmpty())
            first = bytes(picture->data());
    }
    return first;
}

Error unreadable(AudioFormat format)
{
    return unsupported(QStringLiteral("the %1 file cannot be read").arg(audioFormatName(format)));
}

// TagLib on the server-made path with the class of the sniffed format (never chosen by a name).
Status readTags(AudioFormat format, const char *path, AudioInfo &info, QByteArray *cover)
{
    constexpr auto style = TagLib::AudioProperties::Average;
    switch (format) {
    case AudioFormat::Mp3: {
        TagLib::MPEG::File file(path, true, style);
        if (!file.isValid())
            return unreadable(format);
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.ID3v2Tag(), info);
        takeTags(file.APETag(), info);
        takeTags(file.ID3v1Tag(), info);
        if (cover)
            *cover = id3Cover(file.ID3v2Tag());
        return {};
    }
    case AudioFormat::Wav: {
        TagLib::RIFF::WAV::File file(path, true, style);
        if (!file.isValid())
            return unreadable(format);
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.hasID3v2Tag() ? file.ID3v2Tag() : nullptr, info);
        takeTags(file.hasInfoTag() ? file.InfoTag() : nullptr, info);
        if (cover && file.hasID3v2Tag())
            *cover = id3Cover(file.ID3v2Tag());
        return {};
    }
    case AudioFormat::Flac: {
        TagLib::FLAC::File file(path, true, style);
        if (!file.isValid())
            return unreadable(format);
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.hasXiphComment() ? file.xiphComment() : nullptr, info);
        takeTags(file.hasID3v2Tag() ? file.ID3v2Tag() : nullptr, info);
        if (cover)
            *cover = flacCover(file.pictureList());
        return {};
    }
    case AudioFormat::OggVorbis: {
        TagLib::Ogg::Vorbis::File file(path, true, style);
        if (!file.isValid())
            return unreadable(format);
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.tag(), info);
        if (cover && file.tag())
            *cover = flacCover(file.tag()->pictureList());
        return {};
    }
    case AudioFormat::OggOpus: {
        TagLib::Ogg::Opus::File file(path, true, style);
        if (!file.isValid())
            return unreadable(format);
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.tag(), info);
        if (cover && file.tag())
            *cover = flacCover(file.tag()->pictureList());
        return {};
    }
    case AudioFormat::Mp4: {
        TagLib::MP4::File file(path, true, style);
        if (!file.isValid() || !file.audioProperties() || file.audioProperties()->codec() == TagLib::MP4::Properties::Unknown)
            return unsupported(QStringLiteral("the M4A file carries no AAC or ALAC audio"));
        if (Status status = takeProperties(file.audioProperties(), format, info); !status)
            return status;
        takeTags(file.tag(), info);
        if (cover && file.tag()) {
            const TagLib::MP4::CoverArtList covers = file.tag()->item("covr").toCoverArtList();
            if (!covers.isEmpty())
                *cover = bytes(covers.front().data());
        }
        return {};
    }
    }
    return unreadable(format);
}

} // namespace

std::optional<AudioFormat> sniffAudio(QFile &file)
{
    const QByteArray head = readAt(file, 0, kSniffBytes);
    if (head.size() < 12)
        return std::nullopt;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return AudioFormat::Wav;
    if (head.mid(4, 4) == "ftyp")
        return AudioFormat::Mp4;
    if (head.startsWith("OggS"))
        return oggCodec(file);
    if (head.startsWith("fLaC"))
        return AudioFormat::Flac;
    const std::optional<qint64> audio = afterId3v2(file, 0);
    if (!audio)
        return head.startsWith("ID3") ? std::optional(AudioFormat::Mp3) : std::nullopt; // cut off: checkWhole says so
    if (*audio > 0 && readAt(file, *audio, 4) == "fLaC")
        return AudioFormat::Flac;
    if (firstMpegFrame(file, *audio, *audio > 0 ? kMpegSearchBytes : 0) || *audio > 0)
        return AudioFormat::Mp3; // tags without frames after them: checkWhole says what is missing
    return std::nullopt;
}

QString audioMimeType(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3: return QStringLiteral("audio/mpeg");
    case AudioFormat::OggVorbis:
    case AudioFormat::OggOpus: return QStringLiteral("audio/ogg");
    case AudioFormat::Flac: return QStringLiteral("audio/flac");
    case AudioFormat::Mp4: return QStringLiteral("audio/mp4");
    case AudioFormat::Wav: return QStringLiteral("audio/wav");
    }
    return {};
}

QString audioFormatName(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3: return QStringLiteral("MP3");
    case AudioFormat::OggVorbis: return QStringLiteral("Ogg Vorbis");
    case AudioFormat::OggOpus: return QStringLiteral("Ogg Opus");
    case AudioFormat::Flac: return QStringLiteral("FLAC");
    case AudioFormat::Mp4: return QStringLiteral("M4A");
    case AudioFormat::Wav: return QStringLiteral("WAV");
    }
    return {};
}

AudioProcessor::AudioProcessor(ImageProcessor &images, AudioLimits limits) : m_images(images), m_limits(limits)
{
}

Result<AudioInfo> AudioProcessor::inspect(const QString &original) const
{
    return read(original, nullptr);
}

Result<AudioInfo> AudioProcessor::read(const QString &original, QByteArray *cover) const
{
    QFile file(original);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("cannot open %1").arg(original));
    const std::optional<AudioFormat> format = sniffAudio(file);
    if (!format)
        return unsupported(QStringLiteral("the file is not MP3, Ogg Vorbis, Ogg Opus, FLAC, M4A (AAC or ALAC) or WAV audio"));
    if (Status whole = checkWhole(*format, file); !whole)
        return whole.error();
    file.close();
    AudioInfo info;
    info.format = *format;
    try {
        if (Status status = readTags(*format, QFile::encodeName(original).constData(), info, cover); !status)
            return status.error();
    } catch (const std::exception &) {
        return unreadable(*format);
    }
    return info;
}

Result<AudioInfo> AudioProcessor::process(const QString &original, const QString &thumbPath, const QString &largePath,
                                          const QString &scratchPath)
{
    QByteArray cover;
    Result<AudioInfo> info = read(original, &cover);
    if (!info)
        return info;
    if (cover.isEmpty() || cover.size() > m_limits.maxCoverBytes)
        return info;
    // The cover is a picture from the file like any uploaded photo: sniffed, size-checked, decoded under
    // the same limits. One that fails is dropped; the track itself is fine without it.
    QFile scratch(scratchPath);
    if (scratch.open(QIODevice::WriteOnly | QIODevice::NewOnly) && scratch.write(cover) == cover.size() && scratch.flush()) {
        scratch.close();
        Result<ImageInfo> image = m_images.process(scratchPath, thumbPath, largePath);
        if (image) {
            info->cover = *image;
        } else {
            QFile::remove(thumbPath);
            QFile::remove(largePath);
        }
    }
    scratch.close();
    QFile::remove(scratchPath);
    return info;
}

} // namespace kj::server::media
