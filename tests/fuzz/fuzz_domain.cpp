// libFuzzer target: the JSON codec of every domain type (models/domain).
//
// Input: one selector byte, then the bytes of a JSON body. The selector picks the type (see kCodecs: the
// letter in its first column; any other byte picks by its value modulo the table's size). The body goes
// through parseJsonObject and the type's parser (fromJson for answers, fromRequest for request bodies).
// Whenever that accepts it, the value is written back (toJson), printed as the wire prints it, parsed again
// and must be accepted again, equal to the first value where the type compares, and print the same JSON.
// A few selectors take the body as a plain string for the codec's string helpers (names, timestamps, ids).
// Any mismatch aborts with what differed.

#include "models/domain/album.h"
#include "models/domain/change.h"
#include "models/domain/comment.h"
#include "models/domain/diary.h"
#include "models/domain/error.h"
#include "models/domain/friendgroup.h"
#include "models/domain/friendship.h"
#include "models/domain/guestbook.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "models/domain/jsonreader.h"
#include "models/domain/notification.h"
#include "models/domain/photo.h"
#include "models/domain/photobatch.h"
#include "models/domain/photoexif.h"
#include "models/domain/post.h"
#include "models/domain/repost.h"
#include "models/domain/space.h"
#include "models/domain/spacesettings.h"
#include "models/domain/timestamp.h"
#include "models/domain/track.h"
#include "models/domain/upload.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"
#include "models/domain/visit.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

[[noreturn]] void mismatch(const char *what, const QJsonObject &first, const QJsonObject &second = {})
{
    std::fprintf(stderr, "fuzz_domain: %s\n  first:  %s\n  second: %s\n", what,
                 QJsonDocument(first).toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument(second).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

[[noreturn]] void mismatch(const char *what, const QString &first, const QString &second = {})
{
    std::fprintf(stderr, "fuzz_domain: %s\n  first:  %s\n  second: %s\n", what, qUtf8Printable(first),
                 qUtf8Printable(second));
    std::abort();
}

// What the wire carries: the object printed compactly, then parsed as a body is.
QJsonObject throughWire(const QJsonObject &object)
{
    const kj::Result<QJsonObject> parsed = kj::parseJsonObject(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!parsed)
        mismatch("toJson printed JSON that parseJsonObject refuses", object);
    return *parsed;
}

template<typename T>
concept Comparable = requires(const T &a, const T &b) { a == b; };

template<typename T, typename Encode>
void checkRoundTrip(const T &first, Encode encode, kj::Result<T> (*parse)(const QJsonObject &))
{
    const QJsonObject firstJson = encode(first);
    const kj::Result<T> second = parse(throughWire(firstJson));
    if (!second)
        mismatch(qPrintable(QStringLiteral("the parser refuses what toJson wrote: ") + second.error().message), firstJson);
    if constexpr (Comparable<T>) {
        if (!(*second == first))
            mismatch("the value read back differs from the value written", firstJson, encode(*second));
    }
    const QJsonObject secondJson = encode(*second);
    if (secondJson != firstJson)
        mismatch("toJson of the value read back differs", firstJson, secondJson);
}

template<typename T>
void answer(const QJsonObject &json)
{
    if (const kj::Result<T> value = T::fromJson(json))
        checkRoundTrip<T>(*value, [](const T &v) { return v.toJson(); }, &T::fromJson);
}

template<typename T>
void request(const QJsonObject &json)
{
    if (const kj::Result<T> value = T::fromRequest(json))
        checkRoundTrip<T>(*value, [](const T &v) { return v.toJson(); }, &T::fromRequest);
}

void spaceSettings(const QJsonObject &json)
{
    using kj::SpaceSettings;
    if (const kj::Result<SpaceSettings> value = SpaceSettings::fromRequest(json)) {
        checkRoundTrip<SpaceSettings>(*value, [](const SpaceSettings &v) { return v.toJson(); }, &SpaceSettings::fromRequest);
        checkRoundTrip<SpaceSettings>(*value, [](const SpaceSettings &v) { return v.toJson(); }, &SpaceSettings::fromJson);
    }
    if (const kj::Result<SpaceSettings> value = SpaceSettings::fromJson(json)) {
        checkRoundTrip<SpaceSettings>(*value, [](const SpaceSettings &v) { return v.toJson(); }, &SpaceSettings::fromJson);
        // A visitor's view leaves hideMyVisits out; what is left must still read.
        if (!SpaceSettings::fromJson(throughWire(value->toJson(SpaceSettings::View::Visitor))))
            mismatch("fromJson refuses the visitor's view", value->toJson(SpaceSettings::View::Visitor));
    }
}

void photoExif(const QJsonObject &json)
{
    const kj::PhotoExif first = kj::PhotoExif::fromJson(json);
    const kj::PhotoExif second = kj::PhotoExif::fromJson(throughWire(first.toJson()));
    if (!(second == first))
        mismatch("PhotoExif read back differs", first.toJson(), second.toJson());
    if (first.isEmpty() != first.toJson().isEmpty())
        mismatch("PhotoExif::isEmpty disagrees with its JSON", first.toJson());
}

void error(const QJsonObject &json)
{
    const kj::Error first = kj::Error::fromJson(json);
    const kj::Error second = kj::Error::fromJson(throughWire(first.toJson()));
    if (second.code != first.code || second.message != first.message || second.details != first.details)
        mismatch("Error read back differs", first.toJson(), second.toJson());
}

void reactions(const QJsonObject &json)
{
    if (const kj::Result<kj::Reactions> first = kj::Reactions::fromJson(json)) {
        QJsonObject item;
        first->addTo(item);
        const kj::Result<kj::Reactions> second = kj::Reactions::fromJson(throughWire(item));
        if (!second || !(*second == *first))
            mismatch("Reactions read back differ", item);
    }
}

// String helpers: a name must read back as the value it names, and print as the same name.
template<typename E>
void name(const QString &text, std::optional<E> (*fromName)(const QString &), QString (*toName)(E))
{
    if (const std::optional<E> value = fromName(text)) {
        if (toName(*value) != text || fromName(toName(*value)) != value)
            mismatch("a name does not read back", text, toName(*value));
    }
}

void strings(const QString &text)
{
    name<kj::Visibility>(text, &kj::visibilityFromName, &kj::visibilityName);
    name<kj::ItemKind>(text, &kj::itemKindFromName, &kj::itemKindName);
    name<kj::MediaKind>(text, &kj::mediaKindFromName, &kj::mediaKindName);
    name<kj::MediaSize>(text, &kj::mediaSizeFromName, &kj::mediaSizeName);
    name<kj::NotificationType>(text, &kj::notificationTypeFromName, &kj::notificationTypeName);
    if (const kj::ErrorCode code = kj::errorCodeFromName(text); kj::errorCodeFromName(kj::errorCodeName(code)) != code)
        mismatch("an error code's name does not read back", text, kj::errorCodeName(code));

    if (const std::optional<QDateTime> time = kj::fromRfc3339(text)) {
        if (!time->isValid() || time->timeSpec() != Qt::UTC)
            mismatch("fromRfc3339 gave an invalid or non-UTC time", text);
        const QString printed = kj::toRfc3339(*time);
        const std::optional<QDateTime> again = kj::fromRfc3339(printed);
        if (!again || *again != *time || kj::toRfc3339(*again) != printed)
            mismatch("a timestamp does not read back", text, printed);
    }

    if (kj::isValidItemId(text) && text != text.toLower())
        mismatch("an item id that is not lower case was accepted", text);
    (void)kj::isValidUsername(text);
    if (kj::characterCount(text) > text.size())
        mismatch("characterCount counts more characters than UTF-16 units", text);

    const QString exif = kj::PhotoExif::cleanText(text);
    if (exif.size() > kj::PhotoExif::kMaxTextLength || (!exif.isEmpty() && exif.back().isHighSurrogate()))
        mismatch("PhotoExif::cleanText is too long or cut a surrogate pair", text, exif);
    const QString tag = kj::cleanedTagText(text, 64);
    if (tag.size() > 64 || (!tag.isEmpty() && tag.back().isHighSurrogate()))
        mismatch("cleanedTagText is too long or cut a surrogate pair", text, tag);
    (void)kj::titleFromFilename(text);
    (void)kj::notificationExcerpt(text);
}

struct Codec {
    char selector;
    void (*run)(const QJsonObject &);
};

const Codec kCodecs[] = {
    {'a', &answer<kj::Album>},
    {'A', &request<kj::AlbumWrite>},
    {'c', &answer<kj::Change>},
    {'C', &answer<kj::ChangesPage>},
    {'m', &answer<kj::Comment>},
    {'M', &request<kj::CommentWrite>},
    {'d', &answer<kj::Diary>},
    {'D', &request<kj::DiaryWrite>},
    {'e', &error},
    {'g', &answer<kj::FriendGroup>},
    {'G', &request<kj::FriendGroupWrite>},
    {'r', &answer<kj::FriendRequest>},
    {'f', &answer<kj::Friend>},
    {'b', &answer<kj::GuestbookEntry>},
    {'B', &request<kj::GuestbookWrite>},
    {'y', &request<kj::GuestbookReplyWrite>},
    {'n', &answer<kj::Notification>},
    {'N', &answer<kj::NotificationPage>},
    {'R', &request<kj::NotificationsRead>},
    {'p', &answer<kj::Photo>},
    {'P', &request<kj::PhotoWrite>},
    {'h', &answer<kj::PhotoBatch>},
    {'x', &photoExif},
    {'o', &answer<kj::Post>},
    {'O', &request<kj::PostWrite>},
    {'l', &reactions},
    {'v', &answer<kj::Repost>},
    {'V', &request<kj::RepostWrite>},
    {'s', &answer<kj::SpaceSummary>},
    {'S', &spaceSettings},
    {'t', &answer<kj::Track>},
    {'T', &request<kj::TrackWrite>},
    {'U', &request<kj::UploadStart>},
    {'u', &answer<kj::UploadStatus>},
    {'w', &answer<kj::User>},
    {'W', &request<kj::AccountRegistration>},
    {'q', &request<kj::SessionRequest>},
    {'Q', &answer<kj::SessionGrant>},
    {'i', &answer<kj::Visit>},
    {'I', &answer<kj::VisitorList>},
};
constexpr char kStrings = '$';

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char selector = char(data[0]);
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (selector == kStrings) {
        strings(QString::fromUtf8(body));
        return 0;
    }
    const Codec *codec = std::find_if(std::begin(kCodecs), std::end(kCodecs),
                                      [selector](const Codec &c) { return c.selector == selector; });
    if (codec == std::end(kCodecs))
        codec = &kCodecs[data[0] % std::size(kCodecs)];
    if (const kj::Result<QJsonObject> json = kj::parseJsonObject(body))
        codec->run(*json);
    return 0;
}
