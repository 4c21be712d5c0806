#pragma once

#include <QObject>
#include <memory>

class QStatusBar;

namespace kj::app {
class ClientSession;
class DiaryPhotoService;
class FriendGroupService;
} // namespace kj::app
namespace kj::models {
class FriendGroupModel;
class FriendListModel;
class UploadTotals;
} // namespace kj::models

namespace kj::ui {

class DiariesPage;
class FriendsPage;
class InlineImages;
class Preferences;
class RejectedIndicator;
class SettingsPage;
class UploadProgress;

//! The "everyday" parts of one account's window, built once and wired into it: the Settings page, friend
//! groups on the Friends page, the diary editor's audience groups and inline photos, and the status bar's
//! upload progress and refused changes. Owns their services and models.
class EverydayArea : public QObject
{
    Q_OBJECT

public:
    //! `session` and `preferences` must outlive the area.
    EverydayArea(kj::app::ClientSession &session, Preferences &preferences, QObject *parent = nullptr);
    ~EverydayArea() override;

    //! The Settings page (to add to the window's pages, which then own it).
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }
    [[nodiscard]] kj::models::FriendGroupModel &groups() const { return *m_groups; }
    [[nodiscard]] kj::app::FriendGroupService &groupService() const { return *m_groupService; }
    [[nodiscard]] kj::app::DiaryPhotoService &diaryPhotos() const { return *m_diaryPhotos; }
    //! Pictures of diaries, for any view of one (DiaryViewer::setInlineImages(), MarkdownBrowser).
    [[nodiscard]] InlineImages &inlineImages() const { return *m_inlineImages; }
    [[nodiscard]] UploadProgress *uploadProgress() const { return m_uploadProgress; }
    [[nodiscard]] RejectedIndicator *rejectedIndicator() const { return m_rejectedIndicator; }

    //! The editor offers my friend groups as an audience and inserts photos.
    void attachDiaries(DiariesPage &page);
    //! The Friends page shows my friend groups.
    void attachFriends(FriendsPage &page, kj::models::FriendListModel &friends);
    //! Upload progress and the refused count in the status bar.
    void attachStatusBar(QStatusBar &bar);

Q_SIGNALS:
    //! The refused count in the status bar was clicked: show Settings › Refused changes.
    void rejectedChangesRequested();

private:
    kj::app::ClientSession &m_session;
    std::unique_ptr<kj::app::FriendGroupService> m_groupService;
    std::unique_ptr<kj::models::FriendGroupModel> m_groups;
    std::unique_ptr<kj::app::DiaryPhotoService> m_diaryPhotos;
    std::unique_ptr<kj::models::UploadTotals> m_uploadTotals;
    InlineImages *m_inlineImages = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    UploadProgress *m_uploadProgress = nullptr;
    RejectedIndicator *m_rejectedIndicator = nullptr;
};

} // namespace kj::ui
