#include "ui/everyday/everydayarea.h"

#include "app/clientsession.h"
#include "app/media/mediaupload.h" // uploadpusher.h holds a QPointer to one
#include "app/services/diaryphotoservice.h"
#include "app/services/friendgroupservice.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/everyday/rejectedchangemodel.h"
#include "models/everyday/uploadtotals.h"
#include "ui/diariespage.h"
#include "ui/diaryeditor.h"
#include "ui/everyday/friendgroupspanel.h"
#include "ui/everyday/inlineimages.h"
#include "ui/everyday/rejectedindicator.h"
#include "ui/everyday/settingspage.h"
#include "ui/everyday/uploadprogress.h"
#include "ui/friendspage.h"

#include <QStatusBar>

namespace kj::ui {

EverydayArea::EverydayArea(kj::app::ClientSession &session, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_groupService(std::make_unique<kj::app::FriendGroupService>(session.store(), session.api(), &session.sync()))
    , m_groups(std::make_unique<kj::models::FriendGroupModel>(session.store()))
    , m_diaryPhotos(std::make_unique<kj::app::DiaryPhotoService>(session))
    , m_uploadTotals(std::make_unique<kj::models::UploadTotals>(session.store()))
    , m_inlineImages(new InlineImages(*m_diaryPhotos, this))
    , m_settingsPage(new SettingsPage(session, preferences))
{
    // The server's list of groups arrives without an outbox change.
    connect(m_groupService.get(), &kj::app::FriendGroupService::groupsChanged, m_groups.get(),
            &kj::models::FriendGroupModel::reload);
}

EverydayArea::~EverydayArea() = default;

void EverydayArea::attachDiaries(DiariesPage &page)
{
    page.editor()->setGroupModel(m_groups.get());
    page.editor()->setInlineImages(m_inlineImages);
}

void EverydayArea::attachFriends(FriendsPage &page, kj::models::FriendListModel &friends)
{
    page.addGroupsPanel(new FriendGroupsPanel(*m_groups, friends, *m_groupService));
}

void EverydayArea::attachStatusBar(QStatusBar &bar)
{
    m_uploadProgress = new UploadProgress(m_session.sync().uploads(), *m_uploadTotals, &bar);
    m_rejectedIndicator = new RejectedIndicator(m_settingsPage->rejectedModel(), &bar);
    connect(m_rejectedIndicator, &QToolButton::clicked, this, &EverydayArea::rejectedChangesRequested);
    bar.addWidget(m_rejectedIndicator);
    bar.addWidget(m_uploadProgress);
}

} // namespace kj::ui
