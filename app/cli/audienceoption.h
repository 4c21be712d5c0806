#pragma once

#include "models/domain/audience.h"

#include <QCommandLineParser>

namespace kj::cli {

//! --visibility public|friends|groups|private and --groups ID,ID (the ids of my friend groups, with
//! --visibility groups) on the commands that compose an item.
void addAudienceOptions(QCommandLineParser &parser, const QString &fallback);
//! The audience the options ask for; fallback when --visibility is not given (its groups too, unless
//! --groups is). --groups without the "groups" visibility, or "groups" without ids, is InvalidField.
[[nodiscard]] kj::Result<kj::Audience> audienceOption(const QCommandLineParser &parser, const kj::Audience &fallback);

} // namespace kj::cli
