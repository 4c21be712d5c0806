#pragma once

#include "models/domain/audience.h"

#include <QComboBox>

namespace kj::ui {

//! Who may see what I write in the feed (a 说说, a repost): public, friends or only me, with the same words
//! and icons as everywhere (ui/audience.h). Friends is chosen at first.
class FeedAudienceCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit FeedAudienceCombo(QWidget *parent = nullptr);

    [[nodiscard]] kj::Audience audience() const;
    void setVisibility(kj::Visibility visibility);
};

} // namespace kj::ui
