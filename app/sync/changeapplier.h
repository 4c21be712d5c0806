#pragma once

#include "models/domain/result.h"

#include <QStringList>

namespace kj {
struct Change;
}

namespace kj::app {

//! Applies the changes of some kinds from GET /changes to the local store. Called inside the transaction of
//! the page (so a crash re-pulls the page, never skips it); an error rolls the page back.
class ChangeApplier
{
public:
    virtual ~ChangeApplier() = default;
    //! The change kinds this applier takes.
    [[nodiscard]] virtual QStringList kinds() const = 0;
    [[nodiscard]] virtual kj::Status apply(const kj::Change &change) = 0;
};

} // namespace kj::app
