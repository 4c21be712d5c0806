#include "ui/space/decoratedialog.h"

#include "app/services/spaceservice.h"
#include "models/space/spacemodulemodel.h"
#include "ui/errortext.h"
#include "ui/skin.h"
#include "ui/space/skinpreview.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

const QString kAccent = QStringLiteral("accent");

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

} // namespace

DecorateDialog::DecorateDialog(kj::app::SpaceService &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_original(service.mySettings()), m_settings(m_original)
{
    setObjectName(QStringLiteral("decorateDialog"));
    setWindowTitle(tr("Decorate my space"));
    setAccessibleName(tr("Decorate my space"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    layout->addLayout(columns, 1);

    // Left: the look.
    auto *look = new QVBoxLayout;
    look->addWidget(sectionTitle(tr("Skin"), this));
    auto *skins = new QWidget(this);
    buildSkins(skins);
    look->addWidget(skins);

    look->addWidget(sectionTitle(tr("Colours and picture"), this));
    auto *form = new QFormLayout;
    auto *accentRow = new QHBoxLayout;
    m_accentButton = new QPushButton(this);
    m_accentButton->setObjectName(QStringLiteral("accentButton"));
    m_accentButton->setAccessibleName(tr("Accent colour"));
    m_accentButton->setToolTip(tr("The colour of titles, buttons and highlights"));
    connect(m_accentButton, &QPushButton::clicked, this, &DecorateDialog::chooseAccent);
    m_resetColors = new QPushButton(tr("Use the skin's colours"), this);
    m_resetColors->setObjectName(QStringLiteral("resetColors"));
    connect(m_resetColors, &QPushButton::clicked, this, [this] {
        m_settings.colors.clear();
        changed();
    });
    accentRow->addWidget(m_accentButton);
    accentRow->addWidget(m_resetColors);
    accentRow->addStretch(1);
    form->addRow(tr("Accent colour:"), accentRow);
    auto *backgroundRow = new QHBoxLayout;
    m_backgroundButton = new QPushButton(tr("Choose a &picture…"), this);
    m_backgroundButton->setObjectName(QStringLiteral("backgroundButton"));
    m_backgroundButton->setToolTip(tr("A photo from this computer, shown behind your space (it is uploaded)"));
    connect(m_backgroundButton, &QPushButton::clicked, this, &DecorateDialog::chooseBackground);
    m_removeBackground = new QPushButton(tr("&No picture"), this);
    m_removeBackground->setObjectName(QStringLiteral("removeBackground"));
    connect(m_removeBackground, &QPushButton::clicked, this, &DecorateDialog::removeBackground);
    backgroundRow->addWidget(m_backgroundButton);
    backgroundRow->addWidget(m_removeBackground);
    backgroundRow->addStretch(1);
    form->addRow(tr("Background:"), backgroundRow);
    m_backgroundStatus = new QLabel(this);
    m_backgroundStatus->setObjectName(QStringLiteral("hint"));
    form->addRow(QString(), m_backgroundStatus);
    m_title = new QLineEdit(m_settings.title, this);
    m_title->setObjectName(QStringLiteral("spaceTitleEdit"));
    m_title->setMaxLength(kj::SpaceSettings::kMaxTitleLength);
    m_title->setPlaceholderText(tr("Your name's space"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_settings.title = text;
        changed();
    });
    form->addRow(tr("&Title:"), m_title);
    m_motto = new QLineEdit(m_settings.motto, this);
    m_motto->setObjectName(QStringLiteral("spaceMottoEdit"));
    m_motto->setMaxLength(kj::SpaceSettings::kMaxMottoLength);
    m_motto->setPlaceholderText(tr("A line under the title"));
    connect(m_motto, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_settings.motto = text;
        changed();
    });
    form->addRow(tr("&Motto:"), m_motto);
    look->addLayout(form);
    look->addStretch(1);
    columns->addLayout(look, 3);

    // Right: the modules.
    auto *modules = new QVBoxLayout;
    modules->addWidget(sectionTitle(tr("Modules"), this));
    auto *hint = new QLabel(tr("Drag to change the order; untick to hide."), this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    modules->addWidget(hint);
    m_modules = new kj::models::SpaceModuleModel(this);
    m_modules->setModules(m_settings.modules);
    m_moduleList = new QListView(this);
    m_moduleList->setObjectName(QStringLiteral("moduleList"));
    m_moduleList->setAccessibleName(tr("Modules of your space"));
    m_moduleList->setModel(m_modules);
    // DragDrop rather than InternalMove: only this model's own rows are accepted (its MIME type), and a drop
    // the view does not move itself reaches the model (dropMimeData), which moves the rows.
    m_moduleList->setDragDropMode(QAbstractItemView::DragDrop);
    m_moduleList->setDefaultDropAction(Qt::MoveAction);
    m_moduleList->setDragEnabled(true);
    m_moduleList->setAcceptDrops(true);
    m_moduleList->setDropIndicatorShown(true);
    m_moduleList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_moduleList->setMinimumWidth(220);
    m_moduleList->setSpacing(3);
    connect(m_modules, &kj::models::SpaceModuleModel::modulesChanged, this, [this] {
        m_settings.modules = m_modules->modules();
        changed();
    });
    modules->addWidget(m_moduleList, 1);
    auto *moveRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("moduleUp"));
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setToolTip(tr("Move the chosen module up (Ctrl+Up)"));
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedModule(-1); });
    auto *down = new QPushButton(tr("Move do&wn"), this);
    down->setObjectName(QStringLiteral("moduleDown"));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setToolTip(tr("Move the chosen module down (Ctrl+Down)"));
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedModule(1); });
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    modules->addLayout(moveRow);
    columns->addLayout(modules, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveDecoration"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Keep this look; friends see it once it is synced"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecorateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecorateDialog::reject);
    layout->addWidget(buttons);

    updateAccentButton();
    m_removeBackground->setEnabled(!m_settings.backgroundMediaId.isEmpty());
    m_backgroundStatus->setText(m_settings.backgroundMediaId.isEmpty() ? tr("No picture") : tr("A picture is set"));
    resize(820, 560);
}

DecorateDialog::~DecorateDialog() = default;

void DecorateDialog::buildSkins(QWidget *page)
{
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    m_skinGroup = new QButtonGroup(this);
    m_skinGroup->setExclusive(true);
    const QStringList ids = Skin::ids();
    for (int i = 0; i < ids.size(); ++i) {
        const Skin skin = Skin::builtIn(ids.at(i));
        auto *tile = new QToolButton(page);
        tile->setObjectName(QStringLiteral("skinTile"));
        tile->setProperty("skin", skin.id());
        tile->setCheckable(true);
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setIconSize(QSize(132, 84));
        tile->setIcon(QIcon(skinPreview(skin, QSize(132, 84), devicePixelRatioF())));
        tile->setText(skin.name());
        tile->setAccessibleName(tr("%1 skin").arg(skin.name()));
        tile->setToolTip(skin.isDark() ? tr("%1 (dark)").arg(skin.name()) : skin.name());
        tile->setChecked(skin.id() == Skin::builtIn(m_settings.skin).id());
        m_skinGroup->addButton(tile);
        m_tiles.insert(skin.id(), tile);
        grid->addWidget(tile, i / 3, i % 3);
        connect(tile, &QToolButton::clicked, this, [this, id = skin.id()] { chooseSkin(id); });
    }
}

void DecorateDialog::chooseSkin(const QString &skin)
{
    if (QToolButton *tile = m_tiles.value(skin))
        tile->setChecked(true);
    if (m_settings.skin == skin)
        return;
    m_settings.skin = skin;
    changed();
}

void DecorateDialog::setAccentColor(const QColor &color)
{
    if (color.isValid())
        m_settings.colors.insert(kAccent, color.name().toLower());
    else
        m_settings.colors.remove(kAccent);
    changed();
}

void DecorateDialog::chooseAccent()
{
    const std::optional<QString> before =
        m_settings.colors.contains(kAccent) ? std::optional<QString>(m_settings.colors.value(kAccent)) : std::nullopt;
    QColorDialog dialog(Skin::forSpace(m_settings).color(kAccent), this);
    dialog.setWindowTitle(tr("Accent colour"));
    // The window follows the colour as it is picked; Cancel puts back what was chosen before.
    connect(&dialog, &QColorDialog::currentColorChanged, this, [this](const QColor &color) { setAccentColor(color); });
    if (dialog.exec() == QDialog::Accepted)
        setAccentColor(dialog.selectedColor());
    else
        setAccentColor(before ? QColor(*before) : QColor());
}

void DecorateDialog::updateAccentButton()
{
    const Skin skin = Skin::forSpace(m_settings);
    const QColor accent = skin.color(kAccent);
    m_accentButton->setIcon(swatch(accent));
    m_accentButton->setText(m_settings.colors.contains(kAccent) ? accent.name() : tr("The skin's (%1)").arg(accent.name()));
    m_resetColors->setEnabled(!m_settings.colors.isEmpty());
}

void DecorateDialog::chooseBackground()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a background picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif)"));
    if (!path.isEmpty())
        uploadBackground(path);
}

void DecorateDialog::uploadBackground(const QString &path)
{
    m_uploading = true;
    m_backgroundButton->setEnabled(false);
    m_backgroundStatus->setText(tr("Uploading the picture…"));
    m_service.uploadPicture(path, this, [this](kj::Result<QString> mediaId) {
        m_uploading = false;
        m_backgroundButton->setEnabled(true);
        if (!mediaId) {
            const QString message = tr("The picture could not be uploaded: %1").arg(errorText(mediaId.error()));
            m_backgroundStatus->setText(message);
            Q_EMIT uploadFailed(message);
            return;
        }
        m_settings.backgroundMediaId = *mediaId;
        m_backgroundStatus->setText(tr("A picture is set"));
        m_removeBackground->setEnabled(true);
        changed();
        Q_EMIT backgroundChanged(*mediaId);
    });
}

void DecorateDialog::removeBackground()
{
    m_settings.backgroundMediaId.clear();
    m_backgroundStatus->setText(tr("No picture"));
    m_removeBackground->setEnabled(false);
    changed();
}

void DecorateDialog::moveSelectedModule(int by)
{
    const QModelIndex current = m_moduleList->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = by < 0 ? row - 1 : row + 2;
    if (target < 0 || target > m_modules->rowCount())
        return;
    if (m_modules->moveRows({}, row, 1, {}, target))
        m_moduleList->setCurrentIndex(m_modules->index(by < 0 ? row - 1 : row + 1, 0));
}

void DecorateDialog::changed()
{
    m_error->hide();
    updateAccentButton();
    Q_EMIT previewChanged(m_settings);
}

void DecorateDialog::accept()
{
    if (m_uploading) {
        m_error->setText(tr("The picture is still uploading; wait for it, or choose No picture."));
        m_error->show();
        return;
    }
    const kj::Status saved = m_service.saveMySettings(m_settings, kj::app::SpaceService::changedFields(m_original, m_settings));
    if (!saved) {
        m_error->setText(tr("Your decoration could not be saved: %1").arg(errorText(saved.error())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void DecorateDialog::reject()
{
    QDialog::reject();
}

} // namespace kj::ui
