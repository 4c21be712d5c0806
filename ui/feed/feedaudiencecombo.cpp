#include "ui/feed/feedaudiencecombo.h"

#include "ui/audience.h"

namespace kj::ui {

FeedAudienceCombo::FeedAudienceCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("audienceCombo"));
    setAccessibleName(tr("Who can see it"));
    setToolTip(tr("Who can see it"));
    for (const kj::Visibility visibility : {kj::Visibility::Public, kj::Visibility::Friends, kj::Visibility::Private})
        addItem(audienceIcon(visibility), audienceName(visibility), int(visibility));
    setItemData(0, tr("Anyone can see it"), Qt::ToolTipRole);
    setItemData(1, tr("Only your friends can see it"), Qt::ToolTipRole);
    setItemData(2, tr("Nobody but you can see it"), Qt::ToolTipRole);
    setVisibility(kj::Visibility::Friends);
}

kj::Audience FeedAudienceCombo::audience() const
{
    return kj::Audience{kj::Visibility(currentData().toInt()), {}};
}

void FeedAudienceCombo::setVisibility(kj::Visibility visibility)
{
    setCurrentIndex(std::max(0, findData(int(visibility))));
}

} // namespace kj::ui
