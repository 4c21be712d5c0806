#include "ui/audiencepicker.h"

#include "models/everyday/friendgroupmodel.h"
#include "ui/audience.h"
#include "ui/skin.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

// Members named in a tooltip before "and n more".
constexpr int kMembersShown = 12;

QStringList normalized(QStringList groups)
{
    groups.sort();
    groups.removeDuplicates();
    groups.removeAll(QString());
    return groups;
}

} // namespace

AudiencePicker::AudiencePicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("audiencePicker"));
    // A long group name must not widen the composer or the dialog it sits in: it is cut, whole in the tooltip.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    setMaximumWidth(300);
    m_defaultAccessibleName = tr("Who can see it");
    setAccessibleName(m_defaultAccessibleName);
    connect(this, &QComboBox::currentIndexChanged, this, &AudiencePicker::rowChosen);
    rebuild();
}

void AudiencePicker::setGroupModel(kj::models::FriendGroupModel *groups)
{
    if (m_groupModel == groups)
        return;
    if (m_groupModel)
        disconnect(m_groupModel, nullptr, this, nullptr);
    m_groupModel = groups;
    if (groups) {
        // Any change of my groups (added, renamed, members, removed, the server's list) shows at once.
        connect(groups, &QAbstractItemModel::modelReset, this, &AudiencePicker::rebuild);
        connect(groups, &QAbstractItemModel::layoutChanged, this, &AudiencePicker::rebuild);
        connect(groups, &QAbstractItemModel::rowsInserted, this, &AudiencePicker::rebuild);
        connect(groups, &QAbstractItemModel::rowsRemoved, this, &AudiencePicker::rebuild);
        connect(groups, &QAbstractItemModel::rowsMoved, this, &AudiencePicker::rebuild);
        connect(groups, &QAbstractItemModel::dataChanged, this, &AudiencePicker::rebuild);
        connect(groups, &QObject::destroyed, this, [this] {
            m_groupModel = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void AudiencePicker::setAudience(kj::Visibility visibility, const QStringList &groups)
{
    apply(kj::Audience{visibility, groups});
}

void AudiencePicker::setAudience(const kj::Audience &audience)
{
    apply(audience);
}

void AudiencePicker::apply(kj::Audience audience)
{
    audience.groups = audience.visibility == kj::Visibility::Groups ? normalized(audience.groups) : QStringList();
    if (audience.visibility == kj::Visibility::Groups && audience.groups.isEmpty())
        audience.visibility = kj::Visibility::Private;
    if (audience == m_audience) {
        selectCurrent();
        return;
    }
    m_audience = audience;
    rebuild(); // the row of a combination of groups comes and goes with it
    Q_EMIT audienceChanged();
}

QString AudiencePicker::description() const
{
    return describe(m_audience.visibility, m_audience.groups);
}

QString AudiencePicker::groupName(const QString &id) const
{
    if (!m_groupModel)
        return {};
    const int row = m_groupModel->rowOf(id);
    return row >= 0 ? m_groupModel->groupAt(row).name : QString();
}

QStringList AudiencePicker::groupNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const QString name = groupName(id);
        if (!name.isEmpty())
            names.append(name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString AudiencePicker::describe(kj::Visibility visibility, const QStringList &groups) const
{
    switch (visibility) {
    case kj::Visibility::Public: return tr("Anyone can see it, even people who are not your friends");
    case kj::Visibility::Friends: return tr("All your friends can see it");
    case kj::Visibility::Private: return tr("Nobody but you can see it");
    case kj::Visibility::Groups: break;
    }
    const QStringList names = groupNames(groups);
    if (names.isEmpty())
        return tr("Only your friends in %n of your groups can see it", nullptr, int(groups.size()));
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(tr("“%1”").arg(name));
    QString text = tr("Only your friends in %1 can see it").arg(quoted.join(QStringLiteral(", ")));
    if (names.size() < groups.size())
        text += u' ' + tr("(and in %n group(s) not kept here)", nullptr, int(groups.size() - names.size()));
    QStringList members;
    for (const QString &id : groups) {
        const int row = m_groupModel ? m_groupModel->rowOf(id) : -1;
        if (row >= 0)
            members += m_groupModel->groupAt(row).members;
    }
    members.sort();
    members.removeDuplicates();
    if (members.isEmpty())
        return text + u'\n' + tr("Nobody is in it yet: for now only you can see it.");
    QStringList shown = members.mid(0, kMembersShown);
    if (members.size() > kMembersShown)
        shown.append(tr("and %n more", nullptr, int(members.size() - kMembersShown)));
    return text + u'\n' + tr("Now: %1").arg(shown.join(QStringLiteral(", ")));
}

void AudiencePicker::addChoice(const QIcon &icon, const QString &text, const QString &toolTip, kj::Visibility visibility,
                               const QStringList &groups)
{
    addItem(icon, text);
    const int row = count() - 1;
    setItemData(row, int(visibility), VisibilityRole);
    setItemData(row, groups, GroupsRole);
    setItemData(row, toolTip, Qt::ToolTipRole);
    setItemData(row, tr("%1: %2").arg(text, toolTip), Qt::AccessibleDescriptionRole);
}

void AudiencePicker::rebuild()
{
    m_rebuilding = true;
    clear();
    addChoice(audienceIcon(kj::Visibility::Public), audienceName(kj::Visibility::Public),
              describe(kj::Visibility::Public, {}), kj::Visibility::Public);
    addChoice(audienceIcon(kj::Visibility::Friends), audienceName(kj::Visibility::Friends),
              describe(kj::Visibility::Friends, {}), kj::Visibility::Friends);

    const QIcon groupIcon = audienceIcon(kj::Visibility::Groups);
    const int groupCount = m_groupModel ? m_groupModel->rowCount() : 0;
    if (m_groupModel || m_audience.visibility == kj::Visibility::Groups)
        insertSeparator(count());
    if (m_groupModel && groupCount == 0) {
        addItem(groupIcon, tr("No friend groups yet"));
        const int row = count() - 1;
        setItemData(row, tr("Make friend groups on the Friends page to show things to some of your friends only"),
                    Qt::ToolTipRole);
        if (auto *items = qobject_cast<QStandardItemModel *>(model()))
            items->item(row)->setEnabled(false);
    }
    bool chosenListed = m_audience.visibility != kj::Visibility::Groups;
    for (int row = 0; row < groupCount; ++row) {
        const kj::FriendGroup group = m_groupModel->groupAt(row);
        addChoice(groupIcon, group.name, describe(kj::Visibility::Groups, {group.id}), kj::Visibility::Groups, {group.id});
        chosenListed = chosenListed || m_audience.groups == QStringList{group.id};
    }
    if (!chosenListed) {
        // Several groups, or groups this computer does not know (yet): one row for what is chosen.
        const QStringList names = groupNames(m_audience.groups);
        QString text = names.join(QStringLiteral(", "));
        if (names.size() < m_audience.groups.size())
            text = names.isEmpty() ? tr("%n group(s)", nullptr, int(m_audience.groups.size()))
                                   : tr("%1 and %n more", nullptr, int(m_audience.groups.size() - names.size())).arg(text);
        addChoice(groupIcon, text, describe(kj::Visibility::Groups, m_audience.groups), kj::Visibility::Groups,
                  m_audience.groups);
    }
    if (groupCount >= 2) {
        addItem(groupIcon, tr("Several groups…"));
        const int row = count() - 1;
        setItemData(row, -1, VisibilityRole);
        setItemData(row, true, ChooseSeveralRole);
        setItemData(row, tr("Choose two or more of your friend groups"), Qt::ToolTipRole);
    }

    insertSeparator(count());
    addChoice(audienceIcon(kj::Visibility::Private), audienceName(kj::Visibility::Private),
              describe(kj::Visibility::Private, {}), kj::Visibility::Private);
    m_rebuilding = false;
    selectCurrent();
    updateDescription();
}

void AudiencePicker::selectCurrent()
{
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, ChooseSeveralRole).toBool() || !itemData(row, VisibilityRole).isValid())
            continue;
        if (kj::Visibility(itemData(row, VisibilityRole).toInt()) == m_audience.visibility
            && itemData(row, GroupsRole).toStringList() == m_audience.groups) {
            m_rebuilding = true;
            setCurrentIndex(row);
            m_rebuilding = false;
            return;
        }
    }
}

void AudiencePicker::rowChosen(int row)
{
    if (m_rebuilding || row < 0)
        return;
    if (itemData(row, ChooseSeveralRole).toBool()) {
        selectCurrent(); // what was chosen stays until the dialog says otherwise
        QMetaObject::invokeMethod(this, &AudiencePicker::chooseSeveralGroups, Qt::QueuedConnection);
        return;
    }
    const QVariant visibility = itemData(row, VisibilityRole);
    if (!visibility.isValid())
        return;
    // Rebuilt after the combo box is done with this change: the row for a combination of groups goes.
    const kj::Audience chosen{kj::Visibility(visibility.toInt()), itemData(row, GroupsRole).toStringList()};
    if (chosen == m_audience)
        return;
    m_audience = chosen;
    updateDescription();
    QMetaObject::invokeMethod(this, &AudiencePicker::rebuild, Qt::QueuedConnection);
    Q_EMIT audienceChanged();
}

void AudiencePicker::chooseSeveralGroups()
{
    if (!m_groupModel || m_groupModel->rowCount() == 0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("audienceGroupsDialog"));
    dialog.setWindowTitle(tr("Friend groups"));
    auto *hint = new QLabel(tr("Only your friends in the groups you tick can see it."), &dialog);
    hint->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("audienceGroupList"));
    list->setAccessibleName(tr("Friend groups who can see it"));
    for (int row = 0; row < m_groupModel->rowCount(); ++row) {
        const kj::FriendGroup group = m_groupModel->groupAt(row);
        auto *item = new QListWidgetItem(audienceIcon(kj::Visibility::Groups), group.name, list);
        item->setData(Qt::UserRole, group.id);
        item->setToolTip(describe(kj::Visibility::Groups, {group.id}));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_audience.groups.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto checked = [list] {
        QStringList ids;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ids.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return ids;
    };
    const auto updateOk = [buttons, checked] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!checked().isEmpty()); };
    connect(list, &QListWidget::itemChanged, &dialog, updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted && !checked().isEmpty())
        setAudience(kj::Visibility::Groups, checked());
}

void AudiencePicker::updateDescription()
{
    const QString text = description();
    setToolTip(text);
    setAccessibleDescription(text);
}

void AudiencePicker::setSeveralRowEnabled(bool enabled)
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    for (int row = 0; items && row < count(); ++row) {
        if (itemData(row, ChooseSeveralRole).toBool())
            items->item(row)->setEnabled(enabled);
    }
}

void AudiencePicker::keyPressEvent(QKeyEvent *event)
{
    // Arrows and typed letters step over "Several groups…" (a dialog must not open while stepping); chosen
    // from the open list (Alt+Down, F4 or Space, then Enter) it asks which groups.
    setSeveralRowEnabled(false);
    QComboBox::keyPressEvent(event);
    setSeveralRowEnabled(true);
}

void AudiencePicker::wheelEvent(QWheelEvent *event)
{
    setSeveralRowEnabled(false);
    QComboBox::wheelEvent(event);
    setSeveralRowEnabled(true);
}

void AudiencePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString oldDefault = m_defaultAccessibleName;
        m_defaultAccessibleName = tr("Who can see it");
        if (accessibleName() == oldDefault)
            setAccessibleName(m_defaultAccessibleName);
        rebuild();
    }
    QComboBox::changeEvent(event);
}

} // namespace kj::ui
