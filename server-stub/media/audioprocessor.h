#pragma once

#include "models/domain/result.h"
#include "server-stub/media/imageprocessor.h"

#include <QFile>
#include <QString>
#include <optional>

namespace kj::server::media {

//! Audio formats the server accepts for tracks, told by their content (never by a file name).
enum class AudioFormat { Mp3, OggVorbis, OggOpus, Flac, Mp4, Wav };

//! The format the open file's content is; nullopt for anything else. Reads the first bytes (and skips
//! an ID3v2 tag to find the audio behind it); leaves the position anywhere.
[[nodiscard]] std::optional<AudioFormat> sniffAudio(QFile &file);
[[nodiscard]] QString audioMimeType(AudioFormat format);
//! "MP3", "Ogg Vorbis", ... for messages.
[[nodiscard]] QString audioFormatName(AudioFormat format);

//! Limits of reading audio files.
struct AudioLimits {
    qint64 maxCoverBytes = 16 * 1024 * 1024; // a bigger embedded picture is ignored, not decoded
};

//! What an audio file turned out to be. Title and artist are the tags' (cleaned; empty when absent).
struct AudioInfo {
    AudioFormat format = AudioFormat::Mp3;
    qint64 durationMs = 0;
    QString title;
    QString artist;
    std::optional<ImageInfo> cover; // set when the cover art became thumb and large renditions
};

//! Checks uploaded tracks and reads what they say: sniffs the format by content, checks the file's own
//! framing (an MP3 whose last frame is cut, a WAV whose data runs past the end, an Ogg stream without
//! its last page, ... are refused), then reads duration, title, artist and the embedded cover art with
//! TagLib's format-specific classes on the server-made path. The cover goes through the photo pipeline
//! (ImageProcessor) into `thumb` and `large`; a cover that is not a sound image is ignored, never fatal.
//! Thread-safe (TagLib objects are per call).
class AudioProcessor
{
public:
    explicit AudioProcessor(ImageProcessor &images, AudioLimits limits = {});

    //! UnsupportedMediaType for anything but a whole MP3, Ogg Vorbis/Opus, FLAC, M4A or WAV file.
    //! `scratchPath` is where the cover art is written for a moment (a server-made name).
    [[nodiscard]] Result<AudioInfo> process(const QString &original, const QString &thumbPath, const QString &largePath,
                                            const QString &scratchPath);
    //! Format, framing and tags; the cover art is not rendered.
    [[nodiscard]] Result<AudioInfo> inspect(const QString &original) const;

private:
    [[nodiscard]] Result<AudioInfo> read(const QString &original, QByteArray *cover) const;

    ImageProcessor &m_images;
    AudioLimits m_limits;
};

} // namespace kj::server::media
