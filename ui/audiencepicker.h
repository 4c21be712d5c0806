#pragma once

#include "models/domain/audience.h"

#include <QComboBox>

namespace kj::models {
class FriendGroupModel;
}

namespace kj::ui {

//! Who may see what I write (a diary, a 说说, a repost, an album): public, friends, one of my friend groups
//! by name (or several, chosen in a small dialog), or only me, each with the icon and words used everywhere
//! (ui/audience.h) and a tooltip that says who will see it. The groups come from a FriendGroupModel and the
//! list follows it. Friends is chosen at first.
class AudiencePicker : public QComboBox
{
    Q_OBJECT

public:
    enum Role {
        VisibilityRole = Qt::UserRole, // int(kj::Visibility) of a choice
        GroupsRole,                    // QStringList: the group ids of a Visibility::Groups choice
        ChooseSeveralRole,             // bool: the row that opens the dialog for several groups
    };

    explicit AudiencePicker(QWidget *parent = nullptr);

    //! My friend groups to offer (null: none offered; an audience naming groups still shows).
    void setGroupModel(kj::models::FriendGroupModel *groups);
    [[nodiscard]] kj::models::FriendGroupModel *groupModel() const { return m_groupModel; }

    //! Chooses an audience. `groups` count with Visibility::Groups only; Groups without any group is read as
    //! Visibility::Private (never shown to more people than meant). audienceChanged() when it differs.
    void setAudience(kj::Visibility visibility, const QStringList &groups = {});
    void setAudience(const kj::Audience &audience);
    [[nodiscard]] kj::Visibility visibility() const { return m_audience.visibility; }
    //! The ids of the groups chosen (sorted), empty unless visibility() is Visibility::Groups.
    [[nodiscard]] QStringList groups() const { return m_audience.groups; }
    [[nodiscard]] kj::Audience audience() const { return m_audience; }
    //! Who will see it, in words (also the tooltip and the accessible description).
    [[nodiscard]] QString description() const;

public Q_SLOTS:
    //! Asks which of my groups (one or more) may see it, in a dialog.
    void chooseSeveralGroups();

Q_SIGNALS:
    void audienceChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void rebuild();
    void selectCurrent();
    void rowChosen(int row);
    void apply(kj::Audience audience);
    void updateDescription();
    void setSeveralRowEnabled(bool enabled);
    void addChoice(const QIcon &icon, const QString &text, const QString &toolTip, kj::Visibility visibility,
                   const QStringList &groups = {});
    [[nodiscard]] QString groupName(const QString &id) const;
    [[nodiscard]] QStringList groupNames(const QStringList &ids) const;
    [[nodiscard]] QString describe(kj::Visibility visibility, const QStringList &groups) const;

    kj::models::FriendGroupModel *m_groupModel = nullptr; // forgotten when destroyed
    kj::Audience m_audience{kj::Visibility::Friends, {}};
    QString m_defaultAccessibleName; // replaced on a language change unless the host named the picker
    bool m_rebuilding = false;
};

} // namespace kj::ui
