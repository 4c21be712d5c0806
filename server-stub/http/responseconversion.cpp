#include "server-stub/http/responseconversion.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace kj::server::http::detail {

namespace {

bool isTokenChar(char c)
{
    static constexpr std::string_view kSeparators = "!#$%&'*+-.^_`|~";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || kSeparators.find(c) != std::string_view::npos;
}

bool hasNoBody(int status)
{
    return status == 204 || status == 304;
}

} // namespace

QString responseProblem(const Response &response)
{
    if (response.status < 200 || response.status > 599)
        return QStringLiteral("status %1 is not a final HTTP status").arg(response.status);
    if (hasNoBody(response.status) && (!response.body.isEmpty() || response.file))
        return QStringLiteral("status %1 must not carry a body").arg(response.status);
    if (response.file && !response.body.isEmpty())
        return QStringLiteral("a response has either bytes or a file as its body, not both");
    for (const auto &[name, value] : response.headers) {
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar))
            return QStringLiteral("header name \"%1\" is not an HTTP token").arg(QString::fromLatin1(name));
        const QByteArray lower = name.toLower();
        // These describe the framing, which only the transport knows.
        if (lower == "content-length" || lower == "transfer-encoding" || lower == "connection" || lower == "date"
            || lower == "server" || lower == "content-type") {
            return QStringLiteral("header \"%1\" is set by the transport").arg(QString::fromLatin1(name));
        }
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return QStringLiteral("header \"%1\" has a control character in its value").arg(QString::fromLatin1(name));
    }
    if (response.contentType.contains('\r') || response.contentType.contains('\n') || response.contentType.contains('\0'))
        return QStringLiteral("the content type has a control character");
    return {};
}

WireResponse toWireResponse(Response response, const Framing &framing)
{
    WireResponse wire;
    wire.version(framing.version);
    wire.result(unsigned(response.status));
    for (const auto &[name, value] : std::as_const(response.headers))
        wire.insert(beast::string_view(name.constData(), std::size_t(name.size())),
                    beast::string_view(value.constData(), std::size_t(value.size())));
    wire.set(bhttp::field::server, "kongjian/" KJ_VERSION);
    wire.set(bhttp::field::date, httpDate());
    if (!hasNoBody(response.status)) {
        const std::uint64_t length = response.file ? response.file->length() : std::uint64_t(response.body.size());
        if ((length > 0 || response.file) && !response.contentType.isEmpty())
            wire.set(bhttp::field::content_type,
                     beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
        wire.content_length(length);
        if (!framing.headRequest) {
            if (response.file)
                wire.body().file = std::move(response.file);
            else
                wire.body().bytes.assign(response.body.constData(), std::size_t(response.body.size()));
        }
    }
    wire.keep_alive(framing.keepAlive);
    return wire;
}

std::string httpDate()
{
    static constexpr std::array<const char *, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::array<char, 32> text{};
    const int length = std::snprintf(text.data(), text.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                                     kDays[std::size_t(utc.tm_wday)], utc.tm_mday, kMonths[std::size_t(utc.tm_mon)],
                                     utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return std::string(text.data(), std::size_t(std::max(length, 0)));
}

} // namespace kj::server::http::detail
