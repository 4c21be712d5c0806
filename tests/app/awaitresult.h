#pragma once

#include "models/domain/result.h"

#include <QTest>
#include <functional>
#include <optional>

//! Starts an asynchronous call that reports a kj::Result<T> to a callback, and spins the event loop
//! until it does (at most `timeoutMs`); nullopt when it never answered.
template<typename T>
std::optional<kj::Result<T>> awaitResult(const std::function<void(std::function<void(kj::Result<T>)>)> &start,
                                         int timeoutMs = 30000)
{
    auto outcome = std::make_shared<std::optional<kj::Result<T>>>();
    start([outcome](kj::Result<T> result) { outcome->emplace(std::move(result)); });
    (void)QTest::qWaitFor([&] { return outcome->has_value(); }, timeoutMs);
    return *outcome;
}
