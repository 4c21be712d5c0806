#include "ui/everyday/uploadprogress.h"

#include "app/media/mediaupload.h" // uploadpusher.h holds a QPointer to one
#include "app/sync/uploadpusher.h"
#include "models/everyday/uploadtotals.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace kj::ui {

UploadProgress::UploadProgress(kj::app::UploadPusher &uploads, kj::models::UploadTotals &totals, QWidget *parent)
    : QWidget(parent)
    , m_totals(totals)
{
    setObjectName(QStringLiteral("uploadProgress"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("uploadBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(110, 10);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("hint"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);

    connect(&uploads, &kj::app::UploadPusher::overallProgress, this, &UploadProgress::onOverall);
    connect(&uploads, &kj::app::UploadPusher::fileProgress, this, &UploadProgress::onFile);
    connect(&uploads, &kj::app::UploadPusher::uploaded, this, &UploadProgress::onUploaded);
    connect(&totals, &kj::models::UploadTotals::changed, this, &UploadProgress::refresh);
    refresh();
}

QString UploadProgress::text() const
{
    return m_label->text();
}

int UploadProgress::percent() const
{
    return m_bar->value();
}

void UploadProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void UploadProgress::onOverall(qint64 sent, qint64 total)
{
    m_active = total > 0 && sent < total;
    m_bar->setValue(total > 0 ? int(sent * 100 / total) : 0);
    refresh();
}

void UploadProgress::onFile(const QString &, const QString &fileName, qint64 sent, qint64 total)
{
    m_fileName = fileName;
    // A file's bytes are moving (its last chunk included) until the overall progress says all are there.
    m_active = true;
    if (total > 0 && m_bar->value() == 0)
        m_bar->setValue(int(sent * 100 / total));
    refresh();
}

void UploadProgress::onUploaded()
{
    ++m_done;
    refresh();
}

void UploadProgress::refresh()
{
    const int queued = m_totals.queuedFiles();
    if (queued == 0) {
        m_done = 0;
        m_active = false;
        setVisible(false);
        return;
    }
    const int total = m_done + queued;
    if (m_active) {
        m_label->setText(tr("Uploading %1 of %2…").arg(m_done + 1).arg(total));
        m_bar->setVisible(true);
    } else {
        m_label->setText(tr("%n file(s) waiting to upload", nullptr, queued));
        m_bar->setVisible(m_bar->value() > 0);
    }
    const QString file = m_fileName.isEmpty() ? QString() : tr("Now: %1").arg(m_fileName);
    setToolTip(tr("Photos and music go up in the background and go on where they stopped after a break. %1").arg(file));
    setAccessibleName(tr("Upload progress"));
    setAccessibleDescription(m_label->text());
    setVisible(true);
}

} // namespace kj::ui
