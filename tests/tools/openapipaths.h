#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace kj::tools {

//! The method and path pairs an OpenAPI document lists under `paths:`, read line by line from the block
//! YAML that docs/openapi.yaml is written in (paths at two spaces, operations at four), so the check
//! needs no YAML library. Anything in that section it cannot account for is reported as a problem
//! rather than skipped, so an entry the reader does not understand cannot go unchecked.
struct OpenApiPaths {
    QSet<QString> routes;  // "GET /api/v1/users/{}/diaries", templates normalised by normalizedRoute()
    QStringList problems;  // "line 42: ..." for every line that does not fit the expected shape

    [[nodiscard]] static OpenApiPaths read(const QString &yaml);
};

//! "METHOD /path" with the method upper-cased and every path segment that is a template,
//! `{name}` (OpenAPI), `:name` or `<name>`, written as `{}`; the one form both sides are compared in.
[[nodiscard]] QString normalizedRoute(const QString &method, const QString &path);

} // namespace kj::tools
