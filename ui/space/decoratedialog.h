#pragma once

#include "models/domain/spacesettings.h"

#include <QDialog>
#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace kj::app {
class SpaceService;
}
namespace kj::models {
class SpaceModuleModel;
}

namespace kj::ui {

//! Decorating my space (装扮): a skin (tiles with previews), an accent colour, a background picture
//! (uploaded, then named by its media id), title and motto, and which modules show in which order (drag
//! to reorder, tick to show). Every choice is shown at once (previewChanged(): the window follows it);
//! Save keeps it offline first through SpaceService::saveMySettings() (sent by the sync), Cancel leaves
//! things as they were.
class DecorateDialog : public QDialog
{
    Q_OBJECT

public:
    //! `service` must outlive the dialog; starts from my settings as stored.
    explicit DecorateDialog(kj::app::SpaceService &service, QWidget *parent = nullptr);
    ~DecorateDialog() override;

    //! The settings as chosen so far.
    [[nodiscard]] kj::SpaceSettings settings() const { return m_settings; }
    [[nodiscard]] kj::models::SpaceModuleModel *moduleModel() const { return m_modules; }
    [[nodiscard]] QListView *moduleList() const { return m_moduleList; }
    [[nodiscard]] QToolButton *skinTile(const QString &skin) const { return m_tiles.value(skin); }

    //! Picks a skin (as clicking its tile does).
    void chooseSkin(const QString &skin);
    //! Overrides the skin's accent colour; an invalid colour follows the skin again.
    void setAccentColor(const QColor &color);
    //! Uploads `path` and makes it the background (backgroundChanged() or uploadFailed() follows).
    void uploadBackground(const QString &path);
    void removeBackground();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    //! The choice changed: show the space like this for now.
    void previewChanged(const kj::SpaceSettings &settings);
    //! An uploaded background picture is in the settings now.
    void backgroundChanged(const QString &mediaId);
    void uploadFailed(const QString &message);

private:
    void buildSkins(QWidget *page);
    void changed();
    void updateAccentButton();
    void chooseAccent();
    void chooseBackground();
    void moveSelectedModule(int by);

    kj::app::SpaceService &m_service;
    kj::SpaceSettings m_original;
    kj::SpaceSettings m_settings;
    kj::models::SpaceModuleModel *m_modules = nullptr;
    QListView *m_moduleList = nullptr;
    QButtonGroup *m_skinGroup = nullptr;
    QHash<QString, QToolButton *> m_tiles;
    QPushButton *m_accentButton = nullptr;
    QPushButton *m_resetColors = nullptr;
    QPushButton *m_backgroundButton = nullptr;
    QPushButton *m_removeBackground = nullptr;
    QLabel *m_backgroundStatus = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_motto = nullptr;
    QLabel *m_error = nullptr;
    bool m_uploading = false;
};

} // namespace kj::ui
