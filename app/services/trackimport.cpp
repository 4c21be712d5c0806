#include "app/services/trackimport.h"

#include <QFile>
#include <QFileInfo>

namespace kj::app {

namespace {
// The server's limit for a track (docs/api.md, Music): what it would refuse is refused here, before it is queued.
constexpr qint64 kMaxTrackBytes = qint64(50) * 1024 * 1024;

// The formats the server takes, by their first bytes; the server checks the framing itself after the upload.
bool looksLikeAudio(const QByteArray &head)
{
    if (head.startsWith("ID3") || head.startsWith("OggS") || head.startsWith("fLaC"))
        return true;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return true;
    if (head.size() >= 8 && head.mid(4, 4) == "ftyp")
        return true; // M4A (MP4 audio)
    // An MPEG audio frame without ID3 tags: eleven set sync bits, a layer that is not "reserved".
    return head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0
           && (quint8(head.at(1)) & 0x06) != 0;
}
} // namespace

kj::Result<PreparedTrack> prepareTrackFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 is not a file").arg(path));
    const qint64 modifiedAt = info.lastModified().toMSecsSinceEpoch();
    if (info.size() > kMaxTrackBytes) {
        return kj::fail(kj::ErrorCode::PayloadTooLarge, QStringLiteral("%1 is %2 MiB; a track can be at most 50 MiB")
                                                            .arg(name)
                                                            .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("%1 cannot be read: %2").arg(name, file.errorString()));
    if (!looksLikeAudio(file.read(16))) {
        return kj::fail(kj::ErrorCode::UnsupportedMediaType,
                        QStringLiteral("%1 is not a sound file the server takes (MP3, Ogg, FLAC, M4A or WAV)").arg(name));
    }
    file.close();
    kj::Result<FileDigest> digest = digestFile(path);
    if (!digest)
        return digest.error();
    return PreparedTrack{info.absoluteFilePath(), *digest, modifiedAt};
}

} // namespace kj::app
