#include "ui/photos/uploadpanel.h"

#include "app/services/photoservice.h"
#include "models/photos/uploadlistmodel.h"
#include "ui/errortext.h"
#include "ui/music/elidedlabel.h"
#include "ui/skin.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
using Model = kj::models::UploadListModel;

//! One queued file: its name, what state it is in, and its own progress bar.
class UploadDelegate : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::UploadDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, QFontMetrics(option.font).height() + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &base, painter, option.widget);

        const QRect rect = option.rect.adjusted(8, 4, -8, -4);
        const int barWidth = std::min(220, rect.width() / 3);
        const int stateWidth = std::min(150, rect.width() / 4);
        const QRect nameRect(rect.left(), rect.top(), rect.width() - barWidth - stateWidth - 16, rect.height());
        const QRect stateRect(nameRect.right() + 8, rect.top(), stateWidth, rect.height());
        const QRect barRect(rect.right() - barWidth + 1, rect.top() + 2, barWidth, rect.height() - 4);

        painter->save();
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(index.data(Model::FileNameRole).toString(), Qt::ElideMiddle, nameRect.width()));
        QString state;
        if (index.data(Model::PausedRole).toBool())
            state = tr("Paused");
        else if (index.data(Model::ActiveRole).toBool())
            state = tr("Uploading");
        else if (!index.data(Model::ErrorRole).toString().isEmpty())
            state = tr("Will retry");
        else
            state = tr("Waiting");
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(stateRect, Qt::AlignVCenter | Qt::AlignLeft, state);
        painter->restore();

        QStyleOptionProgressBar bar;
        bar.rect = barRect;
        bar.palette = option.palette;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(Model::ProgressRole).toDouble() * 1000);
        bar.textVisible = false;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

UploadPanel::UploadPanel(kj::app::PhotoService &service, QWidget *parent)
    : QFrame(parent), m_service(service), m_model(std::make_unique<Model>())
{
    setObjectName(QStringLiteral("uploadPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_summary = new ElidedLabel(this);
    m_summary->setObjectName(QStringLiteral("uploadSummary"));
    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);

    // Their words come with retranslate().
    auto makeButton = [this](const QString &iconName, const QString &name) {
        auto *button = new QPushButton(icon(iconName), QString(), this);
        button->setObjectName(name);
        return button;
    };
    m_pause = makeButton(QStringLiteral("pause"), QStringLiteral("pauseUpload"));
    m_resume = makeButton(QStringLiteral("resume"), QStringLiteral("resumeUpload"));
    m_cancel = makeButton(QStringLiteral("cancel"), QStringLiteral("cancelUpload"));
    m_pauseAll = makeButton(QStringLiteral("pause"), QStringLiteral("pauseAllUploads"));
    m_resumeAll = makeButton(QStringLiteral("resume"), QStringLiteral("resumeAllUploads"));
    m_cancelAll = makeButton(QStringLiteral("cancel"), QStringLiteral("cancelAllUploads"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("uploadList"));
    m_list->setModel(m_model.get());
    m_list->setItemDelegate(new UploadDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(110);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_pauseAll);
    header->addWidget(m_resumeAll);
    header->addWidget(m_cancelAll);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_pause);
    fileButtons->addWidget(m_resume);
    fileButtons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(header);
    layout->addWidget(m_overall);
    layout->addWidget(m_list);
    layout->addLayout(fileButtons);

    connect(m_pause, &QPushButton::clicked, this, [this] { pauseFile(currentId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeFile(currentId()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelFile(currentId()); });
    connect(m_pauseAll, &QPushButton::clicked, this, &UploadPanel::pauseAll);
    connect(m_resumeAll, &QPushButton::clicked, this, &UploadPanel::resumeAll);
    connect(m_cancelAll, &QPushButton::clicked, this, &UploadPanel::cancelAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &UploadPanel::updateButtons);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &UploadPanel::updateButtons);

    connect(&service, &kj::app::PhotoService::uploadsChanged, this, &UploadPanel::refresh);
    connect(&service, &kj::app::PhotoService::fileProgress, this, [this](const QString &id, qint64 sent, qint64 total) {
        m_model->setProgress(id, sent, total);
        updateOverall();
    });
    retranslate();
    refresh();
}

UploadPanel::~UploadPanel() = default;

void UploadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void UploadPanel::retranslate()
{
    m_title->setText(tr("Uploads"));
    m_overall->setAccessibleName(tr("Progress of all uploads"));
    const auto describe = [](QPushButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setAccessibleName(tip);
        button->setToolTip(tip);
    };
    describe(m_pause, tr("Pause"), tr("Pause the selected file"));
    describe(m_resume, tr("Resume"), tr("Resume the selected file"));
    describe(m_cancel, tr("Cancel"), tr("Cancel the selected file"));
    describe(m_pauseAll, tr("Pause all"), tr("Pause every upload"));
    describe(m_resumeAll, tr("Resume all"), tr("Resume every upload"));
    describe(m_cancelAll, tr("Cancel all"), tr("Cancel every upload"));
    m_list->setAccessibleName(tr("Files being uploaded"));
    updateOverall();
}

void UploadPanel::refresh()
{
    QList<kj::models::UploadRow> rows;
    for (const kj::app::UploadQueue::Entry &entry : m_service.uploads()) {
        if (entry.upload.kind != kj::MediaKind::Photo)
            continue; // tracks have their own place (the music page)
        kj::models::UploadRow row;
        row.id = entry.upload.id;
        row.fileName = entry.upload.filename.isEmpty() ? QFileInfo(entry.upload.path).fileName() : entry.upload.filename;
        row.albumId = entry.albumId;
        row.sent = entry.upload.bytesDone() ? entry.upload.size : entry.upload.sent;
        row.size = entry.upload.size;
        row.paused = entry.paused;
        row.active = entry.inFlight;
        row.lastError = entry.lastError;
        rows.append(row);
    }
    m_model->setUploads(rows);
    setVisible(!rows.isEmpty());
    updateOverall();
    updateButtons();
}

void UploadPanel::updateOverall()
{
    const qint64 total = m_model->totalBytes();
    const qint64 sent = m_model->sentBytes();
    m_overall->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    m_summary->setFullText(tr("%n file(s): %1 of %2", nullptr, m_model->rowCount()).arg(bytesText(sent), bytesText(total)));
}

QString UploadPanel::currentId() const
{
    return m_list->currentIndex().data(Model::IdRole).toString();
}

void UploadPanel::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const bool paused = current.data(Model::PausedRole).toBool();
    m_pause->setEnabled(current.isValid() && !paused);
    m_resume->setEnabled(current.isValid() && paused);
    m_cancel->setEnabled(current.isValid());
    bool anyPaused = false;
    bool anyRunning = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool rowPaused = m_model->index(row).data(Model::PausedRole).toBool();
        anyPaused = anyPaused || rowPaused;
        anyRunning = anyRunning || !rowPaused;
    }
    m_pauseAll->setEnabled(anyRunning);
    m_resumeAll->setEnabled(anyPaused);
    m_cancelAll->setEnabled(m_model->rowCount() > 0);
}

void UploadPanel::report(const kj::Status &status)
{
    if (!status)
        Q_EMIT problem(errorText(status.error()));
}

void UploadPanel::pauseFile(const QString &id)
{
    if (!id.isEmpty())
        report(m_service.pauseUpload(id));
}

void UploadPanel::resumeFile(const QString &id)
{
    if (!id.isEmpty())
        report(m_service.resumeUpload(id));
}

void UploadPanel::cancelFile(const QString &id)
{
    if (!id.isEmpty())
        report(m_service.cancelUpload(id));
}

void UploadPanel::pauseAll()
{
    report(m_service.pauseAll());
}

void UploadPanel::resumeAll()
{
    report(m_service.resumeAll());
}

void UploadPanel::cancelAll()
{
    report(m_service.cancelAll());
}

} // namespace kj::ui
