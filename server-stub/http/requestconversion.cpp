#include "server-stub/http/requestconversion.h"

#include <QStringDecoder>

namespace kj::server::http::detail {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size()
        && beast::iequals(beast::string_view(text.data(), prefix.size()), beast::string_view(prefix.data(), prefix.size()));
}

//! The decoded text of one part of the target, or an error naming the part.
Result<QString> decodedText(std::string_view encoded, const QString &part)
{
    const std::optional<QByteArray> bytes = percentDecoded(encoded);
    if (!bytes)
        return fail(ErrorCode::BadRequest, QStringLiteral("the %1 has a malformed percent escape").arg(part));
    if (bytes->contains('\0'))
        return fail(ErrorCode::BadRequest, QStringLiteral("the %1 contains a NUL character").arg(part));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError())
        return fail(ErrorCode::BadRequest, QStringLiteral("the %1 is not valid UTF-8").arg(part));
    return text;
}

} // namespace

std::optional<QByteArray> percentDecoded(std::string_view encoded)
{
    QByteArray decoded;
    decoded.reserve(qsizetype(encoded.size()));
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '%') {
            decoded.append(encoded[i]);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded.append(char(high * 16 + low));
        i += 2;
    }
    return decoded;
}

Result<Request> toRequest(WireRequest &wire, const QString &remoteAddress)
{
    Result<Request> request = toRequestHead(wire, remoteAddress);
    std::string body;
    body.swap(wire.body());
    if (request)
        request->body = QByteArray(body.data(), qsizetype(body.size()));
    return request;
}

Result<Request> toRequestHead(const bhttp::request_header<> &wire, const QString &remoteAddress)
{
    std::string_view target(wire.target().data(), wire.target().size());
    // RFC 7230 section 5.3.2: a server must accept the absolute form too; only its path and query matter.
    bool absoluteForm = false;
    for (std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
        if (startsWithNoCase(target, scheme)) {
            target.remove_prefix(scheme.size());
            const std::size_t pathStart = target.find_first_of("/?");
            target = pathStart == std::string_view::npos ? std::string_view() : target.substr(pathStart);
            absoluteForm = true;
            break;
        }
    }
    if (!absoluteForm && (target.empty() || target.front() != '/'))
        return fail(ErrorCode::BadRequest, QStringLiteral("the request target must be an absolute path"));

    const std::size_t queryStart = target.find('?');
    std::string_view rawPath = target.substr(0, queryStart);
    const std::string_view rawQuery =
        queryStart == std::string_view::npos ? std::string_view() : target.substr(queryStart + 1);
    if (rawPath.empty())
        rawPath = "/";

    Result<QString> path = decodedText(rawPath, QStringLiteral("path"));
    if (!path)
        return path.error();
    // Checked decoded as a whole; QUrlQuery itself keeps the encoded form and decodes item by item.
    if (Result<QString> query = decodedText(rawQuery, QStringLiteral("query")); !query)
        return query.error();

    Request request;
    request.method = QByteArray(wire.method_string().data(), qsizetype(wire.method_string().size()));
    request.path = std::move(path).value();
    request.query = QUrlQuery(QString::fromUtf8(rawQuery.data(), qsizetype(rawQuery.size())));
    request.headers.reserve(qsizetype(std::distance(wire.begin(), wire.end())));
    for (const auto &field : wire) {
        const QByteArray name = QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower();
        const QByteArray value(field.value().data(), qsizetype(field.value().size()));
        // RFC 7230 section 3.2.2: repeated fields are one comma-separated list.
        auto existing = request.headers.find(name);
        if (existing == request.headers.end())
            request.headers.insert(name, value);
        else
            existing.value().append(", ").append(value);
    }
    request.remoteAddress = remoteAddress;
    return request;
}

} // namespace kj::server::http::detail
